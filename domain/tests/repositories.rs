//! Repository tests: every test runs on SQLite and on PostgreSQL (see `domain::testing`).

use domain::catalog;
use domain::content::{self, Placement};
use domain::db::Dialect;
use domain::ids::{SkuId, WarehouseId};
use domain::inventory::{self, MovementReason};
use domain::testing::each_database;
use domain::{seed, settings, staff, Db, DomainError};

async fn demo(db: &Db) {
    let media = tempfile::tempdir().expect("media dir");
    let report = seed::demo_shop(db, media.path()).await.expect("seed");
    assert!(!report.skipped);
}

/// A SKU of the demo shop and a warehouse it has stock in.
async fn some_stocked_sku(db: &Db) -> (SkuId, WarehouseId, i64) {
    let (sku, warehouse, on_hand): (i64, i64, i64) = sqlx::query_as(
        "SELECT sku_id, warehouse_id, on_hand FROM stock_levels WHERE on_hand > 5 ORDER BY sku_id, warehouse_id LIMIT 1",
    )
    .fetch_one(db.pool())
    .await
    .expect("a stocked SKU");
    (SkuId(sku), WarehouseId(warehouse), on_hand)
}

#[tokio::test]
async fn menu_has_both_series_with_big_and_small_classes() {
    each_database(|db| async move {
        demo(&db).await;
        let menu = catalog::menu(&db).await.expect("menu");
        assert_eq!(menu.len(), 2, "two series");
        for series in &menu {
            assert!(
                !series.big_classes.is_empty(),
                "{} has big classes",
                series.series.slug
            );
            for big in &series.big_classes {
                assert!(big.class.parent_id.is_none());
                assert!(
                    !big.small_classes.is_empty(),
                    "{} has small classes",
                    big.class.slug
                );
                assert!(big
                    .small_classes
                    .iter()
                    .all(|s| s.parent_id == Some(big.class.id)));
            }
            assert!(!series.series.name.zh.is_empty() && !series.series.name.en.is_empty());
        }
    })
    .await;
}

#[tokio::test]
async fn product_detail_has_variants_images_and_stock() {
    each_database(|db| async move {
        demo(&db).await;
        let menu = catalog::menu(&db).await.expect("menu");
        let top = catalog::top_products_in_series(&db, menu[0].series.id, 4)
            .await
            .expect("top products");
        assert_eq!(top.len(), 4);
        let detail = catalog::product_on_shelf(&db, &top[0].slug)
            .await
            .expect("query")
            .expect("on shelf");
        assert!(detail.skus.len() >= 2);
        assert!(!detail.images.is_empty());
        assert!(!detail.colours.is_empty() && !detail.sizes.is_empty());
        for sku in &detail.skus {
            assert!(sku.sale_price <= sku.list_price);
            let live = inventory::sku_availability(&db, sku.id)
                .await
                .expect("availability")
                .expect("exists");
            assert_eq!(
                live.available, sku.available,
                "page stock equals live stock for {}",
                sku.code
            );
        }
        assert!(detail.sale_price <= detail.list_price);
        assert!(catalog::product_on_shelf(&db, "no-such-product")
            .await
            .expect("query")
            .is_none());
    })
    .await;
}

#[tokio::test]
async fn products_off_the_shelf_are_hidden() {
    each_database(|db| async move {
        demo(&db).await;
        let slug: String = sqlx::query_scalar("SELECT slug FROM products ORDER BY id LIMIT 1")
            .fetch_one(db.pool())
            .await
            .expect("a product");
        let before = catalog::count_on_shelf(&db).await.expect("count");
        sqlx::query("UPDATE products SET status = 'off_shelf' WHERE slug = $1")
            .bind(&slug)
            .execute(db.pool())
            .await
            .expect("take off shelf");
        assert!(catalog::product_on_shelf(&db, &slug)
            .await
            .expect("query")
            .is_none());
        assert_eq!(
            catalog::count_on_shelf(&db).await.expect("count"),
            before - 1
        );
    })
    .await;
}

#[tokio::test]
async fn class_listing_includes_small_classes_of_a_big_class_and_pages() {
    each_database(|db| async move {
        demo(&db).await;
        let menu = catalog::menu(&db).await.expect("menu");
        let big = &menu[0].big_classes[0];
        let whole = catalog::products_in_category(&db, big.class.id, 1, 1000)
            .await
            .expect("big class");
        let mut sum = 0;
        for small in &big.small_classes {
            sum += catalog::products_in_category(&db, small.id, 1, 1000)
                .await
                .expect("small class")
                .total;
        }
        assert_eq!(
            whole.total, sum,
            "a big class lists its small classes' products"
        );
        let page1 = catalog::products_in_category(&db, big.class.id, 1, 2)
            .await
            .expect("page 1");
        let page2 = catalog::products_in_category(&db, big.class.id, 2, 2)
            .await
            .expect("page 2");
        assert_eq!(page1.products.len(), 2);
        assert_ne!(page1.products[0].id, page2.products[0].id);
        let beyond = catalog::products_in_category(&db, big.class.id, 10_000, 20)
            .await
            .expect("far page");
        assert!(beyond.products.is_empty());
    })
    .await;
}

#[tokio::test]
async fn name_search_matches_both_languages_and_escapes_wildcards() {
    each_database(|db| async move {
        demo(&db).await;
        let (zh, en): (String, String) =
            sqlx::query_as("SELECT name_zh, name_en FROM products ORDER BY id LIMIT 1")
                .fetch_one(db.pool())
                .await
                .expect("a product");
        let zh_word: String = zh.chars().take(2).collect();
        assert!(
            catalog::name_contains(&db, &zh_word, 1, 20)
                .await
                .expect("zh")
                .total
                >= 1
        );
        let en_word = en.split_whitespace().next().expect("a word").to_uppercase();
        assert!(
            catalog::name_contains(&db, &en_word, 1, 20)
                .await
                .expect("en")
                .total
                >= 1,
            "case-insensitive"
        );
        assert_eq!(
            catalog::name_contains(&db, "%", 1, 20)
                .await
                .expect("percent")
                .total,
            0
        );
        assert_eq!(
            catalog::name_contains(&db, "_", 1, 20)
                .await
                .expect("underscore")
                .total,
            0
        );
        assert_eq!(
            catalog::name_contains(&db, "   ", 1, 20)
                .await
                .expect("blank")
                .total,
            0
        );
    })
    .await;
}

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
