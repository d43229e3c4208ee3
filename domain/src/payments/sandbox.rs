//! The sandbox card gateway: a test double that plays the payment provider inside Emporium,
//! for development and tests. It keeps its own book of payment intents, shows a hosted page
//! (in the app, clearly labelled as a sandbox) where the tester approves or declines, and
//! then sends the shop the signed webhook a real provider would send, over HTTP. No card
//! number is asked for and no money moves.

use super::gateway::Intent;
use super::signature;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::members::secrets::new_token;
use crate::time;
use serde_json::json;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The sandbox's settings: where it delivers webhooks and the secret it signs them with.
#[derive(Clone, Debug)]
pub struct Sandbox {
    /// `http://host:port/path` of the shop's webhook endpoint.
    pub webhook_url: String,
    pub webhook_secret: String,
}

/// A sandbox intent as its hosted page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SandboxIntent {
    pub id: String,
    pub amount: i64,
    pub currency: String,
    pub order_number: String,
    pub return_url: String,
    pub status: String,
}

impl Sandbox {
    pub(crate) async fn create_intent(
        &self,
        db: &Db,
        number: &str,
        amount: i64,
        currency: &str,
        return_url: &str,
    ) -> DomainResult<Intent> {
        let id = format!("pi_sandbox_{}", &new_token()[..24]);
        sqlx::query(
            "INSERT INTO sandbox_intents (id, amount, currency, order_number, return_url, status, \
             created_at) VALUES ($1, $2, $3, $4, $5, 'requires_payment', $6)",
        )
        .bind(&id)
        .bind(amount)
        .bind(currency)
        .bind(number)
        .bind(return_url)
        .bind(time::now())
        .execute(db.pool())
        .await?;
        Ok(Intent {
            pay_url: pay_url(&id),
            id,
        })
    }

    pub(crate) async fn refund(&self, db: &Db, intent: &str) -> DomainResult<String> {
        let changed = sqlx::query(
            "UPDATE sandbox_intents SET status = 'refunded' WHERE id = $1 AND status = 'succeeded'",
        )
        .bind(intent)
        .execute(db.pool())
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(DomainError::Conflict("not_refundable"));
        }
        Ok(format!("re_{intent}"))
    }

    /// The tester approved (`approve`) or declined intent `id` on the hosted page: the intent
    /// is closed and the signed webhook is delivered to the shop. Returns where the shopper
    /// goes back to.
    pub async fn decide(&self, db: &Db, id: &str, approve: bool) -> DomainResult<String> {
        let intent = intent(db, id).await?.ok_or(DomainError::NotFound)?;
        let status = if approve { "succeeded" } else { "failed" };
        let event = json!({
            "id": format!("evt_sandbox_{}", &new_token()[..24]),
            "type": format!("payment_intent.{}", if approve { "succeeded" } else { "payment_failed" }),
            "created": time::now(),
            "data": { "object": {
                "id": intent.id,
                "amount": intent.amount,
                "currency": intent.currency,
                "metadata": { "order_number": intent.order_number },
            }},
        });
        // The intent closes with its event kept, so the event reaches the shop even when this
        // delivery fails (it is sent again by [`Sandbox::redeliver`]).
        let body = event.to_string();
        let closed = sqlx::query(
            "UPDATE sandbox_intents SET status = $1, pending_event = $2 \
             WHERE id = $3 AND status = 'requires_payment'",
        )
        .bind(status)
        .bind(&body)
        .bind(id)
        .execute(db.pool())
        .await?
        .rows_affected();
        if closed != 1 {
            return Err(DomainError::Conflict("intent_closed"));
        }
        self.deliver(body.as_bytes()).await?;
        delivered(db, id).await?;
        Ok(intent.return_url)
    }

    /// Sends again every event not yet delivered (the shop handles each event id once); the
    /// number delivered now. A provider retries its webhooks the same way.
    pub async fn redeliver(&self, db: &Db) -> DomainResult<usize> {
        let waiting: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, pending_event FROM sandbox_intents WHERE pending_event IS NOT NULL \
             ORDER BY created_at LIMIT 100",
        )
        .fetch_all(db.pool())
        .await?;
        let mut sent = 0;
        for (id, body) in waiting {
            if self.deliver(body.as_bytes()).await.is_ok() {
                delivered(db, &id).await?;
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Posts a signed event to the shop's webhook, as the provider would.
    pub async fn deliver(&self, body: &[u8]) -> DomainResult<()> {
        let header = signature::sign(&self.webhook_secret, time::now(), body);
        let status = post(&self.webhook_url, &[(signature::HEADER, &header)], body).await?;
        if status != 200 {
            return Err(DomainError::Internal(format!(
                "the shop's webhook answered {status}"
            )));
        }
        Ok(())
    }
}

async fn delivered(db: &Db, id: &str) -> DomainResult<()> {
    sqlx::query("UPDATE sandbox_intents SET pending_event = NULL WHERE id = $1")
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// The sandbox's hosted payment page for intent `id`.
pub fn pay_url(id: &str) -> String {
    format!("/sandbox-gateway/{id}")
}

/// A sandbox intent by id.
pub async fn intent(db: &Db, id: &str) -> DomainResult<Option<SandboxIntent>> {
    let row: Option<(String, i64, String, String, String, String)> = sqlx::query_as(
        "SELECT id, amount, currency, order_number, return_url, status FROM sandbox_intents \
         WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| SandboxIntent {
        id: r.0,
        amount: r.1,
        currency: r.2,
        order_number: r.3,
        return_url: r.4,
        status: r.5,
    }))
}

/// A plain HTTP/1.1 POST of JSON to an `http://host:port/path` URL (the sandbox only talks to
/// the shop on its own loopback address); the answer's status code.
async fn post(url: &str, headers: &[(&str, &str)], body: &[u8]) -> DomainResult<u16> {
    let fail = |what: String| DomainError::Internal(format!("sandbox webhook to {url}: {what}"));
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| fail("only http:// is supported".into()))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut request = format!(
        "POST /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(host).await?;
        stream.write_all(request.as_bytes()).await?;
        stream.write_all(body).await?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await?;
        Ok::<_, std::io::Error>(answer)
    };
    let answer = tokio::time::timeout(Duration::from_secs(15), exchange)
        .await
        .map_err(|_| fail("timed out".into()))?
        .map_err(|e| fail(e.to_string()))?;
    let status_line = answer.split(|b| *b == b'\n').next().unwrap_or_default();
    String::from_utf8_lossy(status_line)
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| fail("no status in the answer".into()))
}

/// The sandbox's webhook secret shared by every app server of the shop: made at random on
/// first use and kept in the settings table.
pub async fn shared_secret(db: &Db) -> DomainResult<String> {
    let fresh = format!("whsec_sandbox_{}", new_token());
    sqlx::query("INSERT INTO settings (key, value) VALUES ('sandbox_webhook_secret', $1) ON CONFLICT (key) DO NOTHING")
        .bind(&fresh)
        .execute(db.pool())
        .await?;
    crate::settings::get(db, "sandbox_webhook_secret")
        .await?
        .ok_or_else(|| DomainError::Internal("sandbox secret missing".into()))
}
