//! Sign-in sessions of members and staff, stored in the database so several app servers share
//! them. The browser's cookie holds a random 256-bit token; the table holds only its SHA-256,
//! so a leaked table opens no session. A session ends after a time without use (idle) and, in
//! any case, some time after it began (absolute); staff sessions are shorter.

use super::secrets::{digest, new_token};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{MemberId, StaffId};

/// Who a session signs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Member(MemberId),
    Staff(StaffId),
}

/// How long a session lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifetime {
    /// Ends after this many seconds without a request.
    pub idle_s: i64,
    /// Ends this many seconds after sign-in, however busy.
    pub absolute_s: i64,
}

impl Holder {
    /// The `sessions` column naming this holder, and the id in it.
    fn column(self) -> (&'static str, i64) {
        match self {
            Holder::Member(id) => ("member_id", id.0),
            Holder::Staff(id) => ("staff_id", id.0),
        }
    }

    pub fn lifetime(self) -> Lifetime {
        match self {
            Holder::Member(_) => Lifetime {
                idle_s: 14 * 86_400,
                absolute_s: 30 * 86_400,
            },
            Holder::Staff(_) => Lifetime {
                idle_s: 30 * 60,
                absolute_s: 12 * 3_600,
            },
        }
    }
}

/// Last-seen times are written at most this often per session (not on every request).
const SEEN_EVERY_S: i64 = 60;

/// A new session's token, for the cookie (64 hex characters).
pub struct Token(pub String);

/// Starts a session for `holder` and returns its token. Signing in always starts a new one
/// (the id changes at sign-in, so a planted cookie is worth nothing).
pub async fn start(db: &Db, holder: Holder, now: i64) -> DomainResult<Token> {
    let token = new_token();
    let (member, staff) = match holder {
        Holder::Member(id) => (Some(id.0), None),
        Holder::Staff(id) => (None, Some(id.0)),
    };
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, member_id, staff_id, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(digest(&token))
    .bind(member)
    .bind(staff)
    .bind(now)
    .execute(tx.conn())
    .await?;
    tx.commit().await?;
    Ok(Token(token))
}

/// The holder of the session with this token, if it is still alive at `now` (and marks it
/// used). Anything else a cookie may hold finds nothing.
pub async fn find(db: &Db, token: &str, now: i64) -> DomainResult<Option<Holder>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let hash = digest(token);
    let row: Option<(Option<i64>, Option<i64>, i64, i64)> = sqlx::query_as(
        "SELECT member_id, staff_id, created_at, last_seen_at FROM sessions WHERE token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(db.pool())
    .await?;
    let Some((member, staff, created, seen)) = row else {
        return Ok(None);
    };
    let holder = match (member, staff) {
        (Some(m), _) => Holder::Member(MemberId(m)),
        (None, Some(s)) => Holder::Staff(StaffId(s)),
        (None, None) => return Ok(None),
    };
    let life = holder.lifetime();
    if now - seen > life.idle_s || now - created > life.absolute_s {
        end(db, token).await?;
        return Ok(None);
    }
    if now - seen >= SEEN_EVERY_S {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(db.pool())
            .await?;
    }
    Ok(Some(holder))
}

/// Ends the session with this token (signing out).
pub async fn end(db: &Db, token: &str) -> DomainResult<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(digest(token))
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends every session of `holder` ("sign out everywhere"); returns how many ended.
pub async fn end_all(db: &Db, holder: Holder) -> DomainResult<u64> {
    let (column, id) = holder.column();
    Ok(
        sqlx::query(&format!("DELETE FROM sessions WHERE {column} = $1"))
            .bind(id)
            .execute(db.pool())
            .await?
            .rows_affected(),
    )
}

/// How many live sessions `holder` has (shown on the account's security page).
pub async fn count(db: &Db, holder: Holder, now: i64) -> DomainResult<i64> {
    let life = holder.lifetime();
    let (column, id) = holder.column();
    Ok(sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM sessions WHERE {column} = $1 AND last_seen_at > $2 AND created_at > $3"
    ))
    .bind(id)
    .bind(now - life.idle_s)
    .bind(now - life.absolute_s)
    .fetch_one(db.pool())
    .await?)
}

/// A live session as its holder sees it on the security page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionSummary {
    pub started_at: i64,
    pub last_seen_at: i64,
    /// The session of the browser asking (its token is `current`).
    pub this_one: bool,
}

/// `holder`'s live sessions, the latest used first; `current` is the asking browser's token.
pub async fn list(
    db: &Db,
    holder: Holder,
    current: &str,
    now: i64,
) -> DomainResult<Vec<SessionSummary>> {
    let life = holder.lifetime();
    let (column, id) = holder.column();
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT token_hash, created_at, last_seen_at FROM sessions \
         WHERE {column} = $1 AND last_seen_at > $2 AND created_at > $3 \
         ORDER BY last_seen_at DESC, created_at DESC"
    ))
    .bind(id)
    .bind(now - life.idle_s)
    .bind(now - life.absolute_s)
    .fetch_all(db.pool())
    .await?;
    let mine = digest(current);
    Ok(rows
        .into_iter()
        .map(|(hash, started_at, last_seen_at)| SessionSummary {
            started_at,
            last_seen_at,
            this_one: hash == mine,
        })
        .collect())
}
