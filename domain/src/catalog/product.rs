//! One product on the shelf with everything its page shows: class path, images, variants,
//! stock, specifications and tags.

use super::classes::{category_by_id, series_by_id};
use super::model::*;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{AttributeValueId, BrandId, CategoryId, ProductId, SeriesId, SkuId};
use crate::inventory;
use crate::locale::Bilingual;
use crate::money::Money;
use sqlx::FromRow;

#[derive(FromRow)]
struct ProductRow {
    id: i64,
    slug: String,
    series_id: i64,
    category_id: i64,
    brand_id: i64,
    name_zh: String,
    name_en: String,
    subtitle_zh: String,
    subtitle_en: String,
    description_zh: String,
    description_en: String,
    seo_title_zh: String,
    seo_title_en: String,
    seo_description_zh: String,
    seo_description_en: String,
    status: String,
    list_price: i64,
    sale_price: i64,
    sales_count: i64,
    rating_avg: i64,
    rating_count: i64,
    brand_slug: String,
    brand_zh: String,
    brand_en: String,
}

#[derive(FromRow)]
struct AttributeValueRow {
    id: i64,
    attribute_code: String,
    attribute_zh: String,
    attribute_en: String,
    code: String,
    value_zh: String,
    value_en: String,
    swatch: String,
}

#[derive(FromRow)]
struct SkuRow {
    id: i64,
    code: String,
    colour_value_id: i64,
    size_value_id: i64,
    list_price: i64,
    sale_price: i64,
    weight_grams: i64,
}

#[derive(FromRow)]
struct ImageRow {
    url: String,
    alt_zh: String,
    alt_en: String,
    colour_value_id: Option<i64>,
}

