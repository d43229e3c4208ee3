//! The Stripe Checkout adapter against a stand-in for Stripe's API (a test double in
//! `stripe/double.rs`, since this build machine has no network): what a session create, a
//! session read and a refund send and what comes back; Stripe's refusals reach shoppers as
//! "try again" without its message or the key. A card order's whole path is in
//! stripe_orders.rs.

#[path = "stripe/double.rs"]
mod double;

use domain::payments::gateway::Gateway;
use domain::payments::stripe::Stripe;
use domain::testing::fresh_sqlite;
use domain::DomainError;
use double::{error, StripeDouble, SECRET_KEY};
use serde_json::json;

const WEBHOOK_SECRET: &str = "whsec_test_stripe";

fn gateway(api_base: &str) -> Gateway {
    double::gateway(api_base, WEBHOOK_SECRET)
}

fn unavailable(result: Result<impl std::fmt::Debug, DomainError>) -> String {
    match result {
        Err(e @ DomainError::Conflict("gateway_unavailable")) => e.to_string(),
        other => panic!("expected gateway_unavailable, got {other:?}"),
    }
}

#[tokio::test]
async fn a_session_is_created_for_the_order_once_per_idempotency_key() {
    let stripe = StripeDouble::start().await;
    let (_dir, db) = fresh_sqlite().await;
    let g = gateway(&stripe.base);
    let intent = g
        .create_intent(&db, "E20240101", 12_900, "CNY", "/orders/E20240101")
        .await
        .expect("session");
    assert!(intent.id.starts_with("cs_test_"), "{intent:?}");
    assert_eq!(
        intent.pay_url,
        format!("https://checkout.stripe.com/c/pay/{}", intent.id)
    );

    let seen = stripe.seen();
    assert_eq!(seen.len(), 1);
    let create = &seen[0];
    assert_eq!(create.method, "POST");
    assert_eq!(create.path, "/v1/checkout/sessions");
    assert_eq!(
        create.authorization.as_deref(),
        Some(format!("Bearer {SECRET_KEY}").as_str())
    );
    assert_eq!(
        create.idempotency_key.as_deref(),
        Some("emporium-checkout-E20240101-12900-0")
    );
    let back = "https://shop.example/orders/E20240101";
    for (name, value) in [
        ("mode", "payment"),
        ("line_items[0][price_data][currency]", "cny"),
        ("line_items[0][price_data][unit_amount]", "12900"),
        (
            "line_items[0][price_data][product_data][name]",
            "Order E20240101",
        ),
        ("line_items[0][quantity]", "1"),
        ("success_url", back),
        ("cancel_url", back),
        ("client_reference_id", "E20240101"),
        ("metadata[order]", "E20240101"),
    ] {
        assert_eq!(create.field(name), Some(value), "{name}");
    }
    assert!(
        !create.form.iter().any(|(k, _)| k.contains("card")),
        "no card data goes to Stripe from Emporium"
    );

    // A retried create (a lost answer) sends the same key and gets the same session back.
    let again = g
        .create_intent(&db, "E20240101", 12_900, "CNY", "/orders/E20240101")
        .await
        .expect("session again");
    assert_eq!(again, intent);
    assert_eq!(stripe.seen()[1].idempotency_key, create.idempotency_key);
}

#[tokio::test]
async fn a_session_is_open_until_paid_or_expired() {
    let stripe = StripeDouble::start().await;
    let (_dir, db) = fresh_sqlite().await;
    let g = gateway(&stripe.base);
    let paid = g
        .create_intent(&db, "E1", 500, "CNY", "/orders/E1")
        .await
        .expect("session");
    let lapsed = g
        .create_intent(&db, "E2", 700, "CNY", "/orders/E2")
        .await
        .expect("session");

    assert_eq!(
        g.open_intent(&db, &paid.id).await.expect("read"),
        Some(paid.clone())
    );
    let read = stripe.seen().pop().expect("a request");
    assert_eq!(
        (read.method.as_str(), read.path.as_str()),
        ("GET", &*format!("/v1/checkout/sessions/{}", paid.id))
    );
    assert_eq!(
        read.authorization.as_deref(),
        Some(&*format!("Bearer {SECRET_KEY}"))
    );

    stripe.pay(&paid.id);
    stripe.expire(&lapsed.id);
    assert_eq!(g.open_intent(&db, &paid.id).await.expect("read"), None);
    assert_eq!(g.open_intent(&db, &lapsed.id).await.expect("read"), None);
    assert_eq!(
        g.open_intent(&db, "cs_test_unknown").await.expect("read"),
        None,
        "404: none"
    );
    let asked = stripe.seen().len();
    assert_eq!(
        g.open_intent(&db, "../v1/refunds").await.expect("read"),
        None
    );
    assert_eq!(
        stripe.seen().len(),
        asked,
        "an id that is not Stripe's is never sent"
    );
}

