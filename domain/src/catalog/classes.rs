//! The class tree: series, big and small classes, in menu order. Every page shows it, so it is
//! read once and remembered briefly (see [`crate::memo`]); edits show within [`TREE_TTL`].

use super::model::*;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{CategoryId, SeriesId};
use crate::locale::Bilingual;
use sqlx::FromRow;
use std::time::Duration;

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

/// How long the class tree is remembered.
pub const TREE_TTL: Duration = Duration::from_secs(30);

/// Every series and class, each in menu order.
#[derive(Clone)]
struct Tree {
    series: Vec<Series>,
    categories: Vec<Category>,
}

async fn tree(db: &Db) -> DomainResult<Tree> {
    let db2 = db.clone();
    db.memo()
        .remember("class-tree".into(), TREE_TTL, move || async move {
            let series: Vec<SeriesRow> = sqlx::query_as(&format!(
                "SELECT {SERIES_COLUMNS} FROM series ORDER BY position, id"
            ))
            .fetch_all(db2.pool())
            .await?;
            let categories: Vec<CategoryRow> = sqlx::query_as(&format!(
                "SELECT {CATEGORY_COLUMNS} FROM categories ORDER BY position, id"
            ))
            .fetch_all(db2.pool())
            .await?;
            Ok(Tree {
                series: series.into_iter().map(Series::from).collect(),
                categories: categories.into_iter().map(Category::from).collect(),
            })
        })
        .await
}

/// Forgets the remembered class tree (after an edit of series or classes).
pub fn forget_tree(db: &Db) {
    db.memo().forget("class-tree");
}

/// The series with their big and small classes, in menu order.
pub async fn menu(db: &Db) -> DomainResult<Vec<SeriesMenu>> {
    let Tree { series, categories } = tree(db).await?;
    Ok(series
        .into_iter()
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

async fn find_category(
    db: &Db,
    wanted: impl Fn(&Category) -> bool,
) -> DomainResult<Option<Category>> {
    Ok(tree(db).await?.categories.into_iter().find(wanted))
}

async fn find_series(db: &Db, wanted: impl Fn(&Series) -> bool) -> DomainResult<Option<Series>> {
    Ok(tree(db).await?.series.into_iter().find(wanted))
}

/// A class by its slug (big or small).
pub async fn category_by_slug(db: &Db, slug: &str) -> DomainResult<Option<Category>> {
    find_category(db, |c| c.slug == slug).await
}

pub async fn category_by_id(db: &Db, id: CategoryId) -> DomainResult<Option<Category>> {
    find_category(db, |c| c.id == id).await
}

pub async fn series_by_id(db: &Db, id: SeriesId) -> DomainResult<Option<Series>> {
    find_series(db, |s| s.id == id).await
}

pub async fn series_by_slug(db: &Db, slug: &str) -> DomainResult<Option<Series>> {
    find_series(db, |s| s.slug == slug).await
}

/// The classes directly under `parent` (the small classes of a big class), in menu order.
pub async fn child_classes(db: &Db, parent: CategoryId) -> DomainResult<Vec<Category>> {
    let tree = tree(db).await?;
    Ok(tree
        .categories
        .into_iter()
        .filter(|c| c.parent_id == Some(parent))
        .collect())
}

/// The big classes of a series, in menu order.
pub async fn big_classes(db: &Db, series: SeriesId) -> DomainResult<Vec<Category>> {
    let tree = tree(db).await?;
    Ok(tree
        .categories
        .into_iter()
        .filter(|c| c.series_id == series && c.parent_id.is_none())
        .collect())
}