/// A product on the shelf by its slug, with everything its page shows; `None` if absent or not on sale.
pub async fn product_on_shelf(db: &Db, slug: &str) -> DomainResult<Option<ProductDetail>> {
    let row: Option<ProductRow> = sqlx::query_as(
        "SELECT p.id, p.slug, p.series_id, p.category_id, p.brand_id, p.name_zh, p.name_en, \
         p.subtitle_zh, p.subtitle_en, p.description_zh, p.description_en, p.seo_title_zh, p.seo_title_en, \
         p.seo_description_zh, p.seo_description_en, p.status, p.list_price, p.sale_price, \
         p.sales_count, p.rating_avg, p.rating_count, \
         b.slug AS brand_slug, b.name_zh AS brand_zh, b.name_en AS brand_en \
         FROM products p JOIN brands b ON b.id = p.brand_id WHERE p.slug = $1 AND p.status = 'on_shelf'",
    )
    .bind(slug)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let product = ProductId(row.id);
    let series = series_by_id(db, SeriesId(row.series_id))
        .await?
        .ok_or(DomainError::NotFound)?;
    let category = category_by_id(db, CategoryId(row.category_id))
        .await?
        .ok_or(DomainError::NotFound)?;
    let big_class = match category.parent_id {
        Some(parent) => category_by_id(db, parent).await?,
        None => None,
    };
    let images: Vec<ImageRow> = sqlx::query_as(
        "SELECT url, alt_zh, alt_en, colour_value_id FROM product_images WHERE product_id = $1 ORDER BY position, id",
    )
    .bind(product.0)
    .fetch_all(db.pool())
    .await?;
    let skus: Vec<SkuRow> = sqlx::query_as(
        "SELECT id, code, colour_value_id, size_value_id, list_price, sale_price, weight_grams \
         FROM skus WHERE product_id = $1 AND status = 'active' ORDER BY position, id",
    )
    .bind(product.0)
    .fetch_all(db.pool())
    .await?;
    let available = inventory::available_for_product(db, product).await?;
    let values = product_attribute_values(db, product).await?;
    let tags: Vec<String> =
        sqlx::query_scalar("SELECT tag FROM product_tags WHERE product_id = $1 ORDER BY tag")
            .bind(product.0)
            .fetch_all(db.pool())
            .await?;

    let as_value = |v: &AttributeValueRow| AttributeValue {
        id: AttributeValueId(v.id),
        code: v.code.clone(),
        value: Bilingual::new(v.value_zh.clone(), v.value_en.clone()),
        swatch: v.swatch.clone(),
    };
    let used_in_skus = |id: i64, pick: fn(&SkuRow) -> i64| skus.iter().any(|s| pick(s) == id);
    let colours = values
        .iter()
        .filter(|v| v.attribute_code == "colour" && used_in_skus(v.id, |s| s.colour_value_id))
        .map(as_value)
        .collect();
    let sizes = values
        .iter()
        .filter(|v| v.attribute_code == "size" && used_in_skus(v.id, |s| s.size_value_id))
        .map(as_value)
        .collect();
    let mut specifications: Vec<Specification> = Vec::new();
    for v in &values {
        let attribute = Bilingual::new(v.attribute_zh.clone(), v.attribute_en.clone());
        let value = Bilingual::new(v.value_zh.clone(), v.value_en.clone());
        match specifications.iter_mut().find(|s| s.attribute == attribute) {
            Some(spec) => spec.values.push(value),
            None => specifications.push(Specification {
                attribute,
                values: vec![value],
            }),
        }
    }

    Ok(Some(ProductDetail {
        id: product,
        slug: row.slug,
        name: Bilingual::new(row.name_zh, row.name_en),
        subtitle: Bilingual::new(row.subtitle_zh, row.subtitle_en),
        description: Bilingual::new(row.description_zh, row.description_en),
        seo_title: Bilingual::new(row.seo_title_zh, row.seo_title_en),
        seo_description: Bilingual::new(row.seo_description_zh, row.seo_description_en),
        status: ProductStatus::parse(&row.status).unwrap_or(ProductStatus::Draft),
        series,
        category,
        big_class,
        brand: Brand {
            id: BrandId(row.brand_id),
            slug: row.brand_slug,
            name: Bilingual::new(row.brand_zh, row.brand_en),
        },
        list_price: Money(row.list_price),
        sale_price: Money(row.sale_price),
        sales_count: row.sales_count,
        rating_avg: row.rating_avg,
        rating_count: row.rating_count,
        images: images
            .into_iter()
            .map(|i| ProductImage {
                url: i.url,
                alt: Bilingual::new(i.alt_zh, i.alt_en),
                colour_value_id: i.colour_value_id.map(AttributeValueId),
            })
            .collect(),
        colours,
        sizes,
        skus: skus
            .into_iter()
            .map(|s| SkuOffer {
                id: SkuId(s.id),
                code: s.code,
                colour_value_id: AttributeValueId(s.colour_value_id),
                size_value_id: AttributeValueId(s.size_value_id),
                list_price: Money(s.list_price),
                sale_price: Money(s.sale_price),
                weight_grams: s.weight_grams,
                available: available.get(&SkuId(s.id)).copied().unwrap_or(0),
            })
            .collect(),
        specifications,
        tags,
    }))
}

/// The attribute values a product has: its own (style, material) and its SKUs' (colour, size).
async fn product_attribute_values(
    db: &Db,
    product: ProductId,
) -> DomainResult<Vec<AttributeValueRow>> {
    Ok(sqlx::query_as(
        "SELECT v.id, a.code AS attribute_code, a.name_zh AS attribute_zh, a.name_en AS attribute_en, \
         v.code, v.value_zh, v.value_en, v.swatch \
         FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id \
         WHERE v.id IN (SELECT attribute_value_id FROM product_attribute_values WHERE product_id = $1) \
            OR v.id IN (SELECT colour_value_id FROM skus WHERE product_id = $1 AND status = 'active') \
            OR v.id IN (SELECT size_value_id FROM skus WHERE product_id = $1 AND status = 'active') \
         ORDER BY a.position, v.position, v.id",
    )
    .bind(product.0)
    .fetch_all(db.pool())
    .await?)
}
