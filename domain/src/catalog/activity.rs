//! Sales counts and ratings on products, kept by the code that records orders and reviews,
//! and the weekly best-seller lists built from daily sales.

use super::model::ProductSummary;
use super::summaries::summaries_by_ids;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{CategoryId, ProductId};
use sqlx::AnyConnection;

/// The shop's day number (days since 1970-01-01 in China Standard Time, UTC+8) of a unix time.
pub fn shop_day(unix: i64) -> i64 {
    (unix + 8 * 3600).div_euclid(86_400)
}

/// Records `quantity` units of a product sold at `at`: its sales count and that day's sales.
/// Call inside the transaction that records the sale.
pub async fn record_sale(
    conn: &mut AnyConnection,
    product: ProductId,
    quantity: i64,
    at: i64,
) -> DomainResult<()> {
    if quantity <= 0 {
        return Err(DomainError::Invalid {
            field: "quantity",
            rule: "positive",
        });
    }
    sqlx::query("UPDATE products SET sales_count = sales_count + $1 WHERE id = $2")
        .bind(quantity)
        .bind(product.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO product_sales_daily (product_id, day, quantity) VALUES ($1, $2, $3) \
         ON CONFLICT (product_id, day) DO UPDATE SET quantity = product_sales_daily.quantity + excluded.quantity",
    )
    .bind(product.0)
    .bind(shop_day(at))
    .bind(quantity)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Adds (`delta = 1`) or withdraws (`delta = -1`) one rating of `stars` (1–5) on a product and
/// recomputes its average. Call inside the transaction that stores or removes the review.
pub async fn record_rating(
    conn: &mut AnyConnection,
    product: ProductId,
    stars: i64,
    delta: i64,
) -> DomainResult<()> {
    if !(1..=5).contains(&stars) || !(delta == 1 || delta == -1) {
        return Err(DomainError::Invalid {
            field: "rating",
            rule: "1 to 5 stars",
        });
    }
    sqlx::query(
        "UPDATE products SET rating_sum = rating_sum + $1, rating_count = rating_count + $2 \
         WHERE id = $3 AND rating_count + $2 >= 0",
    )
    .bind(stars * delta)
    .bind(delta)
    .bind(product.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE products SET rating_avg = CASE WHEN rating_count > 0 \
         THEN (rating_sum * 100 + rating_count / 2) / rating_count ELSE 0 END WHERE id = $1",
    )
    .bind(product.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The ten best sellers of the last seven shop days (today included), of the given classes
/// or of the whole shop, most units first.
pub async fn weekly_top(
    db: &Db,
    classes: Option<&[CategoryId]>,
    now: i64,
) -> DomainResult<Vec<(ProductSummary, i64)>> {
    let in_classes = classes
        .map(|ids| {
            let list = ids
                .iter()
                .map(|c| c.0.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            format!(" AND p.category_id IN ({list})")
        })
        .unwrap_or_default();
    if classes.is_some_and(|c| c.is_empty()) {
        return Ok(Vec::new());
    }
    // Remembered for a few minutes: a week's ranking barely moves in that time.
    let key = format!("weekly:{classes:?}:{}", shop_day(now));
    let db2 = db.clone();
    let rows = db
        .memo()
        .remember(key, WEEKLY_TTL, move || async move {
            weekly_rows(&db2, &in_classes, now).await
        })
        .await?;
    let ids: Vec<ProductId> = rows.iter().map(|(id, _)| ProductId(*id)).collect();
    let summaries = summaries_by_ids(db, &ids).await?;
    Ok(summaries
        .into_iter()
        .filter_map(|s| {
            let units = rows.iter().find(|(id, _)| *id == s.id.0)?.1;
            Some((s, units))
        })
        .collect())
}

/// How long a weekly ranking is remembered.
const WEEKLY_TTL: std::time::Duration = std::time::Duration::from_secs(300);

async fn weekly_rows(db: &Db, in_classes: &str, now: i64) -> DomainResult<Vec<(i64, i64)>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT d.product_id, CAST(SUM(d.quantity) AS BIGINT) AS units FROM product_sales_daily d \
         JOIN products p ON p.id = d.product_id \
         WHERE d.day > $1 AND p.status = 'on_shelf'{in_classes} \
         GROUP BY d.product_id ORDER BY units DESC, d.product_id DESC LIMIT 10"
    ))
    .bind(shop_day(now) - 7)
    .fetch_all(db.pool())
    .await?;
    Ok(rows)
}
