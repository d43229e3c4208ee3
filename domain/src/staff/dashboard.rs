//! The back office's first page: the shop's figures as they stand now, counted from the
//! tables (products, members, searches, mail, staff).

use crate::db::Db;
use crate::error::DomainResult;
use crate::time;
use serde::{Deserialize, Serialize};

/// The figures on the dashboard. "Today" is the shop's day (midnight in Beijing until now).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub products_on_shelf: i64,
    /// On the shelf with no SKU left to sell.
    pub products_sold_out: i64,
    /// Drafts and products waiting for review.
    pub products_not_live: i64,
    pub members: i64,
    pub members_joined_today: i64,
    pub members_verified: i64,
    pub searches_today: i64,
    pub searches_today_without_results: i64,
    pub mails_queued: i64,
    /// Mails given up on after every retry.
    pub mails_dead: i64,
    /// Staff applications waiting for an administrator.
    pub staff_pending: i64,
}

/// Counts the figures at `now`.
pub async fn figures(db: &Db, now: i64) -> DomainResult<Figures> {
    let today = time::shop_day_start(now);
    let pool = db.pool();
    let (products_on_shelf, products_sold_out, products_not_live): (i64, i64, i64) =
        sqlx::query_as(
            "SELECT \
               COALESCE(SUM(CASE WHEN status = 'on_shelf' THEN 1 ELSE 0 END), 0), \
               COALESCE(SUM(CASE WHEN status = 'on_shelf' AND in_stock = 0 THEN 1 ELSE 0 END), 0), \
               COALESCE(SUM(CASE WHEN status IN ('draft', 'pending_review') THEN 1 ELSE 0 END), 0) \
             FROM products",
        )
        .fetch_one(pool)
        .await?;
    let (members, members_joined_today, members_verified): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), \
           COALESCE(SUM(CASE WHEN created_at >= $1 THEN 1 ELSE 0 END), 0), \
           COALESCE(SUM(CASE WHEN email_verified_at IS NOT NULL THEN 1 ELSE 0 END), 0) \
         FROM members WHERE status = 'active'",
    )
    .bind(today)
    .fetch_one(pool)
    .await?;
    let (searches_today, searches_today_without_results): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN results = 0 THEN 1 ELSE 0 END), 0) \
         FROM search_log WHERE searched_at >= $1",
    )
    .bind(today)
    .fetch_one(pool)
    .await?;
    let (mails_queued, mails_dead): (i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END), 0), \
           COALESCE(SUM(CASE WHEN status = 'dead' THEN 1 ELSE 0 END), 0) FROM mail_outbox",
    )
    .fetch_one(pool)
    .await?;
    let staff_pending: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM staff_accounts WHERE status = 'pending'")
            .fetch_one(pool)
            .await?;
    Ok(Figures {
        products_on_shelf,
        products_sold_out,
        products_not_live,
        members,
        members_joined_today,
        members_verified,
        searches_today,
        searches_today_without_results,
        mails_queued,
        mails_dead,
        staff_pending,
    })
}
