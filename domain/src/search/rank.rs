//! Ranking matches: text relevance first (name above brand and classes, above attributes, above
//! the rest), raised a little by sales and rating; sold-out products last. Every score keeps its
//! parts, so a debug view can show why a product ranks where it does.

use super::query::Query;
use crate::db::{Db, Dialect};
use crate::error::DomainResult;
use crate::ids::ProductId;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::Duration;

/// The best matches ranked at most; further pages of a relevance-sorted search end there.
pub const MAX_RANKED: i64 = 1_000;

/// How much sales and rating can raise a match's text relevance (as a share of it).
pub const SALES_BOOST: f64 = 0.3;
pub const RATING_BOOST: f64 = 0.2;

/// Why a product ranks where it does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Text relevance, 0–1 (1 = the best text match of this search).
    pub text: f64,
    /// Sales, 0–1 (log scale, 1 = the best seller among the matches).
    pub sales: f64,
    /// Rating, 0–1 (five stars = 1).
    pub rating: f64,
    pub in_stock: bool,
    /// text × (1 + 0.3 sales + 0.2 rating).
    pub total: f64,
}

/// A matching product with its score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: ProductId,
    pub score: Score,
}

#[derive(sqlx::FromRow)]
struct MatchRow {
    id: i64,
    text: f64,
    sales_count: i64,
    rating_avg: i64,
    in_stock: i64,
}

/// The ids of the products matching the expression bound as `$1` (for listing conditions).
pub fn matches_sql(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "SELECT rowid FROM search_fts WHERE search_fts MATCH $1",
        Dialect::Postgres => {
            "SELECT product_id FROM search_documents WHERE tsv @@ CAST($1 AS tsquery)"
        }
    }
}

/// The products on the shelf matching `query`, best first (at most [`MAX_RANKED`]).
pub async fn ranked(db: &Db, query: &Query) -> DomainResult<Arc<Vec<Hit>>> {
    ranked_within(db, query, "").await
}

/// How long a search's ranking is remembered. An index change, or a product selling out or
/// coming back, outdates it (the key holds `search_generation`: at once on the server that made
/// the change, within [`super::generation::POLL`] on others); the sales and rating boosts may
/// lag by this time.
const RANKED_TTL: Duration = Duration::from_secs(600);

/// Like [`ranked`], among the products that also meet `filters` (a condition on `products p`
/// with no parameters, or empty).
pub async fn ranked_within(db: &Db, query: &Query, filters: &str) -> DomainResult<Arc<Vec<Hit>>> {
    if query.is_empty() {
        return Ok(Arc::default());
    }
    let generation = super::generation::current(db).await?;
    let key = format!("ranked:{generation}:{}:{filters}", query.fts5());
    let (db2, query, filters) = (db.clone(), query.clone(), filters.to_string());
    db.memo()
        .remember_weighing(
            key,
            RANKED_TTL,
            |hits: &Arc<Vec<Hit>>| hits.len() * std::mem::size_of::<Hit>() / 1024 + 1,
            move || async move { Ok(Arc::new(read_ranked(&db2, &query, &filters).await?)) },
        )
        .await
}

async fn read_ranked(db: &Db, query: &Query, filters: &str) -> DomainResult<Vec<Hit>> {
    // Without filters the engine may stop at the best matches; with them, every match is a
    // candidate (the best text matches might all be filtered out).
    let (best_only, also) = if filters.is_empty() {
        (true, String::new())
    } else {
        (false, format!(" AND {filters}"))
    };
    let (matched, expression) = match db.dialect() {
        Dialect::Sqlite => {
            (
                format!(
                    "SELECT rowid AS id, -bm25(search_fts, 10.0, 5.0, 3.0, 2.0, 1.0) AS text \
                 FROM search_fts WHERE search_fts MATCH $1{}",
                    if best_only {
                        format!(" ORDER BY bm25(search_fts, 10.0, 5.0, 3.0, 2.0, 1.0) LIMIT {MAX_RANKED}")
                    } else {
                        String::new()
                    }
                ),
                query.fts5(),
            )
        }
        Dialect::Postgres => (
            format!(
                "SELECT d.product_id AS id, CAST(ts_rank('{{0.1, 0.3, 0.6, 1.0}}', d.tsv, \
                 CAST($1 AS tsquery)) AS DOUBLE PRECISION) AS text FROM search_documents d \
                 WHERE d.tsv @@ CAST($1 AS tsquery){}",
                if best_only {
                    format!(" ORDER BY text DESC LIMIT {MAX_RANKED}")
                } else {
                    String::new()
                }
            ),
            query.tsquery(),
        ),
    };
    let sql = format!(
        "SELECT m.id, m.text, p.sales_count, p.rating_avg, p.in_stock FROM ({matched}) m \
         JOIN products p ON p.id = m.id WHERE p.status = 'on_shelf'{also} \
         ORDER BY m.text DESC, m.id DESC LIMIT {MAX_RANKED}"
    );
    let rows: Vec<MatchRow> = sqlx::query_as(&sql)
        .bind(expression)
        .fetch_all(db.pool())
        .await?;
    Ok(rank(rows))
}

fn rank(rows: Vec<MatchRow>) -> Vec<Hit> {
    let best_text = rows.iter().map(|r| r.text).fold(0.0, f64::max);
    let best_sales = rows.iter().map(|r| r.sales_count).max().unwrap_or(0);
    let mut hits: Vec<Hit> = rows
        .into_iter()
        .map(|r| {
            let text = if best_text > 0.0 {
                r.text / best_text
            } else {
                0.0
            };
            let sales = if best_sales > 0 {
                ((1 + r.sales_count.max(0)) as f64).ln() / ((1 + best_sales) as f64).ln()
            } else {
                0.0
            };
            let rating = (r.rating_avg as f64 / 500.0).clamp(0.0, 1.0);
            Hit {
                id: ProductId(r.id),
                score: Score {
                    text,
                    sales,
                    rating,
                    in_stock: r.in_stock != 0,
                    total: text * (1.0 + SALES_BOOST * sales + RATING_BOOST * rating),
                },
            }
        })
        .collect();
    hits.sort_by(|a, b| {
        b.score
            .in_stock
            .cmp(&a.score.in_stock)
            .then(b.score.total.total_cmp(&a.score.total))
            .then(b.id.0.cmp(&a.id.0))
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, text: f64, sales_count: i64, rating_avg: i64, in_stock: i64) -> MatchRow {
        MatchRow {
            id,
            text,
            sales_count,
            rating_avg,
            in_stock,
        }
    }

    #[test]
    fn text_first_then_sales_and_rating_and_sold_out_last() {
        let hits = rank(vec![
            row(1, 10.0, 0, 0, 1),
            row(2, 9.8, 1000, 480, 1),
            row(3, 5.0, 100_000, 500, 1),
            row(4, 20.0, 500, 500, 0),
        ]);
        let order: Vec<i64> = hits.iter().map(|h| h.id.0).collect();
        assert_eq!(order, vec![2, 1, 3, 4], "{hits:#?}");
        let top = hits[0].score;
        assert!((top.text - 0.49).abs() < 1e-9 && top.in_stock);
        assert!(top.total > top.text);
    }
}
