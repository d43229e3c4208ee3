//! The gateway's webhook: a signed event says a payment succeeded or failed. The signature is
//! checked first; the gateway reads its own event format into one [`Event`] (the sandbox's
//! payment-intent events, Stripe's Checkout Session events); each event id is handled once (a
//! redelivery is answered as done and changes nothing); the charge and the order move in one
//! transaction. Money that arrives for an order no longer waiting for it (cancelled, or
//! already paid) is refunded.

use super::gateway::Gateway;
use super::signature;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::orders::moves::{self, Actor};
use crate::orders::{OrderEvent, OrderStatus};
use serde::Deserialize;

/// What a webhook delivery did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The order is paid.
    Paid,
    /// The charge failed; the order still waits for payment.
    Declined,
    /// The money came for an order that no longer wanted it and went back.
    Refunded,
    /// The money came for an order that no longer wanted it; the gateway could not refund
    /// it yet, so the payments job will.
    RefundOwed,
    /// This event was handled before.
    Duplicate,
    /// Nothing of ours (an unknown intent or an event type we do not use).
    Ignored,
}

/// A gateway's event as the shop uses it, whatever the gateway's own format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The gateway's event id (each is handled once).
    pub id: String,
    /// The gateway's event type, kept with the id.
    pub kind: String,
    /// The intent the event is about: the charge's `provider_ref`.
    pub intent: String,
    /// The amount collected, in fen (checked against the charge when it succeeded).
    pub amount: Option<i64>,
    /// Whether the money was collected (else the payment failed or lapsed).
    pub succeeded: bool,
}

/// The malformed-body refusal.
pub(crate) fn malformed() -> DomainError {
    DomainError::Invalid {
        field: "event",
        rule: "malformed",
    }
}

#[derive(Deserialize)]
struct IntentEvent {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    data: IntentData,
}

#[derive(Deserialize)]
struct IntentData {
    object: IntentObject,
}

#[derive(Deserialize)]
struct IntentObject {
    id: String,
    amount: i64,
}

/// Reads a payment-intent event (`payment_intent.succeeded` or `.payment_failed`, as the
/// sandbox sends them); `None` for other types.
pub(crate) fn read_intent_event(body: &[u8]) -> DomainResult<Option<Event>> {
    let event: IntentEvent = serde_json::from_slice(body).map_err(|_| malformed())?;
    let succeeded = match event.kind.as_str() {
        "payment_intent.succeeded" => true,
        "payment_intent.payment_failed" => false,
        _ => return Ok(None),
    };
    Ok(Some(Event {
        id: event.id,
        kind: event.kind,
        intent: event.data.object.id,
        amount: Some(event.data.object.amount),
        succeeded,
    }))
}

/// Handles one delivery: `body` as received, `header` the signature header.
pub async fn handle(
    db: &Db,
    gateway: &Gateway,
    body: &[u8],
    header: &str,
    now: i64,
) -> DomainResult<Outcome> {
    signature::verify(gateway.webhook_secret(), header, body, now)?;
    let Some(event) = gateway.read_event(body)? else {
        return Ok(Outcome::Ignored);
    };
    let succeeded = event.succeeded;
    let mut tx = db.begin_write().await?;
    let first = sqlx::query(
        "INSERT INTO payment_events (event_id, kind, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (event_id) DO NOTHING",
    )
    .bind(&event.id)
    .bind(&event.kind)
    .bind(now)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if first == 0 {
        tx.rollback().await?;
        return Ok(Outcome::Duplicate);
    }
    let intent = &event.intent;
    let charge: Option<(i64, i64, i64)> = sqlx::query_as(
        "SELECT p.id, p.order_id, p.amount FROM payments p WHERE p.provider_ref = $1 \
         AND p.kind = 'charge' AND p.status = 'pending'",
    )
    .bind(intent)
    .fetch_optional(tx.conn())
    .await?;
    let Some((payment, order_id, amount)) = charge else {
        tx.commit().await?;
        return Ok(Outcome::Ignored);
    };
    if succeeded && event.amount != Some(amount) {
        tracing::error!(%intent, "gateway reports {:?} for a charge of {amount}", event.amount);
        tx.commit().await?;
        return Ok(Outcome::Ignored);
    }
    sqlx::query("UPDATE payments SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(if succeeded { "succeeded" } else { "failed" })
        .bind(now)
        .bind(payment)
        .execute(tx.conn())
        .await?;
    if !succeeded {
        tx.commit().await?;
        return Ok(Outcome::Declined);
    }
    let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE id = $1")
        .bind(order_id)
        .fetch_one(tx.conn())
        .await?;
    let status = OrderStatus::parse(&status)
        .ok_or_else(|| DomainError::Internal(format!("order {order_id}: bad status")))?;
    if status == OrderStatus::PendingPayment {
        moves::apply(
            tx.conn(),
            order_id,
            status,
            false,
            OrderEvent::Pay,
            &Actor::Gateway,
            "",
            now,
        )
        .await?;
        tx.commit().await?;
        return Ok(Outcome::Paid);
    }
    tx.commit().await?;
    // Paid too late (the order was cancelled) or twice: the money goes back, now or, if the
    // gateway cannot refund at once, by the payments job.
    if super::refunds::settle_order(db, gateway, order_id, now).await? {
        Ok(Outcome::Refunded)
    } else {
        Ok(Outcome::RefundOwed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sandboxs_payment_intent_events_are_read_as_they_were() {
        let body = |kind: &str| {
            serde_json::json!({
                "id": "evt_1", "type": kind,
                "data": { "object": { "id": "pi_sandbox_1", "amount": 900 } }
            })
            .to_string()
        };
        let paid = read_intent_event(body("payment_intent.succeeded").as_bytes());
        assert_eq!(
            paid.expect("read"),
            Some(Event {
                id: "evt_1".into(),
                kind: "payment_intent.succeeded".into(),
                intent: "pi_sandbox_1".into(),
                amount: Some(900),
                succeeded: true,
            })
        );
        let failed = read_intent_event(body("payment_intent.payment_failed").as_bytes());
        assert!(!failed.expect("read").expect("ours").succeeded);
        let other = read_intent_event(body("checkout.session.completed").as_bytes());
        assert_eq!(other.expect("read"), None);
        assert!(read_intent_event(b"{}").is_err());
    }
}
