//! Keeping search right while the shop changes: the index follows an edit at once, a product
//! that sells out drops to the end, searches list like listings, suggestions while typing and
//! hot searches — on SQLite and PostgreSQL.

mod common;

use common::{demo, info};
use domain::catalog::{self, BrowseRequest, Scope, Sort};
use domain::ids::ProductId;
use domain::search;
use domain::testing::each_database;
use domain::Db;

#[tokio::test]
async fn the_index_follows_an_edit_at_once() {
    each_database(|db| async move {
        demo(&db).await;
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM products ORDER BY id LIMIT 1")
            .fetch_one(db.pool())
            .await
            .expect("a product");
        // Searched (and so remembered) before the edit …
        let before = search::search(&db, "Checked Cotton Classic")
            .await
            .expect("search");
        assert!(before.hits.iter().any(|h| h.id.0 == id));
        rename(&db, id, "Quokka Gala Shirt", Some("袋鼠晚宴衬衫")).await;
        for typed in ["quokka", "袋鼠晚宴", "quok"] {
            let found = search::search(&db, typed).await.expect("search");
            assert_eq!(found.hits.first().map(|h| h.id.0), Some(id), "{typed}");
        }
        // … and not remembered after it.
        let old = search::search(&db, "Checked Cotton Classic")
            .await
            .expect("search");
        assert!(
            old.hits.iter().all(|h| h.id.0 != id),
            "the old name is gone"
        );
    })
    .await;
}

#[tokio::test]
async fn another_server_sees_an_edit_within_a_second() {
    each_database(|db| async move {
        demo(&db).await;
        let other = db.as_another_server();
        let (id, name): (i64, String) =
            sqlx::query_as("SELECT id, name_en FROM products ORDER BY id LIMIT 1")
                .fetch_one(db.pool())
                .await
                .expect("a product");
        let typed = "Checked Cotton Classic";
        // Both servers remember the search and its first page of cards …
        for server in [&db, &other] {
            assert_eq!(card_name(server, typed, id).await, Some(name.clone()));
        }
        // … then one of them renames the product.
        let renamed = format!("{name} Quokka");
        rename(&db, id, &renamed, None).await;
        assert_eq!(
            card_name(&db, typed, id).await,
            Some(renamed.clone()),
            "at once here"
        );
        assert_eq!(card_name(&db, "quokka", id).await, Some(renamed.clone()));
        tokio::time::sleep(search::generation::POLL + std::time::Duration::from_millis(200)).await;
        assert_eq!(
            card_name(&other, typed, id).await,
            Some(renamed.clone()),
            "within a second"
        );
        assert_eq!(card_name(&other, "quokka", id).await, Some(renamed));
    })
    .await;
}

/// Renames product `id` (in English, and in Chinese when given) and re-indexes it, as an edit
/// in the back office does.
async fn rename(db: &Db, id: i64, en: &str, zh: Option<&str>) {
    let mut tx = db.begin_write().await.expect("tx");
    sqlx::query("UPDATE products SET name_en = $1, name_zh = COALESCE($2, name_zh) WHERE id = $3")
        .bind(en)
        .bind(zh)
        .bind(id)
        .execute(tx.conn())
        .await
        .expect("rename");
    search::index_products(tx.conn(), db.dialect(), &[ProductId(id)])
        .await
        .expect("index");
    tx.commit().await.expect("commit");
}

/// The name on product `id`'s card on the first page of a search for `typed`.
async fn card_name(db: &Db, typed: &str, id: i64) -> Option<String> {
    let request = BrowseRequest {
        scope: Scope::Search(search::understand(db, typed).await.expect("understood")),
        filters: Default::default(),
        sort: Sort::Recommended,
        page: 1,
        per_page: 20,
    };
    let page = catalog::browse(db, &request).await.expect("browse");
    page.products
        .iter()
        .find(|p| p.id.0 == id)
        .map(|p| p.name.en.clone())
}

#[tokio::test]
async fn searches_are_logged_in_batches_and_hot_ones_are_the_week_s_most_frequent() {
    each_database(|db| async move {
        let now = 1_800_000_000;
        for (term, times, results, age_days) in [
            ("Linen", 3, 12, 1),
            ("silk", 5, 9, 2),
            ("tweed", 9, 4, 10), // older than a week
            ("zzqxv", 7, 0, 0),  // found nothing
            ("cheap", 6, 30, 0),
        ] {
            for _ in 0..times {
                search::log::record_later(&db, term, results, now - age_days * 86_400);
            }
        }
        assert_eq!(search::log::hot(&db, now, 10).await.expect("hot"), Vec::<String>::new(),
            "searches wait in memory, to be written together");
        let written = search::log::write_waiting(&db).await.expect("written");
        assert_eq!(written, 30);
        assert_eq!(search::log::write_waiting(&db).await.expect("none left"), 0);
        let hot = search::log::hot(&db, now, 10).await.expect("hot");
        assert_eq!(hot, vec!["cheap", "silk", "linen"]);
        sqlx::query("INSERT INTO search_hot_terms (term, action, position) VALUES ('cheap', 'hide', 0), ('衬衫', 'pin', 1)")
            .execute(db.pool())
            .await
            .expect("staff's choices");
        let hot = search::log::hot(&db, now, 2).await.expect("hot");
        assert_eq!(hot, vec!["衬衫", "silk"]);
        let zero = search::log::zero_result_terms(&db, now, 7).await.expect("zero");
        assert_eq!(zero, vec![("zzqxv".to_string(), 7)]);
    })
    .await;
}

