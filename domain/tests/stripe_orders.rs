//! A card order paid through Stripe Checkout on SQLite and PostgreSQL, with Stripe's API played
//! by the test double in `stripe/double.rs`: the order gets a session (reused while open),
//! Stripe's signed `checkout.session.completed` pays it once, a cancel refunds it through
//! Stripe, and an expired session declines the attempt so paying again makes a new one.

mod common;
#[path = "stripe/double.rs"]
mod double;

use common::demo;
use common::shopping::{form, order, stocked};
use domain::cart::{self, CartOwner};
use domain::orders::{model, moves, OrderStatus};
use domain::payments::gateway::Gateway;
use domain::payments::{card, signature, webhook};
use domain::testing::each_database;
use double::{event, StripeDouble};
use serde_json::json;

const WEBHOOK_SECRET: &str = "whsec_test_stripe";

fn gateway(api_base: &str) -> Gateway {
    double::gateway(api_base, WEBHOOK_SECRET)
}

#[tokio::test]
async fn a_card_order_is_paid_by_stripes_signed_checkout_events() {
    each_database(|db| async move {
        let stripe = StripeDouble::start().await;
        let g = gateway(&stripe.base);
        demo(&db).await;
        let (sku, _) = stocked(&db, 2).await;
        let guest = CartOwner::new_guest();
        cart::add(&db, &guest, sku, 1, 1).await.expect("added");
        let placed = order(&db, &guest, "stripe-key-0000000001", &form("card"))
            .await
            .expect("placed");
        let o = model::by_number(&db, &placed.number)
            .await
            .expect("read")
            .expect("order");
        let back = format!("/orders/{}", o.number);

        let pay_url = card::start(&db, &g, &o, "CNY", &back)
            .await
            .expect("session");
        let session = pay_url.rsplit('/').next().expect("id").to_string();
        assert_eq!(
            pay_url,
            format!("https://checkout.stripe.com/c/pay/{session}")
        );
        assert_eq!(
            card::start(&db, &g, &o, "CNY", &back).await.expect("again"),
            pay_url,
            "an open session is reused"
        );
        assert_eq!(
            stripe.session(&session)["amount_total"],
            json!(o.grand_total)
        );

        // The shopper pays on Stripe's page; Stripe signs checkout.session.completed.
        let now = domain::time::now();
        stripe.pay(&session);
        let completed = event(
            "evt_1",
            "checkout.session.completed",
            stripe.session(&session),
        );
        let header = signature::sign(WEBHOOK_SECRET, now, &completed);
        let forged = signature::sign("whsec_not_ours", now, &completed);
        assert!(webhook::handle(&db, &g, &completed, &forged, now)
            .await
            .is_err());
        let first = webhook::handle(&db, &g, &completed, &header, now)
            .await
            .expect("handled");
        let again = webhook::handle(&db, &g, &completed, &header, now)
            .await
            .expect("handled");
        assert_eq!(
            (first, again),
            (webhook::Outcome::Paid, webhook::Outcome::Duplicate)
        );
        let paid = model::by_number(&db, &o.number)
            .await
            .expect("read")
            .expect("order");
        assert_eq!(paid.status, OrderStatus::Paid);

        // Cancelled before shipment: the money goes back through Stripe.
        let status = moves::cancel(&db, &g, &paid, &moves::Actor::Shopper, now)
            .await
            .expect("cancelled");
        assert_eq!(status, OrderStatus::Refunded);
        let refund: String = sqlx::query_scalar(
            "SELECT provider_ref FROM payments WHERE order_id = $1 AND kind = 'refund'",
        )
        .bind(o.id)
        .fetch_one(db.pool())
        .await
        .expect("refund row");
        assert!(refund.starts_with("re_test_"), "{refund}");
        let asked = stripe.seen().pop().expect("a request");
        assert_eq!(asked.path, "/v1/refunds");

        // A second order's session expires unpaid: declined; paying again makes a new session.
        cart::add(&db, &guest, sku, 1, 1).await.expect("added");
        let placed = order(&db, &guest, "stripe-key-0000000002", &form("card"))
            .await
            .expect("placed");
        let o = model::by_number(&db, &placed.number)
            .await
            .expect("read")
            .expect("order");
        let back = format!("/orders/{}", o.number);
        let first_url = card::start(&db, &g, &o, "CNY", &back)
            .await
            .expect("session");
        let lapsed = first_url.rsplit('/').next().expect("id").to_string();
        stripe.expire(&lapsed);
        let expired = event("evt_2", "checkout.session.expired", stripe.session(&lapsed));
        let header = signature::sign(WEBHOOK_SECRET, now, &expired);
        let outcome = webhook::handle(&db, &g, &expired, &header, now)
            .await
            .expect("handled");
        assert_eq!(outcome, webhook::Outcome::Declined);
        assert!(model::last_charge_failed(&db, o.id).await.expect("read"));
        let o = model::by_number(&db, &o.number)
            .await
            .expect("read")
            .expect("order");
        assert_eq!(o.status, OrderStatus::PendingPayment);
        let second_url = card::start(&db, &g, &o, "CNY", &back)
            .await
            .expect("new session");
        assert_ne!(second_url, first_url);
        let keys: Vec<_> = stripe
            .seen()
            .into_iter()
            .filter(|s| s.path == "/v1/checkout/sessions")
            .filter_map(|s| s.idempotency_key)
            .collect();
        let n = &o.number;
        assert!(
            keys.ends_with(&[
                format!("emporium-checkout-{n}-{}-0", o.grand_total),
                format!("emporium-checkout-{n}-{}-1", o.grand_total),
            ]),
            "{keys:?}"
        );

        // The sandbox's event format means nothing to the Stripe gateway.
        let foreign = json!({"id": "evt_3", "type": "payment_intent.succeeded",
            "data": {"object": {"id": "pi_x", "amount": 1}}})
        .to_string()
        .into_bytes();
        let header = signature::sign(WEBHOOK_SECRET, now, &foreign);
        let outcome = webhook::handle(&db, &g, &foreign, &header, now)
            .await
            .expect("handled");
        assert_eq!(outcome, webhook::Outcome::Ignored);
    })
    .await;
}
