//! Product cards: the few columns a grid, a ranking or a comparison shows, read in one query.

use super::model::ProductSummary;
use crate::db::{Db, Dialect};
use crate::error::DomainResult;
use crate::ids::ProductId;
use crate::locale::Bilingual;
use crate::money::Money;
use sqlx::FromRow;

#[derive(FromRow)]
pub(super) struct SummaryRow {
    id: i64,
    slug: String,
    name_zh: String,
    name_en: String,
    subtitle_zh: String,
    subtitle_en: String,
    brand_slug: String,
    brand_zh: String,
    brand_en: String,
    list_price: i64,
    sale_price: i64,
    sales_count: i64,
    rating_avg: i64,
    rating_count: i64,
    in_stock: i64,
    image_url: Option<String>,
}

impl From<SummaryRow> for ProductSummary {
    fn from(r: SummaryRow) -> Self {
        ProductSummary {
            id: ProductId(r.id),
            slug: r.slug,
            name: Bilingual::new(r.name_zh, r.name_en),
            subtitle: Bilingual::new(r.subtitle_zh, r.subtitle_en),
            brand_slug: r.brand_slug,
            brand: Bilingual::new(r.brand_zh, r.brand_en),
            list_price: Money(r.list_price),
            sale_price: Money(r.sale_price),
            sales_count: r.sales_count,
            rating_avg: r.rating_avg,
            rating_count: r.rating_count,
            in_stock: r.in_stock != 0,
            image_url: r.image_url,
        }
    }
}

/// Selects [`SummaryRow`]s from `products p` joined to its brand `b`; callers add WHERE and ORDER BY.
pub(super) const SUMMARY_SELECT: &str = "SELECT p.id, p.slug, p.name_zh, p.name_en, p.subtitle_zh, p.subtitle_en, \
     b.slug AS brand_slug, b.name_zh AS brand_zh, b.name_en AS brand_en, p.list_price, p.sale_price, \
     p.sales_count, p.rating_avg, p.rating_count, \
     CASE WHEN EXISTS (SELECT 1 FROM skus s JOIN stock_levels l ON l.sku_id = s.id \
        WHERE s.product_id = p.id AND s.status = 'active' AND l.on_hand > l.reserved) THEN 1 ELSE 0 END AS in_stock, \
     (SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS image_url \
     FROM products p JOIN brands b ON b.id = p.brand_id";

pub(super) fn into_summaries(rows: Vec<SummaryRow>) -> Vec<ProductSummary> {
    rows.into_iter().map(ProductSummary::from).collect()
}

/// Cards of the on-shelf products among `ids`, in the order of `ids` (absent ones are skipped).
pub async fn summaries_by_ids(db: &Db, ids: &[ProductId]) -> DomainResult<Vec<ProductSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // The ids travel as one JSON array, so every call shares one prepared statement.
    // On SQLite a unary plus keeps the status index out of the plan: without table statistics
    // the planner would otherwise walk every product on the shelf instead of the listed ids.
    let status = match db.dialect() {
        Dialect::Sqlite => "+p.status",
        Dialect::Postgres => "p.status",
    };
    let listed = db.dialect().ids_in_json();
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE {status} = 'on_shelf' AND p.id IN ({listed})"
    ))
    .bind(format!("[{}]", id_list(ids)))
    .fetch_all(db.pool())
    .await?;
    let mut found = into_summaries(rows);
    found.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
    Ok(found)
}

/// How long the cards of a page of search results or of a listing are remembered. A product
/// selling out or coming back, or any change to the search index (an edit of the product),
/// outdates them sooner (see [`crate::search::generation`]); sales counts and ratings may lag.
const CARDS_TTL: std::time::Duration = std::time::Duration::from_secs(10);

/// [`summaries_by_ids`], remembered for [`CARDS_TTL`]: for the pages many shoppers ask for at
/// once (the first page of a popular search, the search box's suggestions).
pub async fn summaries_remembered(db: &Db, ids: &[ProductId]) -> DomainResult<Vec<ProductSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let generation = crate::search::generation::current(db).await?;
    let key = format!("cards:{generation}:{}", id_list(ids));
    let (db2, ids) = (db.clone(), ids.to_vec());
    let cards: std::sync::Arc<Vec<ProductSummary>> = db
        .memo()
        .remember_weighing(
            key,
            CARDS_TTL,
            // A card is a few hundred bytes.
            |cards: &std::sync::Arc<Vec<ProductSummary>>| cards.len() / 3 + 1,
            move || async move { Ok(std::sync::Arc::new(summaries_by_ids(&db2, &ids).await?)) },
        )
        .await?;
    Ok(cards.as_ref().clone())
}

/// `1, 2, 3` for an `IN (…)` list of integer ids.
pub(super) fn id_list(ids: &[ProductId]) -> String {
    ids.iter()
        .map(|id| id.0.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
