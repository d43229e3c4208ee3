//! Product lists for the storefront: best sellers, new arrivals, class and series pages, name search.

use super::model::*;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{CategoryId, ProductId, SeriesId};
use crate::locale::Bilingual;
use crate::money::Money;
use sqlx::FromRow;

#[derive(FromRow)]
struct SummaryRow {
    id: i64,
    slug: String,
    name_zh: String,
    name_en: String,
    subtitle_zh: String,
    subtitle_en: String,
    brand_zh: String,
    brand_en: String,
    list_price: i64,
    sale_price: i64,
    image_url: Option<String>,
}

impl From<SummaryRow> for ProductSummary {
    fn from(r: SummaryRow) -> Self {
        ProductSummary {
            id: ProductId(r.id),
            slug: r.slug,
            name: Bilingual::new(r.name_zh, r.name_en),
            subtitle: Bilingual::new(r.subtitle_zh, r.subtitle_en),
            brand: Bilingual::new(r.brand_zh, r.brand_en),
            list_price: Money(r.list_price),
            sale_price: Money(r.sale_price),
            image_url: r.image_url,
        }
    }
}

const SUMMARY_SELECT: &str = "SELECT p.id, p.slug, p.name_zh, p.name_en, p.subtitle_zh, p.subtitle_en, \
     b.name_zh AS brand_zh, b.name_en AS brand_en, p.list_price, p.sale_price, \
     (SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS image_url \
     FROM products p JOIN brands b ON b.id = p.brand_id";

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
    Ok(rows.into_iter().map(ProductSummary::from).collect())
}

/// Newest products on the shelf across the shop.
pub async fn newest_products(db: &Db, limit: i64) -> DomainResult<Vec<ProductSummary>> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE p.status = 'on_shelf' ORDER BY p.created_at DESC, p.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(ProductSummary::from).collect())
}

/// A page of on-shelf products in a class (a big class includes its small classes), best sellers first.
pub async fn products_in_category(
    db: &Db,
    category: CategoryId,
    page: i64,
    per_page: i64,
) -> DomainResult<ProductPage> {
    let filter = "p.status = 'on_shelf' AND p.category_id IN (SELECT c.id FROM categories c WHERE c.id = $1 OR c.parent_id = $1)";
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM products p WHERE {filter}"))
        .bind(category.0)
        .fetch_one(db.pool())
        .await?;
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE {filter} ORDER BY p.sales_count DESC, p.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(category.0)
    .bind(per_page)
    .bind(page.saturating_sub(1).saturating_mul(per_page))
    .fetch_all(db.pool())
    .await?;
    Ok(ProductPage {
        products: rows.into_iter().map(ProductSummary::from).collect(),
        total,
    })
}

/// Counts of on-shelf products, for the shop's header figures and tests.
pub async fn count_on_shelf(db: &Db) -> DomainResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE status = 'on_shelf'")
            .fetch_one(db.pool())
            .await?,
    )
}

/// A page of on-shelf products in a series, best sellers first.
pub async fn products_in_series(
    db: &Db,
    series: SeriesId,
    page: i64,
    per_page: i64,
) -> DomainResult<ProductPage> {
    let total: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM products p WHERE p.status = 'on_shelf' AND p.series_id = $1",
    )
    .bind(series.0)
    .fetch_one(db.pool())
    .await?;
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE p.status = 'on_shelf' AND p.series_id = $1 \
         ORDER BY p.sales_count DESC, p.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(series.0)
    .bind(per_page)
    .bind(page.saturating_sub(1).saturating_mul(per_page))
    .fetch_all(db.pool())
    .await?;
    Ok(ProductPage {
        products: rows.into_iter().map(ProductSummary::from).collect(),
        total,
    })
}

/// On-shelf products whose Chinese or English name contains every word of `query`
/// (case-insensitive). A plain first search until the search engine lands.
pub async fn name_contains(
    db: &Db,
    query: &str,
    page: i64,
    per_page: i64,
) -> DomainResult<ProductPage> {
    let words: Vec<String> = query
        .split_whitespace()
        .take(8)
        .map(|w| {
            let escaped: String = w
                .to_lowercase()
                .chars()
                .take(64)
                .flat_map(|c| match c {
                    '%' | '_' | '\\' => vec!['\\', c],
                    c => vec![c],
                })
                .collect();
            format!("%{escaped}%")
        })
        .collect();
    if words.is_empty() {
        return Ok(ProductPage {
            products: Vec::new(),
            total: 0,
        });
    }
    let mut filter = String::from("p.status = 'on_shelf'");
    for i in 1..=words.len() {
        filter.push_str(&format!(
            " AND (LOWER(p.name_zh) LIKE ${i} ESCAPE '\\' OR LOWER(p.name_en) LIKE ${i} ESCAPE '\\')"
        ));
    }
    let count_sql = format!("SELECT COUNT(*) FROM products p WHERE {filter}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
    for w in &words {
        count = count.bind(w);
    }
    let total = count.fetch_one(db.pool()).await?;
    let n = words.len();
    let sql = format!(
        "{SUMMARY_SELECT} WHERE {filter} ORDER BY p.sales_count DESC, p.id DESC LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let mut rows = sqlx::query_as::<_, SummaryRow>(&sql);
    for w in &words {
        rows = rows.bind(w);
    }
    let rows = rows
        .bind(per_page)
        .bind(page.saturating_sub(1).saturating_mul(per_page))
        .fetch_all(db.pool())
        .await?;
    Ok(ProductPage {
        products: rows.into_iter().map(ProductSummary::from).collect(),
        total,
    })
}
