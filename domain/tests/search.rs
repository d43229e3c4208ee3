//! The search engine's relevance suite: fixed queries (Chinese, English, mixed, prefixes,
//! misspellings, synonyms, attribute words) over the demo shop, each with what its top results
//! must be, run on SQLite and on PostgreSQL alike.

mod common;

use common::demo;
use domain::ids::ProductId;
use domain::search;
use domain::testing::each_database;
use domain::Db;

/// What each of the top results must be.
#[derive(Clone, Copy, Debug)]
enum Want {
    /// The Chinese or English name contains this (case-insensitive).
    Name(&'static str),
    Brand(&'static str),
    /// The small class's English name contains this.
    Class(&'static str),
    Series(&'static str),
    /// One of the product's attribute values (English) is this.
    Attribute(&'static str),
    Both(&'static Want, &'static Want),
    /// Any of the two.
    Either(&'static Want, &'static Want),
}

struct Case {
    typed: &'static str,
    /// How many top results are checked (they must exist).
    top: usize,
    want: Want,
}

const fn case(typed: &'static str, top: usize, want: Want) -> Case {
    Case { typed, top, want }
}

use Want::*;

const CASES: &[Case] = &[
    // Chinese: whole words, substrings of names, one- and two-character queries
    case("衬衫", 5, Name("衬衫")),
    case("牛仔裤", 3, Class("Jeans")),
    case("领带", 2, Class("Ties")),
    case("腰带", 2, Class("Belts")),
    case("围巾", 1, Class("Scarves")),
    case("大衣", 3, Name("大衣")),
    case("风衣", 2, Name("风衣")),
    case("夹克", 3, Name("夹克")),
    case("连衣裙", 3, Class("Dresses")),
    case("半身裙", 3, Class("Skirts")),
    case("毛衣", 3, Name("毛衣")),
    case("马甲", 2, Class("Waistcoats")),
    case("西裤", 3, Class("Trousers")),
    case("真丝", 5, Either(&Name("真丝"), &Attribute("Silk"))),
    case("羊绒", 3, Either(&Name("羊绒"), &Attribute("Cashmere"))),
    case("澜庭", 5, Brand("Lanting")),
    case("墨裁", 5, Brand("Mocai")),
    case("切斯特菲尔德", 2, Name("Chesterfield")),
    case("菲尔德", 2, Name("Chesterfield")),
    case("三件套", 2, Class("Three-piece")),
    case("纽扣领", 1, Name("Button-down")),
    case("裙", 5, Name("裙")),
    case("藏青", 5, Attribute("Navy")),
    // Synonyms
    case("衬衣", 5, Name("衬衫")),
    case("西服", 3, Either(&Name("西服"), &Name("西装"))),
    case("T恤", 3, Class("T-shirts")),
    case("tee", 3, Class("T-shirts")),
    case("pants", 3, Name("Trousers")),
    // English: words and stems
    case("shirt", 5, Name("shirt")),
    case("shirts", 5, Name("shirt")),
    case("jeans", 3, Class("Jeans")),
    case("tie", 2, Class("Ties")),
    case("belt", 2, Class("Belts")),
    case("scarf", 1, Class("Scarves")),
    case("trench", 2, Name("Trench")),
    case("chesterfield", 2, Name("Chesterfield")),
    case(
        "cashmere",
        3,
        Either(&Name("Cashmere"), &Attribute("Cashmere")),
    ),
    case("linen", 5, Either(&Name("Linen"), &Attribute("Linen"))),
    case("lanting", 5, Brand("Lanting")),
    case("heming", 2, Brand("Heming")),
    case("harrington", 1, Name("Harrington")),
    case("bomber jacket", 2, Name("Bomber")),
    case("denim jacket", 2, Class("Denim Jackets")),
    case("three-piece suit", 2, Class("Three-piece")),
    case("tweed", 3, Either(&Name("Tweed"), &Attribute("Tweed"))),
    case("midi", 3, Name("Midi")),
    case("waistcoats", 1, Class("Waistcoats")),
    case("tailored", 5, Series("Tailored")),
    case("NAVY", 5, Attribute("Navy")),
    // Prefixes of the last word, as while typing
    case(
        "cashm",
        3,
        Either(&Name("Cashmere"), &Attribute("Cashmere")),
    ),
    case("harr", 1, Name("Harrington")),
    case("chester", 2, Name("Chesterfield")),
    case("pol", 3, Class("Polo")),
    case("silk sc", 1, Both(&Name("Silk"), &Class("Scarves"))),
    // Misspellings (one edit)
    case(
        "cashmre",
        3,
        Either(&Name("Cashmere"), &Attribute("Cashmere")),
    ),
    case("trosuers", 3, Name("Trousers")),
    case("harrignton", 1, Name("Harrington")),
    case("flanel shirt", 2, Both(&Name("Flannel"), &Name("Shirt"))),
    case("jaket", 3, Name("Jacket")),
    // Mixed Chinese and English
    case("Lanting 衬衫", 3, Both(&Brand("Lanting"), &Name("衬衫"))),
    case("羊毛 coat", 2, Both(&Name("羊毛"), &Name("Coat"))),
    case("silk 领带", 1, Both(&Name("Silk"), &Class("Ties"))),
    case("Polo衫", 3, Class("Polo")),
    case("ＬＩＮＥＮ", 3, Either(&Name("Linen"), &Attribute("Linen"))),
];

struct Info {
    names: String,
    brand: String,
    class: String,
    series: String,
    attributes: Vec<String>,
}

async fn info(db: &Db, id: ProductId) -> Info {
    let (name_zh, name_en, brand, class, series): (String, String, String, String, String) =
        sqlx::query_as(
            "SELECT p.name_zh, p.name_en, b.name_en, c.name_en, s.name_en FROM products p \
             JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id \
             JOIN series s ON s.id = p.series_id WHERE p.id = $1",
        )
        .bind(id.0)
        .fetch_one(db.pool())
        .await
        .expect("product");
    let attributes: Vec<(String,)> = sqlx::query_as(
        "SELECT v.value_en FROM product_attribute_values pv \
         JOIN attribute_values v ON v.id = pv.attribute_value_id WHERE pv.product_id = $1",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await
    .expect("attributes");
    Info {
        names: format!("{name_zh} {name_en}").to_lowercase(),
        brand,
        class,
        series,
        attributes: attributes.into_iter().map(|(a,)| a).collect(),
    }
}

fn satisfies(info: &Info, want: &Want) -> bool {
    match want {
        Name(s) => info.names.contains(&s.to_lowercase()),
        Brand(s) => info.brand.contains(s),
        Class(s) => info.class.contains(s),
        Series(s) => info.series.contains(s),
        Attribute(s) => info.attributes.iter().any(|a| a == s),
        Both(a, b) => satisfies(info, a) && satisfies(info, b),
        Either(a, b) => satisfies(info, a) || satisfies(info, b),
    }
}

#[tokio::test]
async fn fixed_queries_find_what_they_should_on_both_databases() {
    assert!(CASES.len() >= 50);
    each_database(|db| async move {
        demo(&db).await;
        let mut failures = Vec::new();
        for case in CASES {
            let found = search::search(&db, case.typed).await.expect("search");
            if found.hits.len() < case.top {
                failures.push(format!("{:?}: {} results", case.typed, found.hits.len()));
                continue;
            }
            for (rank, hit) in found.hits.iter().take(case.top).enumerate() {
                let info = info(&db, hit.id).await;
                if !satisfies(&info, &case.want) {
                    failures.push(format!(
                        "{:?} #{}: {} / {} / {} — wanted {:?}",
                        case.typed,
                        rank + 1,
                        info.names,
                        info.brand,
                        info.class,
                        case.want
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{:?}:\n{}",
            db.dialect(),
            failures.join("\n")
        );
    })
    .await;
}

#[tokio::test]
async fn misspellings_say_what_was_meant_and_nonsense_finds_nothing() {
    each_database(|db| async move {
        demo(&db).await;
        let found = search::search(&db, "harrignton jacket")
            .await
            .expect("search");
        assert_eq!(found.query.corrected.as_deref(), Some("harrington jacket"));
        let found = search::search(&db, "harrington jacket")
            .await
            .expect("search");
        assert_eq!(found.query.corrected, None);
        let found = search::search(&db, "zzqxv").await.expect("search");
        assert!(found.hits.is_empty());
        assert!(search::search(&db, "")
            .await
            .expect("empty")
            .hits
            .is_empty());
    })
    .await;
}

#[tokio::test]
async fn the_index_follows_an_edit_at_once() {
    each_database(|db| async move {
        demo(&db).await;
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM products ORDER BY id LIMIT 1")
            .fetch_one(db.pool())
            .await
            .expect("a product");
        // Searched (and so remembered) before the edit …
        let before = search::search(&db, "Checked Cotton Classic").await.expect("search");
        assert!(before.hits.iter().any(|h| h.id.0 == id));
        let mut tx = db.begin_write().await.expect("tx");
        sqlx::query("UPDATE products SET name_en = 'Quokka Gala Shirt', name_zh = '袋鼠晚宴衬衫' WHERE id = $1")
            .bind(id)
            .execute(tx.conn())
            .await
            .expect("rename");
        search::index_products(tx.conn(), db.dialect(), &[ProductId(id)])
            .await
            .expect("index");
        tx.commit().await.expect("commit");
        for typed in ["quokka", "袋鼠晚宴", "quok"] {
            let found = search::search(&db, typed).await.expect("search");
            assert_eq!(found.hits.first().map(|h| h.id.0), Some(id), "{typed}");
        }
        // … and not remembered after it.
        let old = search::search(&db, "Checked Cotton Classic").await.expect("search");
        assert!(old.hits.iter().all(|h| h.id.0 != id), "the old name is gone");
    })
    .await;
}

#[tokio::test]
async fn hostile_input_finds_something_or_nothing_but_never_fails() {
    each_database(|db| async move {
        demo(&db).await;
        let long = "衬衫 shirt ".repeat(1000);
        let hostile = [
            "",
            " ",
            "\"",
            "*",
            "NEAR(",
            "NEAR(a b)",
            "-",
            ":",
            "a:b",
            "^",
            "'",
            "''",
            "\\",
            "' OR 1=1 --",
            "\"; DROP TABLE products; --",
            "%",
            "_",
            "(((",
            ")",
            "AND",
            "OR NOT",
            "🙂👔",
            "\u{0}\u{7}\u{1b}",
            "\u{202e}shirt",
            "衬衫*",
            "shirt\"*",
            long.as_str(),
        ];
        for typed in hostile {
            let found = search::search(&db, typed).await;
            assert!(found.is_ok(), "{typed:?}: {found:?}");
            let found = found.expect("checked");
            assert!(
                search::nearest(&db, &found.query).await.is_ok(),
                "{typed:?} nearest"
            );
        }
        let found = search::search(&db, &long).await.expect("long");
        assert!(
            !found.hits.is_empty(),
            "a long query still searches its first words"
        );
    })
    .await;
}

#[tokio::test]
async fn hot_searches_are_the_week_s_most_frequent_with_staff_s_pins_and_hides() {
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
                search::log::record(&db, term, results, now - age_days * 86_400)
                    .await
                    .expect("record");
            }
        }
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
