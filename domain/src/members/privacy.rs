//! A member's privacy rights: a copy of everything the shop keeps about them (as JSON), and
//! deleting the account. Deletion keeps the row, emptied of anything personal, so records the
//! shop must keep for its accounts (orders, when they exist) still point somewhere.

use super::addresses;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::members::sessions::{self, Holder};
use serde_json::{json, Value};

/// Everything kept about the member: account, profile, addresses, favourites, browsing
/// history, level, signed-in devices and the mail sent to them. Never the password hash or
/// token hashes.
pub async fn export(db: &Db, id: MemberId) -> DomainResult<Value> {
    type Account = (
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<i64>,
        i64,
    );
    let account: Option<Account> = sqlx::query_as(
        "SELECT email, display_name, phone, birthday, language, email_verified_at, created_at \
         FROM members WHERE id = $1 AND status = 'active'",
    )
    .bind(id.0)
    .fetch_optional(db.pool())
    .await?;
    let Some((email, name, phone, birthday, language, verified_at, created_at)) = account else {
        return Err(DomainError::NotFound);
    };
    let sessions: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT created_at, last_seen_at FROM sessions WHERE member_id = $1 ORDER BY created_at",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await?;
    let mails: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT subject, kind, status, created_at FROM mail_outbox WHERE to_address = $1 \
         ORDER BY id",
    )
    .bind(&email)
    .fetch_all(db.pool())
    .await?;
    let book = addresses::list(db, id).await?;
    let favourites = kept_products(db, id, "member_favourites", "added_at").await?;
    let views = kept_products(db, id, "member_views", "viewed_at").await?;
    let level = super::levels::of_member(db, id).await?;
    Ok(json!({
        "account": {
            "id": id.0,
            "email": email,
            "email_verified_at": verified_at,
            "registered_at": created_at,
        },
        "profile": { "name": name, "phone": phone, "birthday": birthday, "language": language },
        "addresses": book,
        "favourites": favourites,
        "browsing_history": views,
        "member_level": { "level": level.level.code, "paid_spend_fen": level.spend.0 },
        "sessions": sessions.iter().map(|(start, seen)| json!({ "started_at": start, "last_seen_at": seen })).collect::<Vec<_>>(),
        "mail": mails.iter().map(|(subject, kind, status, at)| json!({ "subject": subject, "kind": kind, "status": status, "queued_at": at })).collect::<Vec<_>>(),
        "times": "UTC unix seconds",
    }))
}

/// The member's products in `table` (favourites or views), newest `at` first.
async fn kept_products(db: &Db, id: MemberId, table: &str, at: &str) -> DomainResult<Vec<Value>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(&format!(
        "SELECT p.id, p.slug, k.{at} FROM {table} k JOIN products p ON p.id = k.product_id \
         WHERE k.member_id = $1 ORDER BY k.{at} DESC"
    ))
    .bind(id.0)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .iter()
        .map(|(id, slug, when)| json!({ "product_id": id, "product": slug, at: when }))
        .collect())
}

/// Deletes the account, given its password: the e-mail, name, phone, birthday and password
/// are wiped, addresses, favourites, history, tokens, sessions and the newsletter subscription
/// removed. The address may register again.
pub async fn delete(db: &Db, id: MemberId, password: &str) -> DomainResult<()> {
    super::recovery::check_current(db, id, password).await?;
    let mut tx = db.begin_write().await?;
    let email: String = sqlx::query_scalar("SELECT email FROM members WHERE id = $1")
        .bind(id.0)
        .fetch_one(tx.conn())
        .await?;
    // Off the newsletter too, with its record: nothing of the address stays.
    for statement in [
        "DELETE FROM newsletter_events WHERE subscriber_id IN (SELECT id FROM \
         newsletter_subscribers WHERE member_id = $1 OR email = $2)",
        "DELETE FROM newsletter_subscribers WHERE member_id = $1 OR email = $2",
    ] {
        sqlx::query(statement)
            .bind(id.0)
            .bind(&email)
            .execute(tx.conn())
            .await?;
    }
    sqlx::query(
        "UPDATE members SET email = $1, display_name = '', phone = NULL, birthday = NULL, \
         password_hash = '!', email_verified_at = NULL, status = 'deleted' WHERE id = $2",
    )
    .bind(format!("deleted-{}@deleted.invalid", id.0))
    .bind(id.0)
    .execute(tx.conn())
    .await?;
    for table in [
        "member_addresses",
        "member_tokens",
        "member_favourites",
        "member_views",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE member_id = $1"))
            .bind(id.0)
            .execute(tx.conn())
            .await?;
    }
    tx.commit().await?;
    sessions::end_all(db, Holder::Member(id)).await?;
    Ok(())
}
