//! The class tree: series, big and small classes, in menu order.

use super::model::*;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{CategoryId, SeriesId};
use crate::locale::Bilingual;
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

const SERIES_COLUMNS: &str = "id, slug, name_zh, name_en, tagline_zh, tagline_en";
const CATEGORY_COLUMNS: &str = "id, series_id, parent_id, slug, name_zh, name_en";

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

pub async fn series_by_slug(db: &Db, slug: &str) -> DomainResult<Option<Series>> {
    let row: Option<SeriesRow> = sqlx::query_as(&format!(
        "SELECT {SERIES_COLUMNS} FROM series WHERE slug = $1"
    ))
    .bind(slug)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(Series::from))
}

/// The classes directly under `parent` (the small classes of a big class), in menu order.
pub async fn child_classes(db: &Db, parent: CategoryId) -> DomainResult<Vec<Category>> {
    let rows: Vec<CategoryRow> = sqlx::query_as(&format!(
        "SELECT {CATEGORY_COLUMNS} FROM categories WHERE parent_id = $1 ORDER BY position, id"
    ))
    .bind(parent.0)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(Category::from).collect())
}

/// The big classes of a series, in menu order.
pub async fn big_classes(db: &Db, series: SeriesId) -> DomainResult<Vec<Category>> {
    let rows: Vec<CategoryRow> = sqlx::query_as(&format!(
        "SELECT {CATEGORY_COLUMNS} FROM categories WHERE series_id = $1 AND parent_id IS NULL \
         ORDER BY position, id"
    ))
    .bind(series.0)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(Category::from).collect())
}