#[tokio::test]
async fn a_refund_reads_the_sessions_payment_and_refunds_it_once() {
    let stripe = StripeDouble::start().await;
    let (_dir, db) = fresh_sqlite().await;
    let g = gateway(&stripe.base);
    let s = g
        .create_intent(&db, "E3", 12_900, "CNY", "/orders/E3")
        .await
        .expect("session");
    assert!(
        matches!(
            g.refund(&db, &s.id).await,
            Err(DomainError::Conflict("not_refundable"))
        ),
        "nothing paid yet"
    );
    stripe.pay(&s.id);
    let pi = stripe.session(&s.id)["payment_intent"]
        .as_str()
        .expect("pi")
        .to_string();

    let before = stripe.seen().len();
    let refund = g.refund(&db, &s.id).await.expect("refunded");
    assert!(refund.starts_with("re_test_"), "{refund}");
    let calls = stripe.seen().split_off(before);
    assert_eq!(calls.len(), 2);
    assert_eq!(
        (calls[0].method.as_str(), calls[0].path.as_str()),
        ("GET", &*format!("/v1/checkout/sessions/{}", s.id))
    );
    assert_eq!(
        (calls[1].method.as_str(), calls[1].path.as_str()),
        ("POST", "/v1/refunds")
    );
    assert_eq!(calls[1].field("payment_intent"), Some(pi.as_str()));
    assert_eq!(
        calls[1].idempotency_key.as_deref(),
        Some(&*format!("emporium-refund-{}", s.id))
    );
    assert_eq!(
        calls[1].authorization.as_deref(),
        Some(&*format!("Bearer {SECRET_KEY}"))
    );

    assert_eq!(
        g.refund(&db, &s.id).await.expect("retried"),
        refund,
        "a retry is the same refund"
    );
}

#[tokio::test]
async fn stripes_refusals_ask_to_try_again_without_leaking() {
    let stripe = StripeDouble::start().await;
    let (_dir, db) = fresh_sqlite().await;
    let g = gateway(&stripe.base);
    let secret_message = "Your card was declined (request req_SECRET123)";
    stripe.fail_next(
        402,
        error("card_error", Some("card_declined"), secret_message),
    );
    let shown = unavailable(g.create_intent(&db, "E4", 100, "CNY", "/orders/E4").await);
    stripe.fail_next(
        400,
        error(
            "invalid_request_error",
            Some("parameter_invalid_integer"),
            secret_message,
        ),
    );
    let shown2 = unavailable(g.create_intent(&db, "E4", 100, "CNY", "/orders/E4").await);
    stripe.fail_next(
        500,
        json!({"error": {"type": "api_error", "message": secret_message}}),
    );
    let shown3 = unavailable(g.open_intent(&db, "cs_test_0001").await);
    for shown in [shown, shown2, shown3] {
        assert!(
            !shown.contains("req_SECRET123") && !shown.contains(SECRET_KEY),
            "{shown}"
        );
    }

    // A wrong key: Stripe answers 401.
    let wrong = Gateway::Stripe(
        Stripe::new(
            "sk_test_wrong",
            WEBHOOK_SECRET,
            Some(&stripe.base),
            "https://shop.example",
        )
        .expect("gateway"),
    );
    let shown = unavailable(
        wrong
            .create_intent(&db, "E5", 100, "CNY", "/orders/E5")
            .await,
    );
    assert!(!shown.contains("sk_test_wrong"));
    // Stripe cannot be reached at all.
    let gone = gateway("http://127.0.0.1:9");
    unavailable(
        gone.create_intent(&db, "E6", 100, "CNY", "/orders/E6")
            .await,
    );
    unavailable(gone.refund(&db, "cs_test_0001").await);
    // The gateway's Debug (it may end up in a log) shows neither secret.
    let debug = format!("{g:?}");
    assert!(
        !debug.contains(SECRET_KEY) && !debug.contains(WEBHOOK_SECRET),
        "{debug}"
    );
}
