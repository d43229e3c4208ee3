//! A member's password: reset by a mailed link when forgotten (the answer never tells whether
//! an address has an account), and changed when signed in (knowing the current one). Either
//! way every session of the account ends; the caller signs the browser in anew.

use super::tokens::{self, Purpose};
use super::{fields, find_by_email, member};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::members::sessions::{self, Holder};
use crate::notifications::outbox;
use crate::notifications::templates::{self, Letterhead};
use crate::passwords;

/// Queues a reset mail if `email` belongs to an active account; does nothing otherwise. Both
/// cases return the same `Ok(())`, so the caller's answer cannot tell them apart.
pub async fn request_reset(db: &Db, email: &str, head: &Letterhead, now: i64) -> DomainResult<()> {
    let Ok(email) = fields::email(email) else {
        return Ok(());
    };
    let Some((id, _)) = find_by_email(db, &email).await? else {
        return Ok(());
    };
    let Some(m) = member(db, MemberId(id)).await? else {
        return Ok(());
    };
    let mut tx = db.begin_write().await?;
    let token = tokens::issue(tx.conn(), m.id, Purpose::ResetPassword, now).await?;
    let hours = Purpose::ResetPassword.hours();
    let mail = templates::reset_password(&m.email, &m.name, &m.language, head, &token, hours);
    outbox::enqueue(tx.conn(), &mail, now).await?;
    tx.commit().await
}

/// Sets a new password with a token from a reset mail (once, before it expires) and ends every
/// session of the account. The password is checked before the token is used up.
pub async fn reset(db: &Db, token: &str, new_password: &str, now: i64) -> DomainResult<MemberId> {
    passwords::check_new(new_password)?;
    let hash = passwords::hash(new_password).await?;
    let mut tx = db.begin_write().await?;
    let id = tokens::redeem(tx.conn(), token, Purpose::ResetPassword, now).await?;
    set_hash(tx.conn(), id, &hash).await?;
    // A reset link proves the address too.
    sqlx::query(
        "UPDATE members SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
    )
    .bind(now)
    .bind(id.0)
    .execute(tx.conn())
    .await?;
    tx.commit().await?;
    sessions::end_all(db, Holder::Member(id)).await?;
    Ok(id)
}

/// Changes a signed-in member's password, given the current one, and ends every session of the
/// account. A wrong current password is refused as `current_password: mismatch`.
pub async fn change(db: &Db, id: MemberId, current: &str, new_password: &str) -> DomainResult<()> {
    check_current(db, id, current).await?;
    passwords::check_new(new_password)?;
    let hash = passwords::hash(new_password).await?;
    let mut tx = db.begin_write().await?;
    set_hash(tx.conn(), id, &hash).await?;
    tx.commit().await?;
    sessions::end_all(db, Holder::Member(id)).await?;
    Ok(())
}

/// Checks an active member's password: a wrong one is refused as `current_password: mismatch`.
pub(super) async fn check_current(db: &Db, id: MemberId, password: &str) -> DomainResult<()> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM members WHERE id = $1 AND status = 'active'")
            .bind(id.0)
            .fetch_optional(db.pool())
            .await?;
    let Some(stored) = stored else {
        return Err(DomainError::NotFound);
    };
    if passwords::verify(password, Some(stored)).await? {
        Ok(())
    } else {
        Err(DomainError::Invalid {
            field: "current_password",
            rule: "mismatch",
        })
    }
}

async fn set_hash(conn: &mut sqlx::AnyConnection, id: MemberId, hash: &str) -> DomainResult<()> {
    sqlx::query("UPDATE members SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}
