//! Catalog repository tests: every test runs on SQLite and on PostgreSQL (see `domain::testing`).

mod common;

use common::demo;
use domain::catalog;
use domain::inventory;
use domain::testing::each_database;

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
