//! Catalog reads for the storefront. Portable SQL, run the same on SQLite and PostgreSQL.

use super::model::*;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{AttributeValueId, BrandId, CategoryId, ProductId, SeriesId, SkuId};
use crate::inventory;
use crate::locale::Bilingual;
use crate::money::Money;
use sqlx::FromRow;

#[derive(FromRow)]
struct SeriesRow {
    id: i64,
    slug: String,
    name_zh: String,
    name_en: String,
    tagline_zh: String,
    tagline_en: String,
}

impl From<SeriesRow> for Series {
    fn from(r: SeriesRow) -> Self {
        Series {
            id: SeriesId(r.id),
            slug: r.slug,
            name: Bilingual::new(r.name_zh, r.name_en),
            tagline: Bilingual::new(r.tagline_zh, r.tagline_en),
        }
    }
}

#[derive(FromRow)]
struct CategoryRow {
    id: i64,
    series_id: i64,
    parent_id: Option<i64>,
    slug: String,
    name_zh: String,
    name_en: String,
}

impl From<CategoryRow> for Category {
    fn from(r: CategoryRow) -> Self {
        Category {
            id: CategoryId(r.id),
            series_id: SeriesId(r.series_id),
            parent_id: r.parent_id.map(CategoryId),
            slug: r.slug,
            name: Bilingual::new(r.name_zh, r.name_en),
        }
    }
}

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

const SERIES_COLUMNS: &str = "id, slug, name_zh, name_en, tagline_zh, tagline_en";
const CATEGORY_COLUMNS: &str = "id, series_id, parent_id, slug, name_zh, name_en";
const SUMMARY_SELECT: &str = "SELECT p.id, p.slug, p.name_zh, p.name_en, p.subtitle_zh, p.subtitle_en, \
     b.name_zh AS brand_zh, b.name_en AS brand_en, p.list_price, p.sale_price, \
     (SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS image_url \
     FROM products p JOIN brands b ON b.id = p.brand_id";

/// The series with their big and small classes, in menu order.
pub async fn menu(db: &Db) -> DomainResult<Vec<SeriesMenu>> {
    let series: Vec<SeriesRow> = sqlx::query_as(&format!(
        "SELECT {SERIES_COLUMNS} FROM series ORDER BY position, id"
    ))
    .fetch_all(db.pool())
    .await?;
    let categories: Vec<Category> = sqlx::query_as::<_, CategoryRow>(&format!(
        "SELECT {CATEGORY_COLUMNS} FROM categories ORDER BY position, id"
    ))
    .fetch_all(db.pool())
    .await?
    .into_iter()
    .map(Category::from)
    .collect();
    Ok(series
        .into_iter()
        .map(Series::from)
        .map(|series| {
            let big_classes = categories
                .iter()
                .filter(|c| c.series_id == series.id && c.parent_id.is_none())
                .map(|big| BigClass {
                    class: big.clone(),
                    small_classes: categories
                        .iter()
                        .filter(|c| c.parent_id == Some(big.id))
                        .cloned()
                        .collect(),
                })
                .collect();
            SeriesMenu {
                series,
                big_classes,
            }
        })
        .collect())
}

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

/// A class by its slug, with its big class when it is a small class.
pub async fn category_by_slug(db: &Db, slug: &str) -> DomainResult<Option<Category>> {
    let row: Option<CategoryRow> = sqlx::query_as(&format!(
        "SELECT {CATEGORY_COLUMNS} FROM categories WHERE slug = $1"
    ))
    .bind(slug)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(Category::from))
}

pub async fn category_by_id(db: &Db, id: CategoryId) -> DomainResult<Option<Category>> {
    let row: Option<CategoryRow> = sqlx::query_as(&format!(
        "SELECT {CATEGORY_COLUMNS} FROM categories WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(Category::from))
}

pub async fn series_by_id(db: &Db, id: SeriesId) -> DomainResult<Option<Series>> {
    let row: Option<SeriesRow> = sqlx::query_as(&format!(
        "SELECT {SERIES_COLUMNS} FROM series WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(Series::from))
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

/// Counts of on-shelf products, for the shop's header figures and tests.
pub async fn count_on_shelf(db: &Db) -> DomainResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE status = 'on_shelf'")
            .fetch_one(db.pool())
            .await?,
    )
}

pub async fn series_by_slug(db: &Db, slug: &str) -> DomainResult<Option<Series>> {
    let row: Option<SeriesRow> = sqlx::query_as(&format!(
        "SELECT {SERIES_COLUMNS} FROM series WHERE slug = $1"
    ))
    .bind(slug)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(Series::from))
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
