//! Reading reviews: a product's rating summary (average, count, stars histogram), its visible
//! reviews newest or most helpful first with their photos and the shop's reply, and the
//! members' "helpful" votes (one per member and review, never on their own).

use super::{masked, Photo, Review, Sort, Summary, PER_PAGE};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{MemberId, ProductId};
use std::collections::HashMap;

/// Visible statuses, for SQL.
const VISIBLE: &str = "('new', 'approved')";

/// The product's rating: its counted figures and, when they come from its reviews alone, the
/// visible reviews by stars. `NotFound` for an unknown product.
pub async fn summary(db: &Db, product: ProductId) -> DomainResult<Summary> {
    let figures: Option<(i64, i64)> =
        sqlx::query_as("SELECT rating_count, rating_avg FROM products WHERE id = $1")
            .bind(product.0)
            .fetch_optional(db.pool())
            .await?;
    let (count, average) = figures.ok_or(DomainError::NotFound)?;
    let rows: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT stars, COUNT(*) FROM reviews WHERE product_id = $1 AND status IN {VISIBLE} \
         GROUP BY stars"
    ))
    .bind(product.0)
    .fetch_all(db.pool())
    .await?;
    let mut histogram = [0i64; 5];
    for (stars, n) in rows {
        if (1..=5).contains(&stars) {
            histogram[(5 - stars) as usize] = n;
        }
    }
    let from_reviews = count > 0 && histogram.iter().sum::<i64>() == count;
    Ok(Summary {
        count,
        average,
        histogram: from_reviews.then_some(histogram),
    })
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    member_id: i64,
    display_name: String,
    stars: i64,
    body: String,
    helpful_count: i64,
    reply: String,
    replied_at: Option<i64>,
    created_at: i64,
}

/// Page `page` (from 1) of the product's visible reviews in `sort` order, seen by `viewer`
/// (their votes and own review marked); and whether another page follows.
pub async fn list(
    db: &Db,
    product: ProductId,
    sort: Sort,
    viewer: Option<MemberId>,
    page: i64,
) -> DomainResult<(Vec<Review>, bool)> {
    let order = match sort {
        Sort::Newest => "r.created_at DESC, r.id DESC",
        Sort::MostHelpful => "r.helpful_count DESC, r.created_at DESC, r.id DESC",
    };
    let page = page.clamp(1, 10_000);
    let mut rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT r.id, r.member_id, m.display_name, r.stars, r.body, r.helpful_count, r.reply, \
         r.replied_at, r.created_at FROM reviews r JOIN members m ON m.id = r.member_id \
         WHERE r.product_id = $1 AND r.status IN {VISIBLE} ORDER BY {order} LIMIT {} OFFSET {}",
        PER_PAGE + 1,
        (page - 1) * PER_PAGE
    ))
    .bind(product.0)
    .fetch_all(db.pool())
    .await?;
    let more = rows.len() as i64 > PER_PAGE;
    rows.truncate(PER_PAGE as usize);
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut photos = photos_of(db, &ids).await?;
    let voted = match viewer {
        Some(member) => votes_of(db, member, &ids).await?,
        None => Vec::new(),
    };
    let reviews = rows
        .into_iter()
        .map(|r| Review {
            id: r.id,
            author: masked(&r.display_name),
            stars: r.stars,
            body: r.body,
            helpful_count: r.helpful_count,
            reply: r.reply,
            replied_at: r.replied_at,
            created_at: r.created_at,
            photos: photos.remove(&r.id).unwrap_or_default(),
            voted: voted.contains(&r.id),
            own: viewer.is_some_and(|m| m.0 == r.member_id),
        })
        .collect();
    Ok((reviews, more))
}

/// `ids` as an SQL list (they are integers from the database).
fn id_list(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The photos of the reviews `ids`, in order, by review.
pub(super) async fn photos_of(db: &Db, ids: &[i64]) -> DomainResult<HashMap<i64, Vec<Photo>>> {
    let mut by_review: HashMap<i64, Vec<Photo>> = HashMap::new();
    if ids.is_empty() {
        return Ok(by_review);
    }
    let rows: Vec<(i64, String, String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT review_id, thumb_path, photo_path, width, height FROM review_photos \
         WHERE review_id IN ({}) ORDER BY review_id, position",
        id_list(ids)
    ))
    .fetch_all(db.pool())
    .await?;
    for (review, thumb_path, photo_path, width, height) in rows {
        by_review.entry(review).or_default().push(Photo {
            thumb_path,
            photo_path,
            width,
            height,
        });
    }
    Ok(by_review)
}

async fn votes_of(db: &Db, member: MemberId, ids: &[i64]) -> DomainResult<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sqlx::query_scalar(&format!(
        "SELECT review_id FROM review_votes WHERE member_id = $1 AND review_id IN ({})",
        id_list(ids)
    ))
    .bind(member.0)
    .fetch_all(db.pool())
    .await?)
}

/// `member` finds review `review` helpful: counted once per member (a second vote changes
/// nothing). `NotFound` for a hidden or unknown review, conflict `own_review` on one's own.
/// The review's helpful count after the vote.
pub async fn vote_helpful(db: &Db, member: MemberId, review: i64, now: i64) -> DomainResult<i64> {
    let mut tx = db.begin_write().await?;
    let found: Option<(i64, String)> =
        sqlx::query_as("SELECT member_id, status FROM reviews WHERE id = $1")
            .bind(review)
            .fetch_optional(tx.conn())
            .await?;
    let (author, status) = found.ok_or(DomainError::NotFound)?;
    if status == "hidden" {
        return Err(DomainError::NotFound);
    }
    if author == member.0 {
        return Err(DomainError::Conflict("own_review"));
    }
    let added = sqlx::query(
        "INSERT INTO review_votes (review_id, member_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (review_id, member_id) DO NOTHING",
    )
    .bind(review)
    .bind(member.0)
    .bind(now)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if added > 0 {
        sqlx::query("UPDATE reviews SET helpful_count = helpful_count + 1 WHERE id = $1")
            .bind(review)
            .execute(tx.conn())
            .await?;
    }
    let count: i64 = sqlx::query_scalar("SELECT helpful_count FROM reviews WHERE id = $1")
        .bind(review)
        .fetch_one(tx.conn())
        .await?;
    tx.commit().await?;
    Ok(count)
}
