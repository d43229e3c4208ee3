//! Writing a review: who may (a member with a delivered or completed order of the product, who
//! has not reviewed it yet), and storing it with its photos and its rating in one transaction.

use super::photos::{self, StoredPhoto};
use super::{checked, NewReview};
use crate::catalog::record_rating;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{MemberId, ProductId};
use crate::orders::purchases;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use std::path::Path;

/// Whether a member may review a product, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Eligibility {
    /// They received it in this order.
    May { order: i64 },
    /// Their review is already there (one per member and product).
    AlreadyReviewed,
    /// Their order of it has not been delivered yet.
    NotDelivered,
    /// They have not bought it.
    NotBought,
}

impl Eligibility {
    /// The refusal as a conflict reason (`already_reviewed`, `not_delivered`, `not_bought`).
    pub fn refusal(self) -> Option<&'static str> {
        match self {
            Eligibility::May { .. } => None,
            Eligibility::AlreadyReviewed => Some("already_reviewed"),
            Eligibility::NotDelivered => Some("not_delivered"),
            Eligibility::NotBought => Some("not_bought"),
        }
    }
}

/// Whether `member` may review `product`.
pub async fn eligibility(
    db: &Db,
    member: MemberId,
    product: ProductId,
) -> DomainResult<Eligibility> {
    let mut conn = db.pool().acquire().await?;
    eligibility_on(&mut conn, member, product).await
}

async fn eligibility_on(
    conn: &mut AnyConnection,
    member: MemberId,
    product: ProductId,
) -> DomainResult<Eligibility> {
    let reviewed: Option<i64> =
        sqlx::query_scalar("SELECT id FROM reviews WHERE member_id = $1 AND product_id = $2")
            .bind(member.0)
            .bind(product.0)
            .fetch_optional(&mut *conn)
            .await?;
    if reviewed.is_some() {
        return Ok(Eligibility::AlreadyReviewed);
    }
    let bought = purchases::of_product(conn, member, product).await?;
    Ok(match bought.delivered {
        Some(order) => Eligibility::May { order },
        None if bought.on_its_way => Eligibility::NotDelivered,
        None => Eligibility::NotBought,
    })
}

/// Stores `member`'s review of `product` with its photo uploads (raw bytes as sent): checked
/// (fields `stars`, `body`, `photos`), allowed (conflicts `already_reviewed`, `not_delivered`,
/// `not_bought`), photos resized under `media_dir`, the product's rating counted and the
/// points hook called, in one transaction. The review's id.
pub async fn post(
    db: &Db,
    media_dir: &Path,
    member: MemberId,
    product: ProductId,
    form: &NewReview,
    uploads: Vec<Vec<u8>>,
    now: i64,
) -> DomainResult<i64> {
    let (stars, body) = checked(form)?;
    if let Some(reason) = eligibility(db, member, product).await?.refusal() {
        return Err(DomainError::Conflict(reason));
    }
    let prepared = photos::prepare_all(uploads).await?;
    let stored = photos::store(media_dir, &prepared).await?;
    let saved = save(db, member, product, stars, &body, &stored, now).await;
    if saved.is_err() {
        photos::discard(media_dir, &stored).await;
    }
    saved
}

async fn save(
    db: &Db,
    member: MemberId,
    product: ProductId,
    stars: i64,
    body: &str,
    stored: &[StoredPhoto],
    now: i64,
) -> DomainResult<i64> {
    let mut tx = db.begin_write().await?;
    // Checked again under the write lock: two submits at once store one review.
    let order = match eligibility_on(tx.conn(), member, product).await? {
        Eligibility::May { order } => order,
        other => {
            return Err(DomainError::Conflict(
                other.refusal().unwrap_or("not_bought"),
            ))
        }
    };
    let inserted = sqlx::query_scalar(
        "INSERT INTO reviews (product_id, member_id, order_id, stars, body, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'new', $6) RETURNING id",
    )
    .bind(product.0)
    .bind(member.0)
    .bind(order)
    .bind(stars)
    .bind(body)
    .bind(now)
    .fetch_one(tx.conn())
    .await;
    let id: i64 = match inserted {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(DomainError::Conflict("already_reviewed"))
        }
        Err(e) => return Err(e.into()),
    };
    for (position, photo) in stored.iter().enumerate() {
        sqlx::query(
            "INSERT INTO review_photos (review_id, position, thumb_path, photo_path, width, height) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&photo.thumb_path)
        .bind(&photo.photo_path)
        .bind(i64::from(photo.width))
        .bind(i64::from(photo.height))
        .execute(tx.conn())
        .await?;
    }
    record_rating(tx.conn(), product, stars, 1).await?;
    award_points_for_review(tx.conn(), member, id, !stored.is_empty(), now).await?;
    tx.commit().await?;
    Ok(id)
}

/// The points hook: called in the transaction that stores a review. The shop has no points
/// yet, so it awards nothing; when points arrive, credit the member here (more with photos).
pub async fn award_points_for_review(
    _conn: &mut AnyConnection,
    _member: MemberId,
    _review: i64,
    _with_photos: bool,
    _now: i64,
) -> DomainResult<()> {
    Ok(())
}
