//! A member's favourites: products kept to come back to, newest first. Only products on the
//! shelf can be added; one that leaves the shelf stays kept but is not shown.

use crate::catalog::{self, ProductSummary};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{MemberId, ProductId};

/// Favourites one member may keep.
pub const MAX_FAVOURITES: i64 = 500;

/// Adds the product if it is not a favourite yet, else removes it. Returns whether it is a
/// favourite now. A product not on the shelf cannot be added (`NotFound`).
pub async fn toggle(db: &Db, member: MemberId, product: ProductId, now: i64) -> DomainResult<bool> {
    let mut tx = db.begin_write().await?;
    let removed =
        sqlx::query("DELETE FROM member_favourites WHERE member_id = $1 AND product_id = $2")
            .bind(member.0)
            .bind(product.0)
            .execute(tx.conn())
            .await?
            .rows_affected();
    if removed > 0 {
        tx.commit().await?;
        return Ok(false);
    }
    let on_shelf: Option<i64> =
        sqlx::query_scalar("SELECT id FROM products WHERE id = $1 AND status = 'on_shelf'")
            .bind(product.0)
            .fetch_optional(tx.conn())
            .await?;
    if on_shelf.is_none() {
        return Err(DomainError::NotFound);
    }
    let kept: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM member_favourites WHERE member_id = $1")
            .bind(member.0)
            .fetch_one(tx.conn())
            .await?;
    if kept >= MAX_FAVOURITES {
        return Err(DomainError::Invalid {
            field: "favourites",
            rule: "too_many",
        });
    }
    sqlx::query(
        "INSERT INTO member_favourites (member_id, product_id, added_at) VALUES ($1, $2, $3)",
    )
    .bind(member.0)
    .bind(product.0)
    .bind(now)
    .execute(tx.conn())
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// The ids of the member's favourites, newest first (those off the shelf too).
pub async fn ids(db: &Db, member: MemberId) -> DomainResult<Vec<ProductId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT product_id FROM member_favourites WHERE member_id = $1 \
         ORDER BY added_at DESC, product_id DESC",
    )
    .bind(member.0)
    .fetch_all(db.pool())
    .await?;
    Ok(ids.into_iter().map(ProductId).collect())
}

/// The member's favourites on the shelf, newest first.
pub async fn products(db: &Db, member: MemberId) -> DomainResult<Vec<ProductSummary>> {
    catalog::summaries_by_ids(db, &ids(db, member).await?).await
}
