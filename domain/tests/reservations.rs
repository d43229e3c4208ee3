//! Reserving stock under a rush, on SQLite and PostgreSQL: many buyers at once for one variant
//! get exactly as many pieces as there are, never more; released pieces can be sold again;
//! on-hand stock and its movement ledger are untouched.

mod common;

use common::{demo, some_stocked_sku};
use domain::inventory::{self, reservations};
use domain::testing::each_database;
use domain::DomainError;

#[tokio::test]
async fn a_rush_for_one_variant_never_takes_more_than_there_is() {
    each_database(|db| async move {
        demo(&db).await;
        let (sku, _, _) = some_stocked_sku(&db).await;
        let available = inventory::sku_availability(&db, sku)
            .await
            .expect("availability")
            .expect("exists")
            .available;
        assert!(available > 0 && available < 500, "{available}");
        let buyers = available + 25;
        let mut rush = Vec::new();
        for _ in 0..buyers {
            let db = db.clone();
            rush.push(tokio::spawn(async move {
                let mut tx = db.begin_write().await.expect("write transaction");
                match reservations::reserve(tx.conn(), sku, 1, "test").await {
                    Ok(warehouse) => {
                        tx.commit().await.expect("commit");
                        Some(warehouse)
                    }
                    Err(DomainError::Conflict("sold_out")) => None,
                    Err(other) => panic!("a buyer got an error: {other:?}"),
                }
            }));
        }
        let mut got = Vec::new();
        for buyer in rush {
            if let Some(warehouse) = buyer.await.expect("buyer") {
                got.push(warehouse);
            }
        }
        assert_eq!(got.len() as i64, available, "exactly the pieces there are");
        let left = inventory::sku_availability(&db, sku)
            .await
            .expect("availability")
            .expect("exists");
        assert_eq!(left.available, 0);
        assert!(
            inventory::ledger_balances(&db).await.expect("ledger"),
            "on hand is untouched"
        );

        let mut tx = db.begin_write().await.expect("tx");
        assert!(matches!(
            reservations::reserve(tx.conn(), sku, 1, "test").await,
            Err(DomainError::Conflict("sold_out"))
        ));
        for warehouse in &got {
            reservations::release(tx.conn(), sku, *warehouse, 1, "test")
                .await
                .expect("released");
        }
        assert!(
            matches!(
                reservations::release(tx.conn(), sku, got[0], 1, "test").await,
                Err(DomainError::Conflict("not_reserved"))
            ),
            "nothing more to give back"
        );
        assert!(matches!(
            reservations::reserve(tx.conn(), sku, 0, "test").await,
            Err(DomainError::Invalid {
                field: "quantity",
                ..
            })
        ));
        tx.commit().await.expect("commit");
        let back = inventory::sku_availability(&db, sku)
            .await
            .expect("availability")
            .expect("exists");
        assert_eq!(
            back.available, available,
            "released pieces can be sold again"
        );
    })
    .await;
}
