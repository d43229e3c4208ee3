//! Listing tests: scopes, sorts, filters and their counts, sales and ratings.
//! Every test runs on SQLite and on PostgreSQL (see `domain::testing`).

mod common;

use common::demo;
use domain::catalog::{self, BrowseRequest, Filters, Scope, Sort, PRICE_BANDS};
use domain::ids::{CategoryId, ProductId};
use domain::testing::each_database;
use domain::{Db, Money};

fn request(scope: Scope) -> BrowseRequest {
    BrowseRequest {
        scope,
        filters: Filters::default(),
        sort: Sort::Recommended,
        page: 1,
        per_page: 60,
    }
}

async fn series_scope(db: &Db, index: usize) -> Scope {
    let menu = catalog::menu(db).await.expect("menu");
    Scope::Series(menu[index].series.id)
}

async fn total(db: &Db, request: &BrowseRequest) -> i64 {
    catalog::browse(db, request).await.expect("browse").total
}

/// Every product of a listing, page by page.
async fn all_pages(db: &Db, mut request: BrowseRequest) -> Vec<catalog::ProductSummary> {
    let mut out = Vec::new();
    loop {
        let page = catalog::browse(db, &request).await.expect("page");
        out.extend(page.products);
        if page.page >= page.pages {
            return out;
        }
        request.page += 1;
    }
}

#[tokio::test]
async fn a_big_class_lists_its_small_classes_and_pages_never_overlap() {
    each_database(|db| async move {
        demo(&db).await;
        let menu = catalog::menu(&db).await.expect("menu");
        let big = &menu[0].big_classes[0];
        let mut ids = vec![big.class.id];
        ids.extend(big.small_classes.iter().map(|c| c.id));
        let whole = total(&db, &request(Scope::Classes(ids))).await;
        let mut sum = 0;
        for small in &big.small_classes {
            sum += total(&db, &request(Scope::Classes(vec![small.id]))).await;
        }
        assert!(whole > 0);
        assert_eq!(whole, sum, "a big class lists its small classes' products");

        let products = all_pages(
            &db,
            BrowseRequest {
                per_page: 20,
                ..request(series_scope(&db, 1).await)
            },
        )
        .await;
        let mut seen: Vec<ProductId> = products.iter().map(|p| p.id).collect();
        let listed = seen.len() as i64;
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len() as i64, listed, "no product on two pages");
        assert_eq!(
            listed,
            total(&db, &request(series_scope(&db, 1).await)).await
        );
    })
    .await;
}

#[tokio::test]
async fn every_sort_orders_the_whole_listing() {
    each_database(|db| async move {
        demo(&db).await;
        let scope = series_scope(&db, 1).await;
        let created: std::collections::HashMap<i64, i64> =
            sqlx::query_as::<_, (i64, i64)>("SELECT id, created_at FROM products")
                .fetch_all(db.pool())
                .await
                .expect("created")
                .into_iter()
                .collect();
        for sort in Sort::ALL {
            let products = all_pages(
                &db,
                BrowseRequest {
                    sort,
                    ..request(scope.clone())
                },
            )
            .await;
            assert!(products.len() > 20, "{sort:?} lists the series");
            for pair in products.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                let ordered = match sort {
                    Sort::Recommended => true, // staff's rank is not on the card; checked below
                    Sort::Sales => a.sales_count >= b.sales_count,
                    Sort::PriceAsc => a.sale_price <= b.sale_price,
                    Sort::PriceDesc => a.sale_price >= b.sale_price,
                    Sort::Rating => a.rating_avg >= b.rating_avg,
                    Sort::Newest => created[&a.id.0] >= created[&b.id.0],
                };
                assert!(ordered, "{sort:?}: {} before {}", a.slug, b.slug);
            }
        }
        // Recommended: lifted products first, in the shop's rank order.
        let ranks: std::collections::HashMap<i64, i64> =
            sqlx::query_as::<_, (i64, i64)>("SELECT id, featured_rank FROM products")
                .fetch_all(db.pool())
                .await
                .expect("ranks")
                .into_iter()
                .collect();
        let products = all_pages(&db, request(scope)).await;
        let order: Vec<i64> = products.iter().map(|p| ranks[&p.id.0]).collect();
        assert!(
            order.windows(2).all(|w| w[0] >= w[1]),
            "featured rank descends"
        );
        assert!(order[0] > 0, "the demo shop lifts some products");
    })
    .await;
}

