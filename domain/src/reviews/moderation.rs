//! Staff work on reviews: the moderation queue (new reviews first), approving or hiding a
//! review (the product's rating follows in the same transaction) and the shop's public reply.
//! Every action is audit-logged.

use super::reading::photos_of;
use super::{Photo, ReviewStatus, REPLY_MAX};
use crate::catalog::record_rating;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::ProductId;
use crate::members::fields;
use crate::staff::audit::{self, Actor};
use serde::{Deserialize, Serialize};

/// A review as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffReview {
    pub id: i64,
    pub product_slug: String,
    pub product_zh: String,
    pub product_en: String,
    /// The author's display name, whole.
    pub author: String,
    pub stars: i64,
    pub body: String,
    pub status: String,
    pub helpful_count: i64,
    pub reply: String,
    pub created_at: i64,
    pub photos: Vec<Photo>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    product_slug: String,
    product_zh: String,
    product_en: String,
    author: String,
    stars: i64,
    body: String,
    status: String,
    helpful_count: i64,
    reply: String,
    created_at: i64,
}

/// Reviews with `status` (`new`, `approved`, `hidden`, or every one for `""`), newest first.
pub async fn queue(db: &Db, status: &str, at_most: i64) -> DomainResult<Vec<StaffReview>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT r.id, p.slug AS product_slug, p.name_zh AS product_zh, p.name_en AS product_en, \
         m.display_name AS author, r.stars, r.body, r.status, r.helpful_count, r.reply, \
         r.created_at FROM reviews r JOIN products p ON p.id = r.product_id \
         JOIN members m ON m.id = r.member_id WHERE ($1 = '' OR r.status = $1) \
         ORDER BY r.id DESC LIMIT {}",
        at_most.clamp(1, 500)
    ))
    .bind(status)
    .fetch_all(db.pool())
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut photos = photos_of(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| StaffReview {
            photos: photos.remove(&r.id).unwrap_or_default(),
            id: r.id,
            product_slug: r.product_slug,
            product_zh: r.product_zh,
            product_en: r.product_en,
            author: r.author,
            stars: r.stars,
            body: r.body,
            status: r.status,
            helpful_count: r.helpful_count,
            reply: r.reply,
            created_at: r.created_at,
        })
        .collect())
}

/// A moderator's decision on a review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// Seen and fine: shown (again, if it was hidden).
    Approve,
    /// Taken down: no longer shown or counted.
    Hide,
}

/// Applies `decision` to review `id`: its status, and the product's rating when the review
/// starts or stops being visible, in one audit-logged transaction. The new status.
pub async fn moderate(
    db: &Db,
    who: &Actor,
    id: i64,
    decision: Decision,
    now: i64,
) -> DomainResult<ReviewStatus> {
    let mut tx = db.begin_write().await?;
    let found: Option<(i64, i64, String)> =
        sqlx::query_as("SELECT product_id, stars, status FROM reviews WHERE id = $1")
            .bind(id)
            .fetch_optional(tx.conn())
            .await?;
    let (product, stars, before) = found.ok_or(DomainError::NotFound)?;
    let before = ReviewStatus::parse(&before)
        .ok_or_else(|| DomainError::Internal(format!("review {id} has status {before}")))?;
    let after = match decision {
        Decision::Approve => ReviewStatus::Approved,
        Decision::Hide => ReviewStatus::Hidden,
    };
    sqlx::query(
        "UPDATE reviews SET status = $1, moderated_at = $2, moderated_by = $3 WHERE id = $4",
    )
    .bind(after.code())
    .bind(now)
    .bind(who.staff.map(|s| s.0))
    .bind(id)
    .execute(tx.conn())
    .await?;
    match (before.visible(), after.visible()) {
        (true, false) => record_rating(tx.conn(), ProductId(product), stars, -1).await?,
        (false, true) => record_rating(tx.conn(), ProductId(product), stars, 1).await?,
        _ => {}
    }
    audit::record(
        tx.conn(),
        who,
        "review.moderate",
        &format!("review:{id}"),
        Some(&before.code()),
        Some(&after.code()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// The shop answers review `id` in public (an empty `reply` withdraws the answer); checked
/// (field `reply`: `too_long`, `malformed`) and audit-logged.
pub async fn reply(db: &Db, who: &Actor, id: i64, reply: &str, now: i64) -> DomainResult<()> {
    let reply = fields::passage("reply", reply, 0, REPLY_MAX)?;
    let mut tx = db.begin_write().await?;
    let before: Option<String> = sqlx::query_scalar("SELECT reply FROM reviews WHERE id = $1")
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
    let before = before.ok_or(DomainError::NotFound)?;
    let (at, by) = if reply.is_empty() {
        (None, None)
    } else {
        (Some(now), who.staff.map(|s| s.0))
    };
    sqlx::query("UPDATE reviews SET reply = $1, replied_at = $2, replied_by = $3 WHERE id = $4")
        .bind(&reply)
        .bind(at)
        .bind(by)
        .bind(id)
        .execute(tx.conn())
        .await?;
    audit::record(
        tx.conn(),
        who,
        "review.reply",
        &format!("review:{id}"),
        Some(&before),
        Some(&reply),
        now,
    )
    .await?;
    tx.commit().await
}
