//! Seeding: the demo shop (both series, about 200 products) and generated catalogs for benchmarks.
//!
//! The demo shop is the same on every run (a fixed seed); only timestamps follow the clock.
//! Images are SVG files written under the media folder and served as `/media/…`.

mod art;
mod bulk;
mod campaigns;
mod catalog_data;
mod catalog_tables;
mod compose;
mod content;
mod copy;
mod generated;
mod guestbook;
mod home;
mod images;
mod products;
mod rng;
mod shapes;
mod shapes_lower;
mod templates;
mod trading;

#[cfg(test)]
mod tests;

use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{SkuId, WarehouseId};
use crate::inventory::{self, MovementReason};
use std::path::Path;

pub use guestbook::demo_posts as demo_guestbook;

/// What a seed run created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedReport {
    pub products: usize,
    pub skus: usize,
    pub skipped: bool,
}

/// Seeds the demo shop if the catalog is empty (idempotent: returns skipped=true when series exist).
pub async fn demo_shop(db: &Db, media_dir: &Path) -> DomainResult<SeedReport> {
    let mut tx = db.begin_write().await?;
    let series: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM series")
        .fetch_one(tx.conn())
        .await?;
    if series > 0 {
        tx.rollback().await?;
        return Ok(SeedReport {
            products: 0,
            skus: 0,
            skipped: true,
        });
    }
    let now = crate::time::now();
    let mut media = images::Media::new(media_dir)?;
    catalog_data::insert(tx.conn()).await?;
    let ids = catalog_data::load(tx.conn()).await?;
    let first_product = bulk::next_id(tx.conn(), "products").await?;
    let first_sku = bulk::next_id(tx.conn(), "skus").await?;
    let products = products::build(&ids, &mut media, first_product, first_sku, now)?;
    bulk::write(tx.conn(), db.dialect(), &products, bulk::Stock::Skip).await?;
    for sku in products.iter().flat_map(|p| &p.skus) {
        for &(warehouse, quantity) in &sku.stock {
            inventory::move_stock(
                tx.conn(),
                SkuId(sku.id),
                WarehouseId(warehouse),
                quantity,
                MovementReason::OpeningCount,
                "seed",
            )
            .await?;
        }
    }
    content::insert(tx.conn(), &mut media, now).await?;
    home::insert(tx.conn(), now).await?;
    bulk::catch_up_sequences(tx.conn(), db.dialect()).await?;
    tx.commit().await?;
    content::settings(db).await?;
    crate::search::reindex_all(db).await?;
    // Whatever this process remembered of the catalog predates the demo shop.
    db.memo().clear();
    Ok(SeedReport {
        products: products.len(),
        skus: products.iter().map(|p| p.skus.len()).sum(),
        skipped: false,
    })
}

/// Adds `count` generated products (for benchmarks), on top of whatever exists. Must handle 100_000 in well under a few minutes on SQLite and PostgreSQL.
///
/// Seeds the demo shop first when the catalog is empty, since generated products use its
/// classes, brands, attributes and warehouses.
pub async fn generated_products(
    db: &Db,
    count: usize,
    media_dir: &Path,
) -> DomainResult<SeedReport> {
    demo_shop(db, media_dir).await?;
    let report = generated::run(db, count, media_dir).await?;
    crate::search::reindex_all(db).await?;
    db.memo().clear();
    Ok(report)
}
