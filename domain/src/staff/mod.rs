//! Staff: the shop's people in the back office. Accounts and their roles, signing in, the first
//! administrator, applications to join, and the audit log of what staff do.

pub mod accounts;
pub mod audit;
pub mod dashboard;
pub mod roles;

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::StaffId;
use crate::time;
use audit::Actor;
pub use roles::{Permission, Role};

/// Creates an active administrator. Fails if the e-mail is taken or the password is shorter than 10.
pub async fn create_administrator(db: &Db, email: &str, password: &str) -> DomainResult<StaffId> {
    let form = accounts::NewStaff {
        email: email.into(),
        name: "Administrator".into(),
        password: password.into(),
        roles: vec![Role::Administrator],
    };
    accounts::add(db, &Actor::shop(), &form)
        .await
        .map_err(|e| match e {
            DomainError::Invalid { rule: "taken", .. } => {
                DomainError::Conflict("a staff account with this e-mail exists")
            }
            other => other,
        })
}

/// What someone fills in to ask for a staff account.
#[derive(Clone, Debug)]
pub struct Application {
    pub email: String,
    pub name: String,
    pub password: String,
}

/// Records an application for a staff account: the account is pending, without roles, and
/// cannot sign in until an administrator approves it. An address already known fails with
/// `Conflict`; the caller gives the same answer as for a new application, so nobody learns
/// who works at the shop.
pub async fn apply(db: &Db, form: &Application, address: &str) -> DomainResult<StaffId> {
    let email = crate::members::fields::email(&form.email)?;
    let name = crate::members::fields::name(&form.name)?;
    crate::passwords::check_new(&form.password)?;
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM staff_accounts WHERE email = $1")
        .bind(&email)
        .fetch_optional(db.pool())
        .await?;
    if taken.is_some() {
        return Err(DomainError::Conflict("staff_email_taken"));
    }
    let hash = crate::passwords::hash(&form.password).await?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let id = accounts::insert(tx.conn(), &email, &name, &hash, "pending", now).await?;
    let actor = Actor {
        staff: None,
        address: address.into(),
    };
    let after = serde_json::json!({ "email": email, "name": name, "status": "pending" });
    let subject = format!("staff:{id}");
    audit::record(
        tx.conn(),
        &actor,
        "staff.apply",
        &subject,
        None,
        Some(&after),
        now,
    )
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

/// The longest-standing active administrator, if there is one.
pub async fn first_administrator(db: &Db) -> DomainResult<Option<StaffId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT a.id FROM staff_accounts a JOIN staff_roles r ON r.staff_id = a.id \
         WHERE r.role = 'administrator' AND a.status = 'active' ORDER BY a.id LIMIT 1",
    )
    .fetch_optional(db.pool())
    .await?;
    Ok(id.map(StaffId))
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

/// Notes a staff member's sign-in: when (shown in the staff list) and in the audit log.
pub async fn signed_in(db: &Db, actor: &Actor) -> DomainResult<()> {
    let Some(id) = actor.staff else {
        return Ok(());
    };
    let now = time::now();
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE staff_accounts SET last_login_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id.0)
        .execute(tx.conn())
        .await?;
    let subject = format!("staff:{}", id.0);
    audit::record::<()>(tx.conn(), actor, "staff.log_in", &subject, None, None, now).await?;
    tx.commit().await
}
