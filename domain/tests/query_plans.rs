//! Query plans of listing pages: every sort in every scope reads through an index, on SQLite and
//! on PostgreSQL, so a page stays fast however large the catalog grows.

mod common;

use common::demo;
use domain::catalog::{self, BrowseRequest, Filters, Scope, Sort};
use domain::db::Dialect;
use domain::testing::each_database;
use domain::Db;

fn request(scope: Scope) -> BrowseRequest {
    BrowseRequest {
        scope,
        filters: Filters::default(),
        sort: Sort::Recommended,
        page: 1,
        per_page: 20,
    }
}

/// The first page of every sort in every scope reads through an index and needs no sort step.
#[tokio::test]
async fn listing_pages_are_read_through_indexes() {
    each_database(|db| async move {
        demo(&db).await;
        let menu = catalog::menu(&db).await.expect("menu");
        let small = menu[0].big_classes[0].small_classes[0].id;
        let brand = catalog::brands(&db).await.expect("brands")[0].brand.id;
        let scopes = [
            Scope::Classes(vec![small]),
            Scope::Series(menu[0].series.id),
            Scope::Brand(brand),
        ];
        for scope in scopes {
            for sort in Sort::ALL {
                let sql = catalog::first_page_statement(
                    &db,
                    &BrowseRequest {
                        sort,
                        ..request(scope.clone())
                    },
                )
                .await
                .expect("statement");
                let plan = plan(&db, &sql).await;
                // PostgreSQL prints the card's subqueries (image, stock) after the main plan.
                let main = plan.split("SubPlan").next().unwrap_or_default();
                match db.dialect() {
                    Dialect::Sqlite => {
                        assert!(
                            plan.contains("INDEX products_"),
                            "{scope:?} {sort:?}:\n{plan}"
                        );
                        assert!(
                            !plan.contains("TEMP B-TREE"),
                            "{scope:?} {sort:?} sorts:\n{plan}"
                        );
                        assert!(
                            !plan.lines().any(|l| l.contains("SCAN ")),
                            "{scope:?} {sort:?} scans:\n{plan}"
                        );
                    }
                    Dialect::Postgres => {
                        assert!(
                            main.contains("Index") && main.contains("on products p"),
                            "{scope:?} {sort:?}:\n{plan}"
                        );
                        assert!(!plan.contains("Sort"), "{scope:?} {sort:?} sorts:\n{main}");
                    }
                }
            }
        }
    })
    .await;
}

/// A rare tag's listing starts from the tag's few products (through the tag index, then each
/// product by its key) instead of walking the whole shelf in sort order looking for them.
#[tokio::test]
async fn a_rare_tag_listing_starts_from_the_tag() {
    each_database(|db| async move {
        demo(&db).await;
        for sort in Sort::ALL {
            let sql = catalog::first_page_statement(
                &db,
                &BrowseRequest {
                    sort,
                    ..request(Scope::Tag("eco".into()))
                },
            )
            .await
            .expect("statement")
            .replace("$1", "'eco'");
            let plan = plan(&db, &sql).await;
            match db.dialect() {
                Dialect::Sqlite => {
                    assert!(plan.contains("INDEX product_tags_tag"), "{sort:?}:\n{plan}");
                    assert!(plan.contains("INTEGER PRIMARY KEY"), "{sort:?}:\n{plan}");
                    assert!(
                        !plan.contains("products_shop"),
                        "{sort:?} walks the shelf:\n{plan}"
                    );
                }
                Dialect::Postgres => {
                    assert!(plan.contains("product_tags"), "{sort:?}:\n{plan}");
                    assert!(
                        !plan.contains("products_shop"),
                        "{sort:?} walks the shelf:\n{plan}"
                    );
                }
            }
        }
    })
    .await;
}

/// The query plan, with PostgreSQL told to prefer indexes (a tiny table would be scanned anyway,
/// so the test asks whether an index *can* serve the query, which is what matters at 100k).
async fn plan(db: &Db, sql: &str) -> String {
    let mut conn = db.pool().acquire().await.expect("connection");
    match db.dialect() {
        Dialect::Sqlite => {
            let rows: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .fetch_all(&mut *conn)
                    .await
                    .expect("plan");
            rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n")
        }
        Dialect::Postgres => {
            for setting in [
                "SET enable_seqscan = off",
                "SET enable_sort = off",
                "SET enable_bitmapscan = off",
            ] {
                sqlx::query(setting)
                    .execute(&mut *conn)
                    .await
                    .expect("setting");
            }
            let rows: Vec<(String,)> = sqlx::query_as(&format!("EXPLAIN {sql}"))
                .fetch_all(&mut *conn)
                .await
                .expect("plan");
            for setting in [
                "RESET enable_seqscan",
                "RESET enable_sort",
                "RESET enable_bitmapscan",
            ] {
                sqlx::query(setting)
                    .execute(&mut *conn)
                    .await
                    .expect("reset");
            }
            rows.into_iter().map(|r| r.0).collect::<Vec<_>>().join("\n")
        }
    }
}
