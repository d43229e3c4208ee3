//! The outbox table: mails waiting to be sent, sent, or given up on (dead) after
//! [`MAX_TRIES`] tries, each retry waiting twice as long as the last.

use crate::db::Db;
use crate::error::DomainResult;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

/// Tries before a mail is given up on.
pub const MAX_TRIES: i64 = 6;

/// Seconds before the first retry; each next one waits twice as long (1, 2, 4, 8, 16 min).
const FIRST_RETRY_S: i64 = 60;

/// A mail to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub kind: &'static str,
    /// The one-click unsubscribe address of a newsletter mail (its `List-Unsubscribe` header).
    pub list_unsubscribe: Option<String>,
}

/// A mail in the outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct OutboxEntry {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub kind: String,
    pub status: String,
    pub tries: i64,
    pub next_try_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub list_unsubscribe: Option<String>,
}

const COLUMNS: &str = "id, to_address, subject, text_body, html_body, kind, status, tries, \
     next_try_at, last_error, created_at, sent_at, list_unsubscribe";

/// Puts `mail` in the outbox on `conn`, inside the caller's transaction.
pub async fn enqueue(conn: &mut AnyConnection, mail: &Mail, now: i64) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO mail_outbox (to_address, subject, text_body, html_body, kind, next_try_at, \
         created_at, list_unsubscribe) VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
    )
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.text)
    .bind(&mail.html)
    .bind(mail.kind)
    .bind(now)
    .bind(&mail.list_unsubscribe)
    .execute(conn)
    .await?;
    Ok(())
}

/// Queued mails whose time has come, oldest first.
pub async fn due(db: &Db, now: i64, at_most: i64) -> DomainResult<Vec<OutboxEntry>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM mail_outbox WHERE status = 'queued' AND next_try_at <= $1 \
         ORDER BY id LIMIT {at_most}"
    ))
    .bind(now)
    .fetch_all(db.pool())
    .await?)
}

/// The newest mails, for the staff's list.
pub async fn newest(db: &Db, at_most: i64) -> DomainResult<Vec<OutboxEntry>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM mail_outbox ORDER BY id DESC LIMIT {at_most}"
    ))
    .fetch_all(db.pool())
    .await?)
}

/// Moves `entry`'s next try to `until` if nobody else did since it was read; `false` when
/// another worker got there first.
pub async fn claim(db: &Db, entry: &OutboxEntry, until: i64) -> DomainResult<bool> {
    let claimed = sqlx::query(
        "UPDATE mail_outbox SET next_try_at = $1 WHERE id = $2 AND status = 'queued' \
         AND next_try_at = $3",
    )
    .bind(until)
    .bind(entry.id)
    .bind(entry.next_try_at)
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(claimed == 1)
}

pub async fn mark_sent(db: &Db, id: i64, now: i64) -> DomainResult<()> {
    sqlx::query(
        "UPDATE mail_outbox SET status = 'sent', tries = tries + 1, sent_at = $1, \
         last_error = NULL WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Records a failed try: the mail waits longer each time, and is dead after [`MAX_TRIES`].
pub async fn mark_failed(db: &Db, entry: &OutboxEntry, error: &str, now: i64) -> DomainResult<()> {
    let tries = entry.tries + 1;
    let (status, next) = if tries >= MAX_TRIES {
        ("dead", entry.next_try_at)
    } else {
        ("queued", now + FIRST_RETRY_S * (1 << (tries - 1)))
    };
    let error: String = error.chars().take(500).collect();
    sqlx::query(
        "UPDATE mail_outbox SET status = $1, tries = $2, next_try_at = $3, last_error = $4 \
         WHERE id = $5",
    )
    .bind(status)
    .bind(tries)
    .bind(next)
    .bind(error)
    .bind(entry.id)
    .execute(db.pool())
    .await?;
    Ok(())
}
