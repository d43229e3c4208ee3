//! Tests of the seeders, on SQLite and PostgreSQL (see `crate::testing`).

use super::{demo_shop, generated_products};
use crate::content::{self, Placement};
use crate::db::Db;
use crate::inventory;
use crate::testing::{each_database, fresh_sqlite};
use std::path::Path;

async fn scalar(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn file_of(media: &Path, url: &str) -> std::path::PathBuf {
    media.join(url.trim_start_matches("/media/"))
}

fn url_safe(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

#[tokio::test]
async fn demo_shop_fills_both_series_with_stock_images_and_content() {
    each_database(|db| async move {
        let media = tempfile::tempdir().expect("media dir");
        let report = demo_shop(&db, media.path()).await.expect("seed");
        assert!(!report.skipped);
        assert!((180..=220).contains(&report.products), "{} products", report.products);
        let on_shelf = scalar(&db, "SELECT COUNT(*) FROM products WHERE status = 'on_shelf'").await;
        assert_eq!(on_shelf as usize, report.products);
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM skus").await as usize, report.skus);
        let per_series: Vec<(String, i64)> = sqlx::query_as(
            "SELECT s.slug, COUNT(p.id) FROM series s LEFT JOIN products p ON p.series_id = s.id GROUP BY s.slug ORDER BY s.slug",
        )
        .fetch_all(db.pool())
        .await
        .expect("per series");
        assert_eq!(per_series.len(), 2);
        assert!(per_series.iter().all(|(_, n)| *n >= 60), "{per_series:?}");
        assert_eq!(
            scalar(&db, "SELECT COUNT(*) FROM products p WHERE (SELECT COUNT(*) FROM skus s WHERE s.product_id = p.id) < 2").await,
            0,
            "every product has at least two SKUs"
        );
        assert_eq!(
            scalar(&db, "SELECT COUNT(*) FROM products p WHERE p.list_price <> (SELECT MIN(list_price) FROM skus s WHERE s.product_id = p.id) \
                         OR p.sale_price <> (SELECT MIN(sale_price) FROM skus s WHERE s.product_id = p.id)").await,
            0,
            "headline prices are the lowest SKU prices"
        );
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM skus WHERE sale_price > list_price OR cost_price >= list_price").await, 0);
        assert!(scalar(&db, "SELECT COUNT(*) FROM skus WHERE sale_price < list_price").await > 0, "some are discounted");

        let images: Vec<(i64, String)> =
            sqlx::query_as("SELECT product_id, url FROM product_images").fetch_all(db.pool()).await.expect("images");
        for (_, url) in &images {
            assert!(file_of(media.path(), url).is_file(), "{url} exists");
        }
        assert_eq!(
            scalar(&db, "SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id)").await,
            0
        );
        let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM products").fetch_all(db.pool()).await.expect("slugs");
        assert!(slugs.iter().all(|s| url_safe(s)), "slugs are URL-safe");

        let available: Vec<i64> = sqlx::query_scalar(
            "SELECT CAST(COALESCE(SUM(l.on_hand - l.reserved), 0) AS BIGINT) FROM skus s \
             LEFT JOIN stock_levels l ON l.sku_id = s.id GROUP BY s.id",
        )
        .fetch_all(db.pool())
        .await
        .expect("availability");
        assert!(available.contains(&0), "some SKU is sold out");
        assert!(available.iter().any(|n| (1..=3).contains(n)), "some SKU is nearly sold out");
        assert!(scalar(&db, "SELECT COUNT(DISTINCT warehouse_id) FROM stock_levels").await >= 2);
        assert!(inventory::ledger_balances(&db).await.expect("ledger"));

        let now = crate::time::now();
        let carousel = content::banners(&db, Placement::HomeCarousel, now).await.expect("carousel");
        assert_eq!(carousel.len(), 3, "the expired banner is hidden");
        assert_eq!(content::banners(&db, Placement::HomeWide, now).await.expect("wide").len(), 2);
        for banner in &carousel {
            assert!(file_of(media.path(), &banner.image_url).is_file());
            assert!(banner.link_url.starts_with("/series/") || banner.link_url.starts_with("/class/"));
        }
        assert!(content::announcements(&db, now, 10).await.expect("announcements").len() >= 3);
        assert_eq!(crate::settings::shop(&db).await.expect("settings").contact_email, "service@emporium.example");

        let again = demo_shop(&db, media.path()).await.expect("second run");
        assert!(again.skipped);
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM products").await as usize, report.products);
    })
    .await;
}

#[tokio::test]
async fn generated_products_add_on_top_with_unique_slugs_and_a_balanced_ledger() {
    each_database(|db| async move {
        let media = tempfile::tempdir().expect("media dir");
        let demo = demo_shop(&db, media.path()).await.expect("demo");
        let report = generated_products(&db, 500, media.path()).await.expect("generate");
        assert_eq!(report.products, 500);
        assert!(!report.skipped);
        let second = generated_products(&db, 30, media.path()).await.expect("generate again");
        assert_eq!(second.products, 30);
        let total = scalar(&db, "SELECT COUNT(*) FROM products").await as usize;
        assert_eq!(total, demo.products + 530);
        assert_eq!(scalar(&db, "SELECT COUNT(DISTINCT slug) FROM products").await as usize, total);
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM products WHERE slug LIKE 'gen-%'").await, 530);
        assert_eq!(
            scalar(&db, "SELECT COUNT(*) FROM skus").await as usize,
            demo.skus + report.skus + second.skus
        );
        assert_eq!(
            scalar(&db, "SELECT COUNT(*) FROM products p WHERE p.slug LIKE 'gen-%' AND \
                         (SELECT COUNT(*) FROM skus s WHERE s.product_id = p.id) NOT BETWEEN 2 AND 6").await,
            0,
            "two to six SKUs each"
        );
        assert!(inventory::ledger_balances(&db).await.expect("ledger"));
        let urls: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT url FROM product_images").fetch_all(db.pool()).await.expect("urls");
        assert!(urls.iter().all(|u| file_of(media.path(), u).is_file()));
        let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM products").fetch_all(db.pool()).await.expect("slugs");
        assert!(slugs.iter().all(|s| url_safe(s)));
        // Rows inserted without explicit ids still get fresh ones (sequences caught up on PostgreSQL).
        let product: i64 = scalar(&db, "SELECT MAX(id) FROM products").await;
        sqlx::query("INSERT INTO product_images (product_id, url) VALUES ($1, '/media/products/x.svg')")
            .bind(product)
            .execute(db.pool())
            .await
            .expect("image with a generated id");
        let sku: i64 = scalar(&db, "SELECT MIN(id) FROM skus").await;
        let mut tx = db.begin_write().await.expect("tx");
        inventory::move_stock(tx.conn(), crate::ids::SkuId(sku), crate::ids::WarehouseId(1), 1, inventory::MovementReason::Received, "t")
            .await
            .expect("movement with a generated id");
        tx.commit().await.expect("commit");
    })
    .await;
}

#[tokio::test]
async fn generating_into_an_empty_database_seeds_the_demo_shop_first() {
    let (_dir, db) = fresh_sqlite().await;
    let media = tempfile::tempdir().expect("media dir");
    let report = generated_products(&db, 20, media.path())
        .await
        .expect("generate");
    assert_eq!(report.products, 20);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM series").await, 2);
    assert!(scalar(&db, "SELECT COUNT(*) FROM products").await > 200);
}

#[tokio::test]
async fn the_demo_shop_is_the_same_every_time() {
    let mut catalogs = Vec::new();
    for _ in 0..2 {
        let (_dir, db) = fresh_sqlite().await;
        let media = tempfile::tempdir().expect("media dir");
        demo_shop(&db, media.path()).await.expect("seed");
        let rows: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT slug, name_en, list_price FROM products ORDER BY id")
                .fetch_all(db.pool())
                .await
                .expect("rows");
        catalogs.push(rows);
    }
    assert_eq!(catalogs[0], catalogs[1]);
}

#[tokio::test]
async fn the_demo_guestbook_shows_answered_questions_once() {
    use crate::guestbook::reading::{self, Reader};
    each_database(|db| async move {
        let admin =
            crate::staff::create_administrator(&db, "admin@shop.example", "a long password")
                .await
                .expect("administrator");
        let now = crate::time::now();
        let added = super::demo_guestbook(&db, admin, now).await.expect("seed");
        assert!(added >= 5, "{added} posts");
        assert_eq!(
            super::demo_guestbook(&db, admin, now).await.expect("again"),
            0
        );
        let anyone = Reader {
            member: None,
            key_hash: String::new(),
        };
        let page = reading::page(&db, &anyone, "", "", 1).await.expect("page");
        assert_eq!(page.posts.len(), added, "every demo post is public");
        assert!(page.posts[0].pinned, "the pinned question leads");
        assert!(page.posts[1..]
            .windows(2)
            .all(|w| w[0].created_at >= w[1].created_at));
        for listed in &page.posts {
            let post = reading::post(&db, &anyone, listed.id)
                .await
                .expect("post")
                .expect("shown");
            assert_eq!(
                post.replies.len(),
                1,
                "{} has the shop's answer",
                post.title
            );
            assert_eq!(post.replies[0].staff_name, "Administrator");
        }
        // Their words are in the search index, in either language.
        let found = reading::page(&db, &anyone, "", "量体", 1)
            .await
            .expect("search");
        assert!(found.total >= 1);
        let found = reading::page(&db, &anyone, "", "overcoats", 1)
            .await
            .expect("search");
        assert_eq!(found.posts.len(), 1);
    })
    .await;
}
