//! Staff accounts and their roles. This part holds what the CLI needs to create the first
//! administrator; sign-in and role management build on it.

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::StaffId;
use crate::time;
/// The shop's departments as roles.
pub const ROLES: [&str; 8] = [
    "administrator",
    "operations",
    "editor",
    "customer_service",
    "warehouse",
    "purchasing",
    "finance",
    "marketing",
];

/// Creates an active administrator. Fails if the e-mail is taken or the password is shorter than 10.
pub async fn create_administrator(db: &Db, email: &str, password: &str) -> DomainResult<StaffId> {
    let email = crate::members::fields::email(email)?;
    crate::passwords::check_new(password)?;
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM staff_accounts WHERE email = $1")
        .bind(&email)
        .fetch_optional(db.pool())
        .await?;
    if taken.is_some() {
        return Err(DomainError::Conflict(
            "a staff account with this e-mail exists",
        ));
    }
    let hash = crate::passwords::hash(password).await?;
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO staff_accounts (email, display_name, password_hash, status, created_at) \
         VALUES ($1, $2, $3, 'active', $4) RETURNING id",
    )
    .bind(&email)
    .bind("Administrator")
    .bind(&hash)
    .bind(time::now())
    .fetch_one(tx.conn())
    .await?;
    sqlx::query("INSERT INTO staff_roles (staff_id, role) VALUES ($1, 'administrator')")
        .bind(id)
        .execute(tx.conn())
        .await?;
    tx.commit().await?;
    Ok(StaffId(id))
}

/// How many active administrators exist (first start creates one when there are none).
pub async fn count_administrators(db: &Db) -> DomainResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM staff_accounts a JOIN staff_roles r ON r.staff_id = a.id \
         WHERE r.role = 'administrator' AND a.status = 'active'",
    )
    .fetch_one(db.pool())
    .await?)
}

/// Checks a staff member's e-mail and password; `None` when they do not match an active account.
pub async fn authenticate(db: &Db, email: &str, password: &str) -> DomainResult<Option<StaffId>> {
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, password_hash FROM staff_accounts WHERE email = $1 AND status = 'active'",
    )
    .bind(email.trim().to_lowercase())
    .fetch_optional(db.pool())
    .await?;
    let (id, hash) = row.unzip();
    let ok = crate::passwords::verify(password, hash).await?;
    Ok(id.filter(|_| ok).map(StaffId))
}
