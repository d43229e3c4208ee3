//! Single-use, expiring tokens mailed to members: e-mail verification and password reset. Only a token's SHA-256 is stored, so the table alone redeems nothing.

use super::secrets::{digest, new_token};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use sqlx::AnyConnection;

/// What a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
        }
    }

    /// Hours a token of this purpose stays valid.
    pub fn hours(self) -> i64 {
        match self {
            Purpose::VerifyEmail => 24,
            Purpose::ResetPassword => 1,
        }
    }
}

/// Issues a token on `conn`, inside the caller's transaction (the one that queues its mail).
pub async fn issue(
    conn: &mut AnyConnection,
    member: MemberId,
    purpose: Purpose,
    now: i64,
) -> DomainResult<String> {
    let token = new_token();
    sqlx::query(
        "INSERT INTO member_tokens (token_hash, member_id, purpose, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(digest(&token))
    .bind(member.0)
    .bind(purpose.code())
    .bind(now)
    .bind(now + purpose.hours() * 3_600)
    .execute(conn)
    .await?;
    Ok(token)
}

fn refused(rule: &'static str) -> DomainError {
    DomainError::Invalid {
        field: "token",
        rule,
    }
}

/// Uses up a token on `conn` (inside the caller's transaction) and returns its member.
/// Unknown, used and expired tokens are refused with that rule.
pub async fn redeem(
    conn: &mut AnyConnection,
    token: &str,
    purpose: Purpose,
    now: i64,
) -> DomainResult<MemberId> {
    let hash = digest(token.trim());
    let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT member_id, expires_at, used_at FROM member_tokens \
         WHERE token_hash = $1 AND purpose = $2",
    )
    .bind(&hash)
    .bind(purpose.code())
    .fetch_optional(&mut *conn)
    .await?;
    let Some((member, expires_at, used_at)) = row else {
        return Err(refused("unknown"));
    };
    if used_at.is_some() {
        return Err(refused("used"));
    }
    if now > expires_at {
        return Err(refused("expired"));
    }
    let taken = sqlx::query(
        "UPDATE member_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
    )
    .bind(now)
    .bind(&hash)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    // Another request redeemed it between the read and this write.
    if taken != 1 {
        return Err(refused("used"));
    }
    Ok(MemberId(member))
}

/// Confirms a member's e-mail address with the token mailed to it.
pub async fn verify_email(db: &Db, token: &str, now: i64) -> DomainResult<MemberId> {
    let mut tx = db.begin_write().await?;
    let member = redeem(tx.conn(), token, Purpose::VerifyEmail, now).await?;
    sqlx::query(
        "UPDATE members SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
    )
    .bind(now)
    .bind(member.0)
    .execute(tx.conn())
    .await?;
    tx.commit().await?;
    Ok(member)
}
