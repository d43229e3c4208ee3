//! Card payments on SQLite and PostgreSQL: the order moves by signed webhook, once per event;
//! a decline leaves it waiting and a new attempt makes a new intent; a forged delivery changes
//! nothing; a cancel before shipment refunds through the gateway and gives the stock back.

mod common;

use common::demo;
use common::shopping::{available, balanced, form, gateway, order, stocked};
use domain::cart::{self, CartOwner};
use domain::orders::{model, moves, OrderStatus};
use domain::payments::{card, signature, webhook};
use domain::testing::each_database;
use domain::DomainError;

fn event(id: &str, kind: &str, intent: &str, amount: i64) -> Vec<u8> {
    serde_json::json!({
        "id": id, "type": kind,
        "data": { "object": { "id": intent, "amount": amount } }
    })
    .to_string()
    .into_bytes()
}

#[tokio::test]
async fn card_payments_follow_signed_webhooks_once_and_a_cancel_refunds() {
    each_database(|db| async move {
        demo(&db).await;
        let (sku, before) = stocked(&db, 2).await;
        let g = gateway();
        let guest = CartOwner::new_guest();
        cart::add(&db, &guest, sku, 1, 1).await.expect("added");
        let placed = order(&db, &guest, "card-key-000000000001", &form("card")).await.expect("placed");
        let o = model::by_number(&db, &placed.number).await.expect("read").expect("order");
        assert_eq!(o.status, OrderStatus::PendingPayment);
        assert!(o.pay_by.is_some());

        let pay_url = card::start(&db, &g, &o, "CNY", "/orders/x").await.expect("intent");
        assert_eq!(
            card::start(&db, &g, &o, "CNY", "/orders/x").await.expect("again"),
            pay_url,
            "an open intent is reused: two tabs never make two charges"
        );
        let intent = pay_url.rsplit('/').next().expect("id").to_string();
        let now = domain::time::now();
        let sign = |body: &[u8]| signature::sign(g.webhook_secret(), now, body);

        // Declined: the order still waits; a new attempt makes a new intent.
        let declined = event("evt_1", "payment_intent.payment_failed", &intent, o.grand_total);
        let outcome = webhook::handle(&db, &g, &declined, &sign(&declined), now).await;
        assert_eq!(outcome.expect("handled"), webhook::Outcome::Declined);
        assert!(model::last_charge_failed(&db, o.id).await.expect("read"));
        let second = card::start(&db, &g, &o, "CNY", "/orders/x").await.expect("new intent");
        assert_ne!(second, pay_url);
        let intent2 = second.rsplit('/').next().expect("id").to_string();

        // A forged or tampered delivery changes nothing.
        let paid = event("evt_2", "payment_intent.succeeded", &intent2, o.grand_total);
        let forged = signature::sign("not-the-secret", now, &paid);
        assert!(webhook::handle(&db, &g, &paid, &forged, now).await.is_err());
        assert_eq!(
            model::by_number(&db, &o.number).await.expect("read").expect("order").status,
            OrderStatus::PendingPayment
        );

        // Succeeded, delivered twice: paid once.
        sqlx::query("UPDATE sandbox_intents SET status = 'succeeded' WHERE id = $1")
            .bind(&intent2)
            .execute(db.pool())
            .await
            .expect("the provider's side");
        let first = webhook::handle(&db, &g, &paid, &sign(&paid), now).await.expect("handled");
        let again = webhook::handle(&db, &g, &paid, &sign(&paid), now).await.expect("handled");
        assert_eq!((first, again), (webhook::Outcome::Paid, webhook::Outcome::Duplicate));
        let o = model::by_number(&db, &o.number).await.expect("read").expect("order");
        assert_eq!(o.status, OrderStatus::Paid);
        let charges: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments WHERE order_id = $1 AND kind = 'charge' AND status = 'succeeded'",
        )
        .bind(o.id)
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(charges, 1);
        assert_eq!(moves::expire_unpaid(&db, now + 86_400).await.expect("expiry"), 0, "paid orders stay");

        // Cancelled before shipment: stock back, money back through the gateway.
        let status = moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await.expect("cancelled");
        assert_eq!(status, OrderStatus::Refunded);
        assert_eq!(available(&db, sku).await, before);
        let refunds: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments WHERE order_id = $1 AND kind = 'refund' AND status = 'succeeded'",
        )
        .bind(o.id)
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(refunds, 1);
        let o = model::by_number(&db, &o.number).await.expect("read").expect("order");
        assert!(matches!(
            moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await,
            Err(DomainError::Conflict(_))
        ));
        balanced(&db).await;
    })
    .await;
}
