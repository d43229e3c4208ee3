//! Banners and announcements, each shown only inside its time window.

use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::CategoryId;
use crate::locale::Bilingual;
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

/// Where a banner appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The rotating carousel at the top of the home page.
    HomeCarousel,
    /// A full-width banner between home page sections.
    HomeWide,
    /// The "latest activities" of the home page: campaigns and events.
    Activity,
    /// A banner between the groups of one big class's page.
    ClassPage,
}

impl Placement {
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::HomeCarousel => "home_carousel",
            Placement::HomeWide => "home_wide",
            Placement::Activity => "activity",
            Placement::ClassPage => "class_page",
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Banner {
    pub title: Bilingual,
    pub subtitle: Bilingual,
    pub image_url: String,
    pub link_url: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Announcement {
    pub id: i64,
    pub title: Bilingual,
    pub body: Bilingual,
    pub starts_at: i64,
}

#[derive(FromRow)]
struct BannerRow {
    title_zh: String,
    title_en: String,
    subtitle_zh: String,
    subtitle_en: String,
    image_url: String,
    link_url: String,
}

#[derive(FromRow)]
struct AnnouncementRow {
    id: i64,
    title_zh: String,
    title_en: String,
    body_zh: String,
    body_en: String,
    starts_at: i64,
}

/// Active banners of a placement at time `now`, in order.
pub async fn banners(db: &Db, placement: Placement, now: i64) -> DomainResult<Vec<Banner>> {
    banners_where(db, placement, None, now).await
}

/// Active banners of one class's page at time `now`, in order.
pub async fn class_banners(db: &Db, class: CategoryId, now: i64) -> DomainResult<Vec<Banner>> {
    banners_where(db, Placement::ClassPage, Some(class), now).await
}

async fn banners_where(
    db: &Db,
    placement: Placement,
    class: Option<CategoryId>,
    now: i64,
) -> DomainResult<Vec<Banner>> {
    let rows: Vec<BannerRow> = sqlx::query_as(
        "SELECT title_zh, title_en, subtitle_zh, subtitle_en, image_url, link_url FROM banners \
         WHERE placement = $1 AND active = 1 AND (starts_at IS NULL OR starts_at <= $2) \
         AND (ends_at IS NULL OR ends_at > $2) AND ($3 = 0 OR category_id = $3) ORDER BY position, id",
    )
    .bind(placement.as_str())
    .bind(now)
    .bind(class.map(|c| c.0).unwrap_or(0))
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Banner {
            title: Bilingual::new(r.title_zh, r.title_en),
            subtitle: Bilingual::new(r.subtitle_zh, r.subtitle_en),
            image_url: r.image_url,
            link_url: r.link_url,
        })
        .collect())
}

/// Announcements visible at `now`, newest first.
pub async fn announcements(db: &Db, now: i64, limit: i64) -> DomainResult<Vec<Announcement>> {
    let rows: Vec<AnnouncementRow> = sqlx::query_as(
        "SELECT id, title_zh, title_en, body_zh, body_en, starts_at FROM announcements \
         WHERE starts_at <= $1 AND (ends_at IS NULL OR ends_at > $1) \
         ORDER BY position, starts_at DESC, id DESC LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Announcement {
            id: r.id,
            title: Bilingual::new(r.title_zh, r.title_en),
            body: Bilingual::new(r.body_zh, r.body_en),
            starts_at: r.starts_at,
        })
        .collect())
}