#[tokio::test]
async fn facet_counts_are_what_choosing_the_value_would_list() {
    each_database(|db| async move {
        demo(&db).await;
        let scope = series_scope(&db, 1).await;
        let attributes = catalog::attributes(&db).await.expect("attributes");
        let colours = attributes
            .iter()
            .find(|a| a.code == "colour")
            .expect("colours");
        let base = catalog::browse(&db, &request(scope.clone()))
            .await
            .expect("base");
        // Pick the colour with most products, then check every facet under that filter.
        let (&colour, _) = base
            .facets
            .values
            .iter()
            .filter(|(id, _)| colours.values.iter().any(|v| v.id == **id))
            .max_by_key(|(id, n)| (**n, id.0))
            .expect("a colour with products");
        let filtered = BrowseRequest {
            filters: Filters {
                values: vec![("colour".into(), vec![colour])],
                ..Filters::default()
            },
            ..request(scope.clone())
        };
        let page = catalog::browse(&db, &filtered).await.expect("filtered");
        assert!(page.total > 0 && page.total < base.total);
        assert_eq!(page.facets.values.get(&colour), Some(&page.total));

        for (brand, count) in &page.facets.brands {
            let mut with_brand = filtered.clone();
            with_brand.filters.brands = vec![*brand];
            assert_eq!(total(&db, &with_brand).await, *count, "brand {brand}");
        }
        // Other colours are counted as if chosen instead (values of one attribute are alternatives).
        for value in &colours.values {
            let count = page.facets.values.get(&value.id).copied().unwrap_or(0);
            let mut instead = filtered.clone();
            instead.filters.values = vec![("colour".into(), vec![value.id])];
            assert_eq!(total(&db, &instead).await, count, "colour {}", value.code);
        }
        // Values of other attributes are counted under the colour filter.
        let style = attributes
            .iter()
            .find(|a| a.code == "style")
            .expect("styles");
        for value in &style.values {
            let count = page.facets.values.get(&value.id).copied().unwrap_or(0);
            let mut also = filtered.clone();
            also.filters.values.push(("style".into(), vec![value.id]));
            assert_eq!(total(&db, &also).await, count, "style {}", value.code);
        }
        for (band, count) in PRICE_BANDS.iter().zip(&page.facets.price_bands) {
            let mut priced = filtered.clone();
            priced.filters.price_min = Some(band.min);
            priced.filters.price_max = band.max.map(|m| Money(m.0 - 1));
            assert_eq!(
                total(&db, &priced).await,
                *count,
                "band from {}",
                band.min.0
            );
        }
        assert_eq!(page.facets.price_bands.iter().sum::<i64>(), page.total);
    })
    .await;
}

#[tokio::test]
async fn values_of_one_attribute_are_alternatives_and_filters_combine() {
    each_database(|db| async move {
        demo(&db).await;
        let scope = series_scope(&db, 1).await;
        let base = catalog::browse(&db, &request(scope.clone()))
            .await
            .expect("base");
        let colours = catalog::attributes(&db)
            .await
            .expect("attributes")
            .into_iter()
            .find(|a| a.code == "colour")
            .expect("colours");
        let mut present: Vec<_> = colours
            .values
            .iter()
            .filter(|v| base.facets.values.get(&v.id).copied().unwrap_or(0) > 0)
            .map(|v| v.id)
            .collect();
        present.truncate(2);
        let only = |ids: Vec<_>| BrowseRequest {
            filters: Filters {
                values: vec![("colour".into(), ids)],
                ..Filters::default()
            },
            ..request(scope.clone())
        };
        let one = total(&db, &only(vec![present[0]])).await;
        let other = total(&db, &only(vec![present[1]])).await;
        let either = total(&db, &only(present.clone())).await;
        assert!(either >= one.max(other) && either <= one + other);

        let mut narrowed = only(present.clone());
        narrowed.filters.price_max = Some(Money(50_000));
        let cheap = all_pages(&db, narrowed).await;
        assert!(cheap.len() as i64 <= either);
        for p in &cheap {
            assert!(p.sale_price <= Money(50_000));
            let has: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM product_attribute_values WHERE product_id = $1 \
                 AND attribute_value_id IN ({}, {})",
                present[0].0, present[1].0
            ))
            .bind(p.id.0)
            .fetch_one(db.pool())
            .await
            .expect("values");
            assert!(has > 0, "{} has a chosen colour", p.slug);
        }
    })
    .await;
}

