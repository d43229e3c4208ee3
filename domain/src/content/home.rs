//! The home page's sections: which blocks appear, in which order, with which titles and,
//! for curated blocks, which products.

use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{CategoryId, ProductId};
use crate::locale::Bilingual;
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

/// The kinds of block the home page can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectionKind {
    /// Curated hot products (best sellers when none are listed).
    HotProducts,
    /// This week's top sellers of the shop.
    SalesRanking,
    /// The brands with a picture each.
    BrandShowcase,
    /// Recommended products of one big class.
    ClassFeatured,
    /// Curated products on special offer.
    DailySpecials,
    /// Campaign and event banners.
    Activities,
    Announcements,
    /// The latest customer reviews.
    Reviews,
    /// The newsletter sign-up box.
    Newsletter,
}

impl SectionKind {
    const CODES: [(SectionKind, &'static str); 9] = [
        (SectionKind::HotProducts, "hot_products"),
        (SectionKind::SalesRanking, "sales_ranking"),
        (SectionKind::BrandShowcase, "brand_showcase"),
        (SectionKind::ClassFeatured, "class_featured"),
        (SectionKind::DailySpecials, "daily_specials"),
        (SectionKind::Activities, "activities"),
        (SectionKind::Announcements, "announcements"),
        (SectionKind::Reviews, "reviews"),
        (SectionKind::Newsletter, "newsletter"),
    ];

    pub fn as_str(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(k, _)| *k == self)
            .map(|(_, code)| *code)
            .unwrap_or("hot_products")
    }

    pub fn parse(code: &str) -> Option<SectionKind> {
        Self::CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(k, _)| *k)
    }
}

/// One block of the home page as staff configured it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HomeSection {
    pub id: i64,
    pub kind: SectionKind,
    pub title: Bilingual,
    /// The big class of a `ClassFeatured` block.
    pub class: Option<CategoryId>,
    pub limit: i64,
    /// The curated products, in order (empty for blocks that are not curated).
    pub products: Vec<ProductId>,
}

#[derive(FromRow)]
struct SectionRow {
    id: i64,
    kind: String,
    title_zh: String,
    title_en: String,
    category_id: Option<i64>,
    item_limit: i64,
}

/// The sections visible at `now`, in order, with their curated products.
pub async fn home_sections(db: &Db, now: i64) -> DomainResult<Vec<HomeSection>> {
    let rows: Vec<SectionRow> = sqlx::query_as(
        "SELECT id, kind, title_zh, title_en, category_id, item_limit FROM home_sections \
         WHERE active = 1 AND (starts_at IS NULL OR starts_at <= $1) AND (ends_at IS NULL OR ends_at > $1) \
         ORDER BY position, id",
    )
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    let picks: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT sp.section_id, sp.product_id FROM home_section_products sp \
         JOIN home_sections s ON s.id = sp.section_id WHERE s.active = 1 \
         ORDER BY sp.section_id, sp.position, sp.product_id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let kind = SectionKind::parse(&r.kind)?;
            Some(HomeSection {
                id: r.id,
                kind,
                title: Bilingual::new(r.title_zh, r.title_en),
                class: r.category_id.map(CategoryId),
                limit: r.item_limit,
                products: picks
                    .iter()
                    .filter(|(section, _)| *section == r.id)
                    .map(|(_, product)| ProductId(*product))
                    .collect(),
            })
        })
        .collect())
}
