//! Repository tests for stock, content, settings, staff and the database seam: every test runs
//! on SQLite and on PostgreSQL (see `domain::testing`).

mod common;

use common::{demo, some_stocked_sku};
use domain::content::{self, Placement};
use domain::db::Dialect;
use domain::ids::SkuId;
use domain::inventory::{self, MovementReason};
use domain::testing::each_database;
use domain::{settings, staff, DomainError};

#[tokio::test]
async fn stock_moves_write_the_ledger_and_never_go_below_reserved() {
    each_database(|db| async move {
        demo(&db).await;
        assert!(inventory::ledger_balances(&db).await.expect("ledger"));
        let (sku, warehouse, on_hand) = some_stocked_sku(&db).await;
        let before = inventory::sku_availability(&db, sku)
            .await
            .expect("q")
            .expect("sku")
            .available;
        let mut tx = db.begin_write().await.expect("tx");
        inventory::move_stock(
            tx.conn(),
            sku,
            warehouse,
            7,
            MovementReason::Received,
            "PO-1",
        )
        .await
        .expect("receive");
        tx.commit().await.expect("commit");
        let after = inventory::sku_availability(&db, sku)
            .await
            .expect("q")
            .expect("sku")
            .available;
        assert_eq!(after, before + 7);
        let mut tx = db.begin_write().await.expect("tx");
        let too_much = inventory::move_stock(
            tx.conn(),
            sku,
            warehouse,
            -(on_hand + 8),
            MovementReason::CountAdjustment,
            "",
        )
        .await;
        assert!(
            matches!(too_much, Err(DomainError::Conflict(_))),
            "{too_much:?}"
        );
        drop(tx); // rolled back
        assert!(inventory::ledger_balances(&db).await.expect("ledger"));
        assert!(inventory::sku_availability(&db, SkuId(987_654_321))
            .await
            .expect("q")
            .is_none());
    })
    .await;
}

#[tokio::test]
async fn concurrent_writers_queue_instead_of_deadlocking() {
    each_database(|db| async move {
        demo(&db).await;
        let (sku, warehouse, _) = some_stocked_sku(&db).await;
        let before = inventory::sku_availability(&db, sku)
            .await
            .expect("q")
            .expect("sku")
            .available;
        let mut writers = Vec::new();
        for i in 0..16 {
            let db = db.clone();
            writers.push(tokio::spawn(async move {
                let mut tx = db.begin_write().await?;
                // Read, then write in the same transaction: the upgrade that deadlocks under plain BEGIN.
                let _: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stock_movements")
                    .fetch_one(tx.conn())
                    .await?;
                inventory::move_stock(
                    tx.conn(),
                    sku,
                    warehouse,
                    1,
                    MovementReason::Received,
                    &format!("w{i}"),
                )
                .await?;
                tx.commit().await
            }));
        }
        for w in writers {
            w.await.expect("join").expect("writer committed");
        }
        let after = inventory::sku_availability(&db, sku)
            .await
            .expect("q")
            .expect("sku")
            .available;
        assert_eq!(after, before + 16);
        assert!(inventory::ledger_balances(&db).await.expect("ledger"));
    })
    .await;
}

#[tokio::test]
async fn banners_and_announcements_respect_their_time_windows() {
    each_database(|db| async move {
        let now = domain::time::now();
        for (title, starts, ends) in [("live", None, None), ("future", Some(now + 3600), None), ("past", None, Some(now - 1))] {
            sqlx::query(
                "INSERT INTO banners (placement, title_zh, title_en, image_url, starts_at, ends_at) \
                 VALUES ('home_wide', $1, $1, '/x.svg', $2, $3)",
            )
            .bind(title)
            .bind(starts)
            .bind(ends)
            .execute(db.pool())
            .await
            .expect("banner");
        }
        let shown = content::banners(&db, Placement::HomeWide, now).await.expect("banners");
        assert_eq!(shown.iter().map(|b| b.title.en.as_str()).collect::<Vec<_>>(), vec!["live"]);
        sqlx::query("INSERT INTO announcements (title_zh, title_en, starts_at) VALUES ('a', 'a', $1), ('b', 'b', $2)")
            .bind(now - 10)
            .bind(now + 10)
            .execute(db.pool())
            .await
            .expect("announcements");
        let visible = content::announcements(&db, now, 10).await.expect("announcements");
        assert_eq!(visible.len(), 1);
    })
    .await;
}

#[tokio::test]
async fn settings_have_defaults_and_can_be_changed() {
    each_database(|db| async move {
        assert_eq!(
            settings::shop(&db).await.expect("defaults").currency_symbol,
            "¥"
        );
        settings::set(&db, "contact_email", "help@shop.cn")
            .await
            .expect("set");
        settings::set(&db, "contact_email", "care@shop.cn")
            .await
            .expect("overwrite");
        assert_eq!(
            settings::shop(&db).await.expect("read").contact_email,
            "care@shop.cn"
        );
    })
    .await;
}

#[tokio::test]
async fn administrators_are_created_once_and_can_authenticate() {
    each_database(|db| async move {
        assert_eq!(staff::count_administrators(&db).await.expect("count"), 0);
        staff::create_administrator(&db, "Boss@Shop.cn", "a long enough secret")
            .await
            .expect("create");
        assert_eq!(staff::count_administrators(&db).await.expect("count"), 1);
        let again = staff::create_administrator(&db, "boss@shop.cn", "another long secret").await;
        assert!(matches!(again, Err(DomainError::Conflict(_))));
        let short = staff::create_administrator(&db, "other@shop.cn", "short").await;
        assert!(matches!(
            short,
            Err(DomainError::Invalid {
                field: "password",
                ..
            })
        ));
        assert!(
            staff::authenticate(&db, "boss@shop.cn", "a long enough secret")
                .await
                .expect("auth")
                .is_some()
        );
        assert!(staff::authenticate(&db, "boss@shop.cn", "wrong")
            .await
            .expect("auth")
            .is_none());
        assert!(
            staff::authenticate(&db, "nobody@shop.cn", "a long enough secret")
                .await
                .expect("auth")
                .is_none()
        );
    })
    .await;
}

#[tokio::test]
async fn the_dialect_follows_the_url() {
    each_database(|db| async move {
        let version: String = match db.dialect() {
            Dialect::Sqlite => sqlx::query_scalar("SELECT sqlite_version()")
                .fetch_one(db.pool())
                .await
                .expect("v"),
            Dialect::Postgres => sqlx::query_scalar("SHOW server_version")
                .fetch_one(db.pool())
                .await
                .expect("v"),
        };
        assert!(!version.is_empty());
        if db.dialect() == Dialect::Sqlite {
            let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
                .fetch_one(db.pool())
                .await
                .expect("mode");
            assert_eq!(mode, "wal");
            let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
                .fetch_one(db.pool())
                .await
                .expect("fk");
            assert_eq!(fk, 1);
        }
    })
    .await;
}
