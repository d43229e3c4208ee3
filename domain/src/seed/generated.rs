//! Generated catalogs for benchmarks: many products on top of the demo shop's classes, written
//! with multi-row inserts in transactions of a few thousand products, images from a fixed pool.

use super::bulk::{self, NewImage, NewProduct, Stock};
use super::catalog_data::{self, CatalogIds};
use super::compose::{choose, slugify, Choice};
use super::images::Media;
use super::products::brand_id;
use super::rng::Rng;
use super::templates::{for_class, ClassTemplate};
use super::trading;
use super::SeedReport;
use crate::db::{Db, Dialect};
use crate::error::{DomainError, DomainResult};
use std::path::Path;

/// Products per write transaction.
const PRODUCTS_PER_TRANSACTION: usize = 2_000;
const DAY: i64 = 86_400;
const SEASONS: &[(&str, &str)] = &[("春夏", "SS"), ("秋冬", "AW")];

/// A small class the generator can fill: its template and ids.
struct Target {
    template: &'static ClassTemplate,
    category_id: i64,
    series_id: i64,
}

pub(super) async fn run(db: &Db, count: usize, media_dir: &Path) -> DomainResult<SeedReport> {
    let ids = {
        let mut conn = db.pool().acquire().await?;
        catalog_data::load(&mut conn).await?
    };
    let mut targets: Vec<Target> = ids
        .classes
        .iter()
        .filter_map(|(slug, &(category_id, series_id))| {
            for_class(slug).map(|template| Target {
                template,
                category_id,
                series_id,
            })
        })
        .collect();
    targets.sort_by_key(|t| t.category_id);
    if targets.is_empty() || ids.warehouses.is_empty() {
        return Err(DomainError::Internal(
            "generated products need the demo shop's classes and warehouses".into(),
        ));
    }
    let mut media = Media::new(media_dir)?;
    let mut report = SeedReport {
        products: 0,
        skus: 0,
        skipped: false,
    };
    while report.products < count {
        let batch = (count - report.products).min(PRODUCTS_PER_TRANSACTION);
        let mut tx = db.begin_write().await?;
        let first_product = bulk::next_id(tx.conn(), "products").await?;
        let first_sku = bulk::next_id(tx.conn(), "skus").await?;
        let mut rng = Rng::new(first_product as u64);
        let now = crate::time::now();
        let mut products = Vec::with_capacity(batch);
        let mut next_sku = first_sku;
        for i in 0..batch {
            let id = first_product + i as i64;
            let target = &targets[rng.below(targets.len())];
            let product = compose(&ids, &mut media, &mut rng, target, (id, next_sku), now)?;
            next_sku += product.skus.len() as i64;
            products.push(product);
        }
        bulk::write(tx.conn(), db.dialect(), &products, Stock::Bulk { now }).await?;
        bulk::catch_up_sequences(tx.conn(), db.dialect()).await?;
        tx.commit().await?;
        report.products += products.len();
        report.skus += products.iter().map(|p| p.skus.len()).sum::<usize>();
    }
    // Bulk-written stock bypasses move_stock, so the products' in-stock flags are set here.
    let mut tx = db.begin_write().await?;
    crate::inventory::refresh_in_stock(tx.conn(), None).await?;
    tx.commit().await?;
    if db.dialect() == Dialect::Postgres {
        sqlx::query("ANALYZE").execute(db.pool()).await?;
    }
    Ok(report)
}

fn compose(
    ids: &CatalogIds,
    media: &mut Media,
    rng: &mut Rng,
    target: &Target,
    (id, first_sku): (i64, i64),
    now: i64,
) -> DomainResult<NewProduct> {
    let choice = choose(target.template, rng, (1, 2), (2, 3));
    let (core_zh, core_en) = choice.name();
    let (brand_zh, brand_en) = choice.brand_names();
    let year = rng.range(2024, 2027);
    let (season_zh, season_en) = rng.pick(SEASONS);
    let name = (
        format!("{brand_zh} {brand_en} {core_zh} {year}{season_zh}"),
        format!("{brand_en} {core_en} {season_en} {year}"),
    );
    let slug = format!("gen-{id}-{}", slugify(&core_en));
    let subtitle = choice.subtitle();
    let description = choice.description(rng, false);
    let [seo_title, seo_description] = choice.seo(&name, &subtitle);
    let pricing = choice.pricing(rng, 25);
    let mut skus = choice.skus(ids, id, first_sku, rng, pricing);
    for sku in skus.iter_mut() {
        let quantity = rng.range(0, 80);
        if quantity > 0 {
            sku.stock.push((ids.warehouses[0], quantity));
        }
        if let Some(&second) = ids.warehouses.get(1) {
            if rng.chance(50) {
                sku.stock.push((second, rng.range(1, 40)));
            }
        }
    }
    let main = choice
        .colours
        .first()
        .copied()
        .ok_or(DomainError::Internal("a product needs a colour".into()))?;
    let (colour_zh, colour_en) = Choice::colour_names(main);
    let images = vec![
        NewImage {
            url: media.product(target.template.garment, main, choice.pattern)?,
            alt: (
                format!("{}（{colour_zh}）正面", name.0),
                format!("{} in {colour_en}, front view", name.1),
            ),
            colour_value_id: ids.value("colour", main.code),
        },
        NewImage {
            url: media.detail(target.template.garment, main, choice.pattern)?,
            alt: (
                format!("{} 面料细节", name.0),
                format!("{}, fabric close-up", name.1),
            ),
            colour_value_id: None,
        },
    ];
    let sales_count = (rng.unit().powi(8) * 5000.0) as i64;
    let mut tags = Vec::new();
    if rng.chance(10) {
        tags.push("new");
    }
    if pricing.1.is_some() {
        tags.push("sale");
    }
    Ok(NewProduct {
        id,
        slug,
        series_id: target.series_id,
        category_id: target.category_id,
        brand_id: brand_id(ids, choice.brand)?,
        name,
        subtitle,
        description,
        seo_title,
        seo_description,
        sales_count,
        daily_sales: trading::daily_sales(rng, sales_count, now),
        rating: trading::rating(rng, sales_count),
        featured_rank: trading::featured_rank(rng),
        bought_together: Vec::new(),
        created_at: now - rng.range(0, 365) * DAY - rng.range(0, DAY - 1),
        attribute_values: choice.attribute_values(ids),
        tags,
        images,
        skus,
    })
}
