//! A member's browsing history: the products they looked at, each once at its last view, the
//! newest [`KEPT_VIEWS`] kept. A guest's views live in a cookie until they sign in, then
//! [`merge`] brings them over.

use crate::catalog::{self, ProductSummary};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{MemberId, ProductId};
use serde::Serialize;
use sqlx::AnyConnection;

/// Views kept per member; older ones are dropped as new ones come.
pub const KEPT_VIEWS: i64 = 100;

/// A product in the history with when it was last viewed.
#[derive(Clone, Debug, Serialize)]
pub struct Viewed {
    pub product: ProductSummary,
    pub viewed_at: i64,
}

/// Records that the member viewed `product` at `now`.
pub async fn record(db: &Db, member: MemberId, product: ProductId, now: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    upsert(tx.conn(), member, product, now).await?;
    trim(tx.conn(), member).await?;
    tx.commit().await
}

/// Brings a guest's views (newest first, as the cookie keeps them) into the member's history,
/// just before `now`; a product already there keeps the later of the two times.
pub async fn merge(
    db: &Db,
    member: MemberId,
    newest_first: &[ProductId],
    now: i64,
) -> DomainResult<()> {
    if newest_first.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin_write().await?;
    for (age, product) in (0i64..).zip(newest_first) {
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM products WHERE id = $1")
            .bind(product.0)
            .fetch_optional(tx.conn())
            .await?;
        if exists.is_some() {
            upsert(tx.conn(), member, *product, now - age).await?;
        }
    }
    trim(tx.conn(), member).await?;
    tx.commit().await
}

/// The member's history on the shelf, newest first, at most `limit` products.
pub async fn recent(db: &Db, member: MemberId, limit: i64) -> DomainResult<Vec<Viewed>> {
    let rows = views(db, member, limit).await?;
    let ids: Vec<ProductId> = rows.iter().map(|(id, _)| ProductId(*id)).collect();
    let products = catalog::summaries_by_ids(db, &ids).await?;
    Ok(products
        .into_iter()
        .filter_map(|product| {
            let (_, at) = rows.iter().find(|(id, _)| *id == product.id.0)?;
            Some(Viewed {
                viewed_at: *at,
                product,
            })
        })
        .collect())
}

/// The ids of the member's newest `limit` views, newest first (products off the shelf too).
pub async fn recent_ids(db: &Db, member: MemberId, limit: i64) -> DomainResult<Vec<ProductId>> {
    let rows = views(db, member, limit).await?;
    Ok(rows.into_iter().map(|(id, _)| ProductId(id)).collect())
}

async fn views(db: &Db, member: MemberId, limit: i64) -> DomainResult<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT product_id, viewed_at FROM member_views WHERE member_id = $1 \
         ORDER BY viewed_at DESC, product_id DESC LIMIT $2",
    )
    .bind(member.0)
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

/// Forgets the member's whole history.
pub async fn clear(db: &Db, member: MemberId) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM member_views WHERE member_id = $1")
        .bind(member.0)
        .execute(tx.conn())
        .await?;
    tx.commit().await
}

async fn upsert(
    conn: &mut AnyConnection,
    member: MemberId,
    product: ProductId,
    at: i64,
) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO member_views (member_id, product_id, viewed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (member_id, product_id) DO UPDATE SET viewed_at = \
         CASE WHEN excluded.viewed_at > member_views.viewed_at THEN excluded.viewed_at ELSE member_views.viewed_at END",
    )
    .bind(member.0)
    .bind(product.0)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Drops all but the newest [`KEPT_VIEWS`] views of the member.
async fn trim(conn: &mut AnyConnection, member: MemberId) -> DomainResult<()> {
    sqlx::query(
        "DELETE FROM member_views WHERE member_id = $1 AND product_id NOT IN \
         (SELECT product_id FROM member_views WHERE member_id = $1 \
          ORDER BY viewed_at DESC, product_id DESC LIMIT $2)",
    )
    .bind(member.0)
    .bind(KEPT_VIEWS)
    .execute(conn)
    .await?;
    Ok(())
}
