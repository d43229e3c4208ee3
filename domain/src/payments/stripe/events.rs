//! Stripe's Checkout Session events read as the shop's [`Event`]: a completed session that is
//! paid, or an asynchronous payment that succeeded, collected the money; an asynchronous
//! payment that failed, or a session that expired unpaid, did not. A session completed but
//! not yet paid (a slow payment method) waits for its later event; other types are not ours.

use crate::error::DomainResult;
use crate::payments::webhook::{malformed, Event};
use serde::Deserialize;

/// The event types to enable on the shop's webhook endpoint in Stripe's dashboard.
pub const TYPES: [&str; 4] = [
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "checkout.session.expired",
];

#[derive(Deserialize)]
struct StripeEvent {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    data: Data,
}

#[derive(Deserialize)]
struct Data {
    object: serde_json::Value,
}

/// The part of a Checkout Session an event carries that the shop reads.
#[derive(Deserialize)]
struct SessionObject {
    id: String,
    amount_total: Option<i64>,
    payment_status: Option<String>,
}

/// Reads a Stripe event; `None` for types the shop does not act on.
pub(crate) fn read(body: &[u8]) -> DomainResult<Option<Event>> {
    let event: StripeEvent = serde_json::from_slice(body).map_err(|_| malformed())?;
    if !TYPES.contains(&event.kind.as_str()) {
        return Ok(None);
    }
    let session: SessionObject =
        serde_json::from_value(event.data.object).map_err(|_| malformed())?;
    let succeeded = match event.kind.as_str() {
        "checkout.session.completed" if session.payment_status.as_deref() == Some("paid") => true,
        "checkout.session.completed" => return Ok(None),
        "checkout.session.async_payment_succeeded" => true,
        _ => false,
    };
    Ok(Some(Event {
        id: event.id,
        kind: event.kind,
        intent: session.id,
        amount: session.amount_total,
        succeeded,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::DomainError;

    fn body(kind: &str, object: serde_json::Value) -> Vec<u8> {
        serde_json::json!({
            "id": "evt_1", "object": "event", "type": kind,
            "data": { "object": object }
        })
        .to_string()
        .into_bytes()
    }

    fn session(payment_status: &str) -> serde_json::Value {
        serde_json::json!({
            "id": "cs_test_a1", "object": "checkout.session", "amount_total": 12_900,
            "currency": "cny", "payment_status": payment_status, "status": "complete",
            "payment_intent": "pi_1", "client_reference_id": "E1"
        })
    }

    fn read_ok(kind: &str, object: serde_json::Value) -> Option<Event> {
        read(&body(kind, object)).expect("read")
    }

    #[test]
    fn a_paid_completed_session_and_an_async_success_collected_the_money() {
        let paid = read_ok("checkout.session.completed", session("paid")).expect("ours");
        assert_eq!(
            paid,
            Event {
                id: "evt_1".into(),
                kind: "checkout.session.completed".into(),
                intent: "cs_test_a1".into(),
                amount: Some(12_900),
                succeeded: true,
            }
        );
        let later = read_ok("checkout.session.async_payment_succeeded", session("paid"));
        assert!(later.expect("ours").succeeded);
    }

    #[test]
    fn a_failed_async_payment_and_an_expired_session_did_not() {
        for kind in [
            "checkout.session.async_payment_failed",
            "checkout.session.expired",
        ] {
            let event = read_ok(kind, session("unpaid")).expect("ours");
            assert!(!event.succeeded, "{kind}");
            assert_eq!(event.intent, "cs_test_a1");
        }
        let mut expired = session("unpaid");
        expired["amount_total"] = serde_json::Value::Null;
        let event = read_ok("checkout.session.expired", expired).expect("ours");
        assert_eq!(event.amount, None);
    }

    #[test]
    fn a_completed_session_not_yet_paid_and_other_types_are_not_acted_on() {
        assert_eq!(
            read_ok("checkout.session.completed", session("unpaid")),
            None
        );
        let intent = serde_json::json!({ "id": "pi_1", "amount": 12_900 });
        assert_eq!(read_ok("payment_intent.succeeded", intent), None);
        assert_eq!(read_ok("charge.refunded", serde_json::json!({})), None);
    }

    #[test]
    fn a_body_that_is_not_an_event_is_malformed() {
        for bad in [
            &b"not json"[..],
            br#"{"id":"evt_1","type":"checkout.session.completed"}"#,
            br#"{"id":"evt_1","type":"checkout.session.expired","data":{"object":{}}}"#,
        ] {
            assert!(matches!(
                read(bad),
                Err(DomainError::Invalid {
                    field: "event",
                    rule: "malformed"
                })
            ));
        }
    }
}
