//! Refunds the gateway could not make at once, on SQLite and PostgreSQL, with Stripe's API
//! played by the test double in `stripe/double.rs`: a paid order cancelled while Stripe is
//! unreachable stays owed and the payments job refunds it later, once; money that arrives for
//! an order already cancelled is owed back the same way and the order stays cancelled.

mod common;
#[path = "stripe/double.rs"]
mod double;

use common::demo;
use common::shopping::{form, order, stocked};
use domain::cart::{self, CartOwner};
use domain::orders::{model, moves, OrderStatus};
use domain::payments::gateway::Gateway;
use domain::payments::refunds::{self, GRACE_S};
use domain::payments::{card, signature, webhook};
use domain::testing::each_database;
use domain::Db;
use double::StripeDouble;
use serde_json::json;

const WEBHOOK_SECRET: &str = "whsec_test_refunds";

fn gateway(api_base: &str) -> Gateway {
    double::gateway(api_base, WEBHOOK_SECRET)
}

/// A placed card order and the id of its Stripe session.
async fn card_order(db: &Db, g: &Gateway, key: &str) -> (model::Order, String) {
    let (sku, _) = stocked(db, 2).await;
    let guest = CartOwner::new_guest();
    cart::add(db, &guest, sku, 1, 1).await.expect("added");
    let placed = order(db, &guest, key, &form("card")).await.expect("placed");
    let o = model::by_number(db, &placed.number)
        .await
        .expect("read")
        .expect("order");
    let url = card::start(db, g, &o, "CNY", "/orders/x")
        .await
        .expect("session");
    (o, url.rsplit('/').next().expect("id").to_string())
}

async fn completed(
    db: &Db,
    g: &Gateway,
    stripe: &StripeDouble,
    session: &str,
    id: &str,
    now: i64,
) -> webhook::Outcome {
    stripe.pay(session);
    let body = json!({
        "id": id, "object": "event", "type": "checkout.session.completed",
        "created": now, "data": { "object": stripe.session(session) }
    })
    .to_string()
    .into_bytes();
    let header = signature::sign(WEBHOOK_SECRET, now, &body);
    webhook::handle(db, g, &body, &header, now)
        .await
        .expect("handled")
}

async fn status(db: &Db, number: &str) -> OrderStatus {
    model::by_number(db, number)
        .await
        .expect("read")
        .expect("order")
        .status
}

fn refunds_asked(stripe: &StripeDouble) -> usize {
    stripe
        .seen()
        .iter()
        .filter(|s| s.path == "/v1/refunds")
        .count()
}

#[tokio::test]
async fn a_refund_stripe_could_not_make_is_made_later_once() {
    each_database(|db| async move {
        let stripe = StripeDouble::start().await;
        let g = gateway(&stripe.base);
        let down = gateway("http://127.0.0.1:9");
        demo(&db).await;
        let now = domain::time::now();

        // Paid, then cancelled while Stripe cannot be reached: cancelled, the money owed.
        let (o, session) = card_order(&db, &g, "refund-key-000000000001").await;
        assert_eq!(completed(&db, &g, &stripe, &session, "evt_r1", now).await, webhook::Outcome::Paid);
        let paid = model::by_number(&db, &o.number).await.expect("read").expect("order");
        let after = moves::cancel(&db, &down, &paid, &moves::Actor::Shopper, now).await.expect("cancelled");
        assert_eq!(after, OrderStatus::Cancelled);
        assert_eq!(refunds::owed_by_order(&db, o.id).await.expect("owed").len(), 1);
        // The job leaves it alone while the cancel's own attempt may still be running …
        assert_eq!(refunds::settle_overdue(&db, &g, now).await.expect("round"), 0);
        assert_eq!(refunds_asked(&stripe), 0);
        // … then refunds it, once.
        // A minute after the last move, by the real clock: placing the order wrote history
        // stamped with the clock, which may have moved past `now` on a slow machine.
        let later = domain::time::now() + GRACE_S + 1;
        assert_eq!(refunds::settle_overdue(&db, &g, later).await.expect("round"), 1);
        assert_eq!(refunds::settle_overdue(&db, &g, later + 60).await.expect("round"), 0);
        assert_eq!(status(&db, &o.number).await, OrderStatus::Refunded);
        assert!(refunds::owed_by_order(&db, o.id).await.expect("owed").is_empty());
        let (refund_of, amount): (i64, i64) = sqlx::query_as(
            "SELECT r.refund_of, r.amount FROM payments r WHERE r.order_id = $1 AND r.kind = 'refund'",
        )
        .bind(o.id)
        .fetch_one(db.pool())
        .await
        .expect("one refund row");
        let charge: i64 = sqlx::query_scalar("SELECT id FROM payments WHERE order_id = $1 AND kind = 'charge' AND status = 'succeeded'")
            .bind(o.id)
            .fetch_one(db.pool())
            .await
            .expect("charge");
        assert_eq!((refund_of, amount), (charge, o.grand_total));
        assert_eq!(refunds_asked(&stripe), 1);

        // Cancelled unpaid, then the money arrives while Stripe cannot refund: owed, and the
        // order stays cancelled with the reason in its history.
        let (o, session) = card_order(&db, &g, "refund-key-000000000002").await;
        moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await.expect("cancelled");
        assert_eq!(completed(&db, &down, &stripe, &session, "evt_r2", now).await, webhook::Outcome::RefundOwed);
        assert_eq!(refunds::owed_by_order(&db, o.id).await.expect("owed").len(), 1);
        let later = domain::time::now() + GRACE_S + 1;
        assert_eq!(refunds::settle_overdue(&db, &g, later).await.expect("round"), 1);
        assert_eq!(status(&db, &o.number).await, OrderStatus::Cancelled);
        let note: String = sqlx::query_scalar("SELECT note FROM order_history WHERE order_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(o.id)
            .fetch_one(db.pool())
            .await
            .expect("history");
        assert_eq!(note, "late_payment_refunded");
        assert_eq!(refunds_asked(&stripe), 2);
    })
    .await;
}