#[tokio::test]
async fn suggestions_offer_products_classes_and_brands_while_typing() {
    each_database(|db| async move {
        demo(&db).await;
        let s = search::suggest(&db, "lant").await.expect("suggest");
        assert!(
            s.brands.iter().any(|b| b.slug == "lanting"),
            "{:?}",
            s.brands
        );
        assert!(!s.products.is_empty() && s.products.len() <= search::suggest::PRODUCTS);
        for id in &s.products {
            assert_eq!(
                info(&db, *id).await.brand,
                "Lanting",
                "a prefix of the brand"
            );
        }
        let s = search::suggest(&db, "衬衫").await.expect("suggest");
        assert!(
            s.classes.iter().any(|c| c.name.zh.contains("衬衫")),
            "{:?}",
            s.classes
        );
        let s = search::suggest(&db, "  ").await.expect("blank");
        assert!(s.products.is_empty() && s.classes.is_empty() && s.brands.is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_search_lists_like_a_listing_with_filters_sorts_and_facets() {
    use domain::catalog::{self, BrowseRequest, Filters, Scope, Sort};
    each_database(|db| async move {
        demo(&db).await;
        let understood = search::understand(&db, "衬衫").await.expect("understand");
        let found = search::search(&db, "衬衫").await.expect("search");
        let request = |sort, filters| BrowseRequest {
            scope: Scope::Search(understood.clone()),
            filters,
            sort,
            page: 1,
            per_page: 20,
        };
        // By relevance: the engine's order, and the count of everything that matches.
        let listed = catalog::browse(&db, &request(Sort::Recommended, Filters::default()))
            .await
            .expect("browse");
        assert_eq!(listed.total, found.hits.len() as i64);
        let ids: Vec<_> = listed.products.iter().map(|p| p.id).collect();
        let best: Vec<_> = found.hits.iter().take(20).map(|h| h.id).collect();
        assert_eq!(ids, best);
        // A brand filter narrows within the matches; its facet counts what it would list.
        let (brand, n) = listed
            .facets
            .brands
            .iter()
            .max_by_key(|(_, n)| **n)
            .map(|(b, n)| (*b, *n))
            .expect("a brand facet");
        let filters = Filters {
            brands: vec![brand],
            ..Filters::default()
        };
        for sort in Sort::ALL {
            let page = catalog::browse(&db, &request(sort, filters.clone()))
                .await
                .expect("filtered");
            assert_eq!(page.total, n, "{sort:?}");
            for p in &page.products {
                let info = info(&db, p.id).await;
                assert!(
                    info.names.contains("衬衫") || info.names.contains("衬衣"),
                    "{sort:?}"
                );
            }
            if sort == Sort::PriceAsc {
                let prices: Vec<_> = page.products.iter().map(|p| p.sale_price).collect();
                assert!(prices.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
            }
        }
        // Nothing typed lists nothing.
        let empty = BrowseRequest {
            scope: Scope::Search(search::understand(&db, " ").await.expect("blank")),
            ..request(Sort::Recommended, Filters::default())
        };
        assert_eq!(catalog::browse(&db, &empty).await.expect("blank").total, 0);
    })
    .await;
}

#[tokio::test]
async fn a_product_that_sells_out_drops_to_the_end_at_once() {
    use domain::ids::{SkuId, WarehouseId};
    use domain::inventory::{self, MovementReason};
    each_database(|db| async move {
        demo(&db).await;
        let first = search::search(&db, "tie").await.expect("search").hits[0].id;
        let levels: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT l.sku_id, l.warehouse_id, l.on_hand - l.reserved FROM stock_levels l \
             JOIN skus s ON s.id = l.sku_id WHERE s.product_id = $1 AND l.on_hand > l.reserved",
        )
        .bind(first.0)
        .fetch_all(db.pool())
        .await
        .expect("stock");
        let mut tx = db.begin_write().await.expect("tx");
        for (sku, warehouse, free) in levels {
            inventory::move_stock(
                tx.conn(),
                SkuId(sku),
                WarehouseId(warehouse),
                -free,
                MovementReason::CountAdjustment,
                "test",
            )
            .await
            .expect("sell out");
        }
        tx.commit().await.expect("commit");
        let hits = search::search(&db, "tie").await.expect("search").hits;
        assert!(hits.len() > 1);
        let last = hits.last().expect("hits");
        assert_eq!(last.id, first, "sold out, last");
        assert!(!last.score.in_stock);
        assert!(hits[..hits.len() - 1].iter().all(|h| h.score.in_stock));
    })
    .await;
}
