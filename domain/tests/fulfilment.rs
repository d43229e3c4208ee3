//! Staff moves on SQLite and PostgreSQL: a bank transfer received, processing, shipping with
//! carrier and tracking (the pieces leave stock), delivery (cash on delivery recorded then),
//! each in the audit log, the ledgers balanced.

mod common;

use common::demo;
use common::shopping::{available, balanced, form, gateway, order, stocked};
use domain::cart::{self, CartOwner};
use domain::orders::{model, moves, OrderStatus};
use domain::testing::each_database;
use domain::{Db, DomainError};

#[tokio::test]
async fn staff_receive_transfers_ship_and_deliver_with_stock_and_audit_in_step() {
    use domain::orders::fulfilment::{make, StaffMove};
    use domain::staff::audit::Actor as Who;
    each_database(|db| async move {
        demo(&db).await;
        let (sku, before) = stocked(&db, 3).await;
        let on_hand = |db: Db| async move {
            let n: i64 = sqlx::query_scalar(
                "SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock_levels WHERE sku_id = $1",
            )
            .bind(sku.0)
            .fetch_one(db.pool())
            .await
            .expect("on hand");
            n
        };
        let start = on_hand(db.clone()).await;
        let (guest, cod) = (CartOwner::new_guest(), CartOwner::new_guest());
        cart::add(&db, &guest, sku, 2, 1).await.expect("added");
        cart::add(&db, &cod, sku, 1, 1).await.expect("added");
        let bank = order(&db, &guest, "staff-key-00000000001", &form("bank_transfer")).await.expect("placed");
        let cash = order(&db, &cod, "staff-key-00000000002", &form("cod")).await.expect("placed");
        let who = Who::shop();
        let now = domain::time::now();
        let mv = |n: &str, m: StaffMove| {
            let (db, n, who) = (db.clone(), n.to_string(), who.clone());
            async move { make(&db, &n, &m, "7", &who, now).await }
        };
        // Only a bank-transfer order can be received as a transfer; nothing ships unpaid.
        assert!(matches!(mv(&cash.number, StaffMove::TransferReceived).await, Err(DomainError::Conflict(_))));
        assert!(matches!(mv(&bank.number, StaffMove::Process).await, Err(DomainError::Conflict(_))));
        assert_eq!(mv(&bank.number, StaffMove::TransferReceived).await.expect("received"), OrderStatus::Paid);
        assert_eq!(mv(&bank.number, StaffMove::Process).await.expect("processing"), OrderStatus::Processing);
        let bad = StaffMove::Ship { carrier: "顺丰".into(), tracking: "<x>".into() };
        assert!(matches!(mv(&bank.number, bad).await, Err(DomainError::Invalid { field: "tracking", .. })));
        let ship = StaffMove::Ship { carrier: "顺丰速运".into(), tracking: "sf1234567890".into() };
        assert_eq!(mv(&bank.number, ship).await.expect("shipped"), OrderStatus::Shipped);
        assert_eq!(on_hand(db.clone()).await, start - 2, "the shipped pieces left the warehouse");
        assert_eq!(available(&db, sku).await, before - 3, "the cash order still holds its piece");
        let o = model::by_number(&db, &bank.number).await.expect("read").expect("order");
        assert_eq!((o.carrier.as_str(), o.tracking_number.as_str()), ("顺丰速运", "SF1234567890"));
        assert!(o.shipped_at.is_some());
        let g = gateway();
        assert!(matches!(
            moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await,
            Err(DomainError::Conflict("illegal_move"))
        ), "a shipped order is no longer cancelled");
        assert_eq!(mv(&bank.number, StaffMove::Deliver).await.expect("delivered"), OrderStatus::Delivered);

        // Cash on delivery: the courier's cash is recorded at delivery.
        mv(&cash.number, StaffMove::Process).await.expect("processing");
        let ship = StaffMove::Ship { carrier: "EMS".into(), tracking: "EMS0001".into() };
        mv(&cash.number, ship).await.expect("shipped");
        mv(&cash.number, StaffMove::Deliver).await.expect("delivered");
        let c = model::by_number(&db, &cash.number).await.expect("read").expect("order");
        assert!(c.paid_at.is_some());
        let charges: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments WHERE order_id = $1 AND kind = 'charge' AND status = 'succeeded'",
        )
        .bind(c.id)
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(charges, 1);
        let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'order.%'")
            .fetch_one(db.pool())
            .await
            .expect("audit");
        assert_eq!(audited, 7, "every staff move is in the audit log");
        assert_eq!(on_hand(db.clone()).await, start - 3);
        balanced(&db).await;
    })
    .await;
}
