//! The card gateway adapter, modelled on Stripe's payment intents: the shop asks the gateway
//! for an intent to collect an amount, sends the shopper to the gateway's hosted page (card
//! numbers never reach Emporium), and learns the outcome from a signed webhook. Refunds go
//! back through the gateway. The [`Sandbox`](super::sandbox) plays the provider in
//! development and tests; it is a test double, and says so wherever it shows.

use super::sandbox;
use crate::db::Db;
use crate::error::DomainResult;

/// A payment intent: the gateway's id and the hosted page where the shopper pays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intent {
    pub id: String,
    pub pay_url: String,
}

/// Which gateway collects card payments, with its secrets (from configuration).
#[derive(Clone, Debug)]
pub enum Gateway {
    /// The sandbox inside Emporium: no money moves.
    Sandbox(sandbox::Sandbox),
}

impl Gateway {
    /// The secret webhooks are signed with.
    pub fn webhook_secret(&self) -> &str {
        match self {
            Gateway::Sandbox(s) => &s.webhook_secret,
        }
    }

    /// Asks the gateway to collect `amount` fen for order `number`; the shopper comes back to
    /// `return_url` afterwards.
    pub async fn create_intent(
        &self,
        db: &Db,
        number: &str,
        amount: i64,
        currency: &str,
        return_url: &str,
    ) -> DomainResult<Intent> {
        match self {
            Gateway::Sandbox(s) => {
                s.create_intent(db, number, amount, currency, return_url)
                    .await
            }
        }
    }

    /// Intent `id` if the shopper can still pay it.
    pub async fn open_intent(&self, db: &Db, id: &str) -> DomainResult<Option<Intent>> {
        match self {
            Gateway::Sandbox(_) => Ok(sandbox::intent(db, id)
                .await?
                .filter(|i| i.status == "requires_payment")
                .map(|i| Intent {
                    pay_url: sandbox::pay_url(&i.id),
                    id: i.id,
                })),
        }
    }

    /// Gives the money of intent `intent` back; the refund's id.
    pub async fn refund(&self, db: &Db, intent: &str) -> DomainResult<String> {
        match self {
            Gateway::Sandbox(s) => s.refund(db, intent).await,
        }
    }
}
