//! Short product lists for the storefront: best sellers, new arrivals, a class's recommendations, name search.

use super::model::*;
use super::summaries::{into_summaries, summaries_by_ids, SummaryRow, SUMMARY_SELECT};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{CategoryId, ProductId, SeriesId};

/// Best-selling products on the shelf in a series, for the home page.
pub async fn top_products_in_series(
    db: &Db,
    series: SeriesId,
    limit: i64,
) -> DomainResult<Vec<ProductSummary>> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE p.status = 'on_shelf' AND p.series_id = $1 \
         ORDER BY p.sales_count DESC, p.id DESC LIMIT $2"
    ))
    .bind(series.0)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(into_summaries(rows))
}

/// Newest products on the shelf across the shop.
pub async fn newest_products(db: &Db, limit: i64) -> DomainResult<Vec<ProductSummary>> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE p.status = 'on_shelf' ORDER BY p.created_at DESC, p.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(into_summaries(rows))
}

/// Counts of on-shelf products, for the shop's header figures and tests.
pub async fn count_on_shelf(db: &Db) -> DomainResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE status = 'on_shelf'")
            .fetch_one(db.pool())
            .await?,
    )
}

/// The recommended on-shelf products of one class (staff's order, then best sellers).
pub async fn recommended_in_class(
    db: &Db,
    class: CategoryId,
    limit: i64,
) -> DomainResult<Vec<ProductSummary>> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE p.status = 'on_shelf' AND p.category_id = $1 \
         ORDER BY p.featured_rank DESC, p.sales_count DESC, p.id DESC LIMIT $2"
    ))
    .bind(class.0)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(into_summaries(rows))
}

/// The recommended on-shelf products of several classes together (a big class with its small
/// classes), without counting anything: for blocks that show a handful. Each class's top is read
/// through its index and the tops are merged, which stays fast however large the classes grow.
pub async fn recommended_in_classes(
    db: &Db,
    classes: &[CategoryId],
    limit: i64,
) -> DomainResult<Vec<ProductSummary>> {
    let mut tops: Vec<(i64, i64, i64)> = Vec::new();
    for class in classes {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT featured_rank, sales_count, id FROM products WHERE category_id = $1 AND status = 'on_shelf' \
             ORDER BY featured_rank DESC, sales_count DESC, id DESC LIMIT $2",
        )
        .bind(class.0)
        .bind(limit)
        .fetch_all(db.pool())
        .await?;
        tops.extend(rows);
    }
    tops.sort_by(|a, b| b.cmp(a));
    tops.truncate(limit.max(0) as usize);
    let ids: Vec<ProductId> = tops.into_iter().map(|(_, _, id)| ProductId(id)).collect();
    summaries_by_ids(db, &ids).await
}

/// The best-selling on-shelf products of the whole shop.
pub async fn best_sellers(db: &Db, limit: i64) -> DomainResult<Vec<ProductSummary>> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE p.status = 'on_shelf' ORDER BY p.sales_count DESC, p.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(into_summaries(rows))
}

/// How many products of one class are on the shelf.
pub async fn count_in_class(db: &Db, class: CategoryId) -> DomainResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM products WHERE category_id = $1 AND status = 'on_shelf'",
    )
    .bind(class.0)
    .fetch_one(db.pool())
    .await?)
}
