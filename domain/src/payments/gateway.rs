//! The card gateway adapter, modelled on Stripe's payment intents: the shop asks the gateway
//! for an intent to collect an amount, sends the shopper to the gateway's hosted page (card
//! numbers never reach Emporium), and learns the outcome from a signed webhook. Refunds go
//! back through the gateway. [`Stripe`](super::stripe) collects real payments through Stripe
//! Checkout; the [`Sandbox`](super::sandbox) plays the provider in development and tests: it
//! is a test double, and says so wherever it shows.

use super::webhook::{self, Event};
use super::{sandbox, stripe};
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
    /// Stripe Checkout: real card payments (or Stripe's test mode, by the key).
    Stripe(stripe::Stripe),
}

impl Gateway {
    /// The secret webhooks are signed with.
    pub fn webhook_secret(&self) -> &str {
        match self {
            Gateway::Sandbox(s) => &s.webhook_secret,
            Gateway::Stripe(s) => s.webhook_secret(),
        }
    }

    /// Whether this is the sandbox test double (pages must then say that no money moves).
    pub fn is_sandbox(&self) -> bool {
        matches!(self, Gateway::Sandbox(_))
    }

    /// The origin of the gateway's hosted page when it is not the shop's own (the shopper's
    /// browser is sent there after placing an order).
    pub fn hosted_origin(&self) -> Option<&'static str> {
        match self {
            Gateway::Sandbox(_) => None,
            Gateway::Stripe(_) => Some(stripe::CHECKOUT_ORIGIN),
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
            Gateway::Stripe(s) => {
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
            Gateway::Stripe(s) => s.open_intent(id).await,
        }
    }

    /// Gives the money of intent `intent` back; the refund's id.
    pub async fn refund(&self, db: &Db, intent: &str) -> DomainResult<String> {
        match self {
            Gateway::Sandbox(s) => s.refund(db, intent).await,
            Gateway::Stripe(s) => s.refund(intent).await,
        }
    }

    /// Reads a webhook body (already verified) in this gateway's event format; `None` for an
    /// event type the shop does not act on, `Invalid` for a body that is not an event.
    pub fn read_event(&self, body: &[u8]) -> DomainResult<Option<Event>> {
        match self {
            Gateway::Sandbox(_) => webhook::read_intent_event(body),
            Gateway::Stripe(_) => stripe::events::read(body),
        }
    }
}
