//! The words of filters and directories: brands and attributes with their values.

use super::model::{AttributeValue, Brand};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{AttributeValueId, BrandId};
use crate::locale::Bilingual;
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

/// An attribute (style, material, colour, size) with its values, in display order.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Attribute {
    pub code: String,
    pub name: Bilingual,
    pub values: Vec<AttributeValue>,
}

/// A brand with how many of its products are on the shelf.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BrandEntry {
    pub brand: Brand,
    pub story: Bilingual,
    pub products: i64,
}

#[derive(FromRow)]
struct ValueRow {
    attribute_code: String,
    attribute_zh: String,
    attribute_en: String,
    id: i64,
    code: String,
    value_zh: String,
    value_en: String,
    swatch: String,
}

/// Every attribute with its values.
pub async fn attributes(db: &Db) -> DomainResult<Vec<Attribute>> {
    let db2 = db.clone();
    db.memo()
        .remember("attributes".into(), super::TREE_TTL, move || async move {
            read_attributes(&db2).await
        })
        .await
}

async fn read_attributes(db: &Db) -> DomainResult<Vec<Attribute>> {
    let rows: Vec<ValueRow> = sqlx::query_as(
        "SELECT a.code AS attribute_code, a.name_zh AS attribute_zh, a.name_en AS attribute_en, \
         v.id, v.code, v.value_zh, v.value_en, v.swatch \
         FROM attributes a JOIN attribute_values v ON v.attribute_id = a.id \
         ORDER BY a.position, a.id, v.position, v.id",
    )
    .fetch_all(db.pool())
    .await?;
    let mut attributes: Vec<Attribute> = Vec::new();
    for r in rows {
        let value = AttributeValue {
            id: AttributeValueId(r.id),
            code: r.code,
            value: Bilingual::new(r.value_zh, r.value_en),
            swatch: r.swatch,
        };
        match attributes.last_mut() {
            Some(a) if a.code == r.attribute_code => a.values.push(value),
            _ => attributes.push(Attribute {
                code: r.attribute_code,
                name: Bilingual::new(r.attribute_zh, r.attribute_en),
                values: vec![value],
            }),
        }
    }
    Ok(attributes)
}

#[derive(FromRow)]
struct BrandRow {
    id: i64,
    slug: String,
    name_zh: String,
    name_en: String,
    story_zh: String,
    story_en: String,
    products: i64,
}

/// Every brand in the shop's order, with its count of products on the shelf (remembered a few
/// minutes).
pub async fn brands(db: &Db) -> DomainResult<Vec<BrandEntry>> {
    let db2 = db.clone();
    db.memo()
        .remember("brands".into(), DIRECTORY_TTL, move || async move {
            read_brands(&db2).await
        })
        .await
}

async fn read_brands(db: &Db) -> DomainResult<Vec<BrandEntry>> {
    let rows: Vec<BrandRow> = sqlx::query_as(
        "SELECT b.id, b.slug, b.name_zh, b.name_en, b.story_zh, b.story_en, \
         (SELECT COUNT(*) FROM products p WHERE p.brand_id = b.id AND p.status = 'on_shelf') AS products \
         FROM brands b ORDER BY b.position, b.id",
    )
    .fetch_all(db.pool())
    .await?;
    let brands: Vec<BrandEntry> = rows
        .into_iter()
        .map(|r| BrandEntry {
            brand: Brand {
                id: BrandId(r.id),
                slug: r.slug,
                name: Bilingual::new(r.name_zh, r.name_en),
            },
            story: Bilingual::new(r.story_zh, r.story_en),
            products: r.products,
        })
        .collect();
    Ok(brands)
}

/// A brand by its slug, with its story.
pub async fn brand_by_slug(db: &Db, slug: &str) -> DomainResult<Option<(Brand, Bilingual)>> {
    let row: Option<(i64, String, String, String, String, String)> = sqlx::query_as(
        "SELECT id, slug, name_zh, name_en, story_zh, story_en FROM brands WHERE slug = $1",
    )
    .bind(slug)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(id, slug, zh, en, story_zh, story_en)| {
        (
            Brand {
                id: BrandId(id),
                slug,
                name: Bilingual::new(zh, en),
            },
            Bilingual::new(story_zh, story_en),
        )
    }))
}

/// Every brand in the shop's order (names only, for filters), remembered like the class tree.
pub async fn brand_names(db: &Db) -> DomainResult<Vec<Brand>> {
    let db2 = db.clone();
    db.memo()
        .remember("brand-names".into(), super::TREE_TTL, move || async move {
            let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                "SELECT id, slug, name_zh, name_en FROM brands ORDER BY position, id",
            )
            .fetch_all(db2.pool())
            .await?;
            Ok(rows
                .into_iter()
                .map(|(id, slug, zh, en)| Brand {
                    id: BrandId(id),
                    slug,
                    name: Bilingual::new(zh, en),
                })
                .collect::<Vec<_>>())
        })
        .await
}

/// How long directory counts (products per brand and per tag) are remembered.
const DIRECTORY_TTL: std::time::Duration = std::time::Duration::from_secs(300);

/// Whether any product on the shelf carries `tag` (found through the tag's index: `|| ''` keeps
/// the planner from walking the shelf instead).
pub async fn tag_in_use(db: &Db, tag: &str) -> DomainResult<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT t.product_id FROM product_tags t JOIN products p ON p.id = t.product_id \
         WHERE t.tag = $1 AND p.status || '' = 'on_shelf' LIMIT 1",
    )
    .bind(tag)
    .fetch_optional(db.pool())
    .await?;
    Ok(found.is_some())
}

/// Tags in use on the shelf with their product counts, most used first (remembered a few minutes).
pub async fn tags_in_use(db: &Db) -> DomainResult<Vec<(String, i64)>> {
    let db2 = db.clone();
    db.memo()
        .remember("tags".into(), DIRECTORY_TTL, move || async move {
            Ok(sqlx::query_as(
                "SELECT t.tag, COUNT(*) AS n FROM product_tags t JOIN products p ON p.id = t.product_id \
                 WHERE p.status = 'on_shelf' GROUP BY t.tag ORDER BY n DESC, t.tag",
            )
            .fetch_all(db2.pool())
            .await?)
        })
        .await
}

/// Each brand's picture: the first image of its best seller on the shelf (remembered a few
/// minutes).
pub async fn brand_pictures(db: &Db) -> DomainResult<Vec<(BrandId, String)>> {
    let db2 = db.clone();
    db.memo()
        .remember("brand-pictures".into(), DIRECTORY_TTL, move || async move {
            read_brand_pictures(&db2).await
        })
        .await
}

async fn read_brand_pictures(db: &Db) -> DomainResult<Vec<(BrandId, String)>> {
    let rows: Vec<(i64, Option<String>)> = sqlx::query_as(
        "SELECT b.id, (SELECT i.url FROM products p JOIN product_images i ON i.product_id = p.id \
            WHERE p.brand_id = b.id AND p.status = 'on_shelf' \
            ORDER BY p.sales_count DESC, p.id DESC, i.position, i.id LIMIT 1) \
         FROM brands b ORDER BY b.position, b.id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, url)| Some((BrandId(id), url?)))
        .collect())
}
