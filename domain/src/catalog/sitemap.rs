//! What search engines are told about: every product on the shelf with when it last changed.

use crate::db::Db;
use crate::error::DomainResult;

/// Product URLs per sitemap file (the sitemap protocol allows 50,000).
pub const SITEMAP_PRODUCTS_PER_FILE: i64 = 10_000;

/// One product's sitemap entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SitemapProduct {
    pub slug: String,
    pub updated_at: i64,
}

/// The `part`-th (from 0) file's worth of on-shelf products, in id order.
pub async fn sitemap_products(db: &Db, part: i64) -> DomainResult<Vec<SitemapProduct>> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT slug, updated_at FROM products WHERE status = 'on_shelf' ORDER BY id LIMIT $1 OFFSET $2",
    )
    .bind(SITEMAP_PRODUCTS_PER_FILE)
    .bind(part.max(0).saturating_mul(SITEMAP_PRODUCTS_PER_FILE))
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(slug, updated_at)| SitemapProduct { slug, updated_at })
        .collect())
}
