//! The Stripe card gateway, on Stripe Checkout: each intent is a Checkout Session, the page
//! Stripe hosts where the shopper pays (card numbers never reach Emporium). A session is made
//! for the order's amount under an idempotency key (a retried create gets the same session),
//! reused while it is open, and refunded through its payment intent. Stripe's signed webhooks
//! say how it went ([`events`]). When Stripe cannot be reached or refuses, the shopper is asked
//! to try again and the detail goes to the log only.

mod api;
pub mod events;

use super::gateway::Intent;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use api::Answer;
use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// Stripe's API.
pub const API_BASE: &str = "https://api.stripe.com";

/// The origin of Stripe's hosted Checkout pages, where shoppers are sent to pay.
pub const CHECKOUT_ORIGIN: &str = "https://checkout.stripe.com";

/// How long one call to Stripe may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The Stripe gateway: the account's keys, where its API is, and the shop's own address.
#[derive(Clone)]
pub struct Stripe {
    secret_key: String,
    webhook_secret: String,
    api_base: String,
    public_url: String,
    client: reqwest::Client,
}

/// A Checkout Session, as far as the shop reads it.
#[derive(Deserialize)]
struct Session {
    id: String,
    url: Option<String>,
    status: Option<String>,
    payment_intent: Option<String>,
}

#[derive(Deserialize)]
struct Refund {
    id: String,
}

impl Stripe {
    /// A gateway for the account with `secret_key` (`sk_live_…` or `sk_test_…`) whose webhook
    /// endpoint signs with `webhook_secret` (`whsec_…`); `api_base` is Stripe's API unless
    /// given; Stripe sends shoppers back to pages under `public_url`.
    pub fn new(
        secret_key: &str,
        webhook_secret: &str,
        api_base: Option<&str>,
        public_url: &str,
    ) -> DomainResult<Stripe> {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(Duration::from_secs(5))
            .user_agent("Emporium")
            .build()
            .map_err(|e| DomainError::Internal(format!("Stripe's HTTP client: {e}")))?;
        Ok(Stripe {
            secret_key: secret_key.to_string(),
            webhook_secret: webhook_secret.to_string(),
            api_base: api_base
                .unwrap_or(API_BASE)
                .trim_end_matches('/')
                .to_string(),
            public_url: public_url.trim_end_matches('/').to_string(),
            client,
        })
    }

    /// The secret Stripe signs this shop's webhooks with.
    pub fn webhook_secret(&self) -> &str {
        &self.webhook_secret
    }

    /// A Checkout Session collecting `amount` (in the currency's smallest unit) for order
    /// `number`. The idempotency key names the order, the amount and how many charges the
    /// order had before, so a retried create returns the same session while a new attempt
    /// (after a decline or an expired session) gets a new one.
    pub(crate) async fn create_intent(
        &self,
        db: &Db,
        number: &str,
        amount: i64,
        currency: &str,
        return_url: &str,
    ) -> DomainResult<Intent> {
        let attempt: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id \
             WHERE o.number = $1 AND p.kind = 'charge'",
        )
        .bind(number)
        .fetch_one(db.pool())
        .await?;
        let back = self.absolute(return_url);
        let form = [
            ("mode", "payment".to_string()),
            (
                "line_items[0][price_data][currency]",
                currency.to_ascii_lowercase(),
            ),
            ("line_items[0][price_data][unit_amount]", amount.to_string()),
            (
                "line_items[0][price_data][product_data][name]",
                format!("Order {number}"),
            ),
            ("line_items[0][quantity]", "1".to_string()),
            ("success_url", back.clone()),
            ("cancel_url", back),
            ("client_reference_id", number.to_string()),
            ("metadata[order]", number.to_string()),
            ("payment_intent_data[metadata][order]", number.to_string()),
        ];
        let key = format!("emporium-checkout-{number}-{amount}-{attempt}");
        match api::post::<Session>(self, "/v1/checkout/sessions", &form, &key).await? {
            Answer::Done(Session {
                id, url: Some(url), ..
            }) => Ok(Intent { id, pay_url: url }),
            Answer::Done(session) => {
                tracing::error!(session = %session.id, "Stripe made a Checkout Session without a URL");
                Err(unavailable())
            }
            Answer::Refused(_) => Err(unavailable()),
        }
    }

    /// Session `id` if the shopper can still pay on it (its status is `open`).
    pub(crate) async fn open_intent(&self, id: &str) -> DomainResult<Option<Intent>> {
        let Some(session) = self.session(id).await? else {
            return Ok(None);
        };
        Ok(match (session.status.as_deref(), session.url) {
            (Some("open"), Some(url)) => Some(Intent {
                id: session.id,
                pay_url: url,
            }),
            _ => None,
        })
    }

    /// Refunds the payment of session `intent` in full; the refund's id. The idempotency key
    /// names the session, so a retried refund never gives the money back twice.
    pub(crate) async fn refund(&self, intent: &str) -> DomainResult<String> {
        let Some(session) = self.session(intent).await? else {
            return Err(DomainError::Conflict("not_refundable"));
        };
        let Some(payment) = session.payment_intent else {
            return Err(DomainError::Conflict("not_refundable"));
        };
        let form = [("payment_intent", payment)];
        let key = format!("emporium-refund-{}", session.id);
        match api::post::<Refund>(self, "/v1/refunds", &form, &key).await? {
            Answer::Done(refund) => Ok(refund.id),
            Answer::Refused(_) => Err(unavailable()),
        }
    }

    /// Session `id` as Stripe has it; `None` when Stripe knows no such session.
    async fn session(&self, id: &str) -> DomainResult<Option<Session>> {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Ok(None);
        }
        match api::get::<Session>(self, &format!("/v1/checkout/sessions/{id}")).await? {
            Answer::Done(session) => Ok(Some(session)),
            Answer::Refused(404) => Ok(None),
            Answer::Refused(_) => Err(unavailable()),
        }
    }

    /// `url` as Stripe needs it: absolute, under the shop's public address when it is a path.
    fn absolute(&self, url: &str) -> String {
        if url.starts_with("https://") || url.starts_with("http://") {
            url.to_string()
        } else {
            format!("{}/{}", self.public_url, url.trim_start_matches('/'))
        }
    }
}

impl fmt::Debug for Stripe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stripe")
            .field("secret_key", &"[redacted]")
            .field("webhook_secret", &"[redacted]")
            .field("api_base", &self.api_base)
            .field("public_url", &self.public_url)
            .finish()
    }
}

/// Stripe did not answer or refused: the shopper is asked to try again in a moment.
fn unavailable() -> DomainError {
    DomainError::Conflict("gateway_unavailable")
}