#[tokio::test]
async fn tags_and_hostile_requests_are_handled() {
    each_database(|db| async move {
        demo(&db).await;
        let new = catalog::browse(&db, &request(Scope::Tag("new".into())))
            .await
            .expect("tag");
        assert!(new.total > 0);
        let hostile = request(Scope::Tag("'; DROP TABLE products; --".into()));
        assert_eq!(total(&db, &hostile).await, 0);
        assert!(catalog::count_on_shelf(&db).await.expect("count") > 100);

        let far = BrowseRequest {
            page: i64::MAX,
            per_page: 10_000,
            ..request(series_scope(&db, 0).await)
        };
        let page = catalog::browse(&db, &far).await.expect("far page");
        assert_eq!(
            page.page, page.pages,
            "a page past the end shows the last page"
        );
        assert!(
            !page.products.is_empty() && page.products.len() <= 20,
            "unknown page size falls back to 20"
        );
        let none = request(Scope::Classes(vec![CategoryId(i64::MAX)]));
        let empty = catalog::browse(&db, &none).await.expect("no class");
        assert_eq!((empty.total, empty.page, empty.pages), (0, 1, 1));
    })
    .await;
}

#[tokio::test]
async fn recorded_sales_and_ratings_move_rankings_and_sorts() {
    each_database(|db| async move {
        demo(&db).await;
        let now = domain::time::now();
        let (id, class): (i64, i64) =
            sqlx::query_as("SELECT id, category_id FROM products ORDER BY sales_count, id LIMIT 1")
                .fetch_one(db.pool())
                .await
                .expect("slow seller");
        let (product, class) = (ProductId(id), CategoryId(class));
        let mut tx = db.begin_write().await.expect("tx");
        catalog::record_sale(tx.conn(), product, 100_000, now)
            .await
            .expect("sale");
        catalog::record_rating(tx.conn(), product, 5, 1)
            .await
            .expect("rating");
        catalog::record_rating(tx.conn(), product, 4, 1)
            .await
            .expect("rating");
        assert!(catalog::record_rating(tx.conn(), product, 6, 1)
            .await
            .is_err());
        assert!(catalog::record_sale(tx.conn(), product, 0, now)
            .await
            .is_err());
        tx.commit().await.expect("commit");

        let top = catalog::weekly_top(&db, Some(&[class]), now)
            .await
            .expect("class top");
        assert_eq!(top[0].0.id, product);
        assert!(top[0].1 >= 100_000);
        assert!(top.len() <= 10);
        let shop = catalog::weekly_top(&db, None, now).await.expect("shop top");
        assert_eq!(shop[0].0.id, product);
        let by_sales = catalog::browse(
            &db,
            &BrowseRequest {
                sort: Sort::Sales,
                ..request(Scope::Classes(vec![class]))
            },
        )
        .await
        .expect("sales sort");
        assert_eq!(by_sales.products[0].id, product);
        let card = &by_sales.products[0];
        let (sum, count): (i64, i64) =
            sqlx::query_as("SELECT rating_sum, rating_count FROM products WHERE id = $1")
                .bind(id)
                .fetch_one(db.pool())
                .await
                .expect("rating");
        assert_eq!(card.rating_count, count);
        assert_eq!(card.rating_avg, (sum * 100 + count / 2) / count);
        // A sale a week ago no longer counts for this week.
        let old = catalog::weekly_top(&db, Some(&[class]), now + 8 * 86_400)
            .await
            .expect("next week");
        assert!(old.iter().all(|(p, _)| p.id != product));
    })
    .await;
}
