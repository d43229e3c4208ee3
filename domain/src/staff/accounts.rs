//! Staff accounts as administrators manage them: the list, adding someone, approving a pending
//! account, deactivating and reactivating, and assigning roles. Every change is written to the
//! audit log in its own transaction, with the account before and after.

use super::audit::{self, Actor};
use super::roles::Role;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::StaffId;
use crate::members::fields;
use crate::members::sessions::{self, Holder};
use crate::{passwords, time};
use serde::{Deserialize, Serialize};

/// A staff account as the staff list shows it (never its password hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: StaffId,
    pub email: String,
    pub name: String,
    /// `pending`, `active` or `deactivated`.
    pub status: String,
    pub roles: Vec<Role>,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
}

/// What an administrator fills in to add someone.
#[derive(Clone, Debug)]
pub struct NewStaff {
    pub email: String,
    pub name: String,
    /// The first password, handed over by the administrator (10–128 characters).
    pub password: String,
    pub roles: Vec<Role>,
}

/// Every staff account: pending first, then by name.
pub async fn list(db: &Db) -> DomainResult<Vec<StaffMember>> {
    let rows: Vec<(i64, String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, email, display_name, status, created_at, last_login_at FROM staff_accounts \
         ORDER BY CASE status WHEN 'pending' THEN 0 WHEN 'active' THEN 1 ELSE 2 END, \
         display_name, id",
    )
    .fetch_all(db.pool())
    .await?;
    let roles: Vec<(i64, String)> = sqlx::query_as("SELECT staff_id, role FROM staff_roles")
        .fetch_all(db.pool())
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, email, name, status, created_at, last_login_at)| {
            let mut mine: Vec<Role> = roles
                .iter()
                .filter(|(s, _)| *s == id)
                .filter_map(|(_, code)| Role::parse(code))
                .collect();
            mine.sort();
            StaffMember {
                id: StaffId(id),
                email,
                name,
                status,
                roles: mine,
                created_at,
                last_login_at,
            }
        })
        .collect())
}

/// One staff account, if it exists.
pub async fn get(db: &Db, id: StaffId) -> DomainResult<Option<StaffMember>> {
    Ok(list(db).await?.into_iter().find(|s| s.id == id))
}

/// The roles of an active staff account; `None` when the account is not active (or gone).
pub async fn active_roles(db: &Db, id: StaffId) -> DomainResult<Option<Vec<Role>>> {
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM staff_accounts WHERE id = $1")
            .bind(id.0)
            .fetch_optional(db.pool())
            .await?;
    if status.as_deref() != Some("active") {
        return Ok(None);
    }
    let codes: Vec<String> = sqlx::query_scalar("SELECT role FROM staff_roles WHERE staff_id = $1")
        .bind(id.0)
        .fetch_all(db.pool())
        .await?;
    let mut roles: Vec<Role> = codes.iter().filter_map(|c| Role::parse(c)).collect();
    roles.sort();
    Ok(Some(roles))
}

/// Adds an active staff account with the given roles (at least one).
pub async fn add(db: &Db, actor: &Actor, form: &NewStaff) -> DomainResult<StaffId> {
    let email = fields::email(&form.email)?;
    let name = fields::name(&form.name)?;
    passwords::check_new(&form.password)?;
    if form.roles.is_empty() {
        return Err(DomainError::Invalid {
            field: "roles",
            rule: "required",
        });
    }
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM staff_accounts WHERE email = $1")
        .bind(&email)
        .fetch_optional(db.pool())
        .await?;
    if taken.is_some() {
        return Err(DomainError::Invalid {
            field: "email",
            rule: "taken",
        });
    }
    let hash = passwords::hash(&form.password).await?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let id = insert(tx.conn(), &email, &name, &hash, "active", now).await?;
    write_roles(tx.conn(), id, &form.roles).await?;
    let after = Snapshot {
        email: email.clone(),
        name,
        status: "active".into(),
        roles: sorted(&form.roles),
    };
    let subject = format!("staff:{id}");
    audit::record(
        tx.conn(),
        actor,
        "staff.add",
        &subject,
        None,
        Some(&after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(StaffId(id))
}

/// Writes a new staff account row with `status` (`active` or `pending`); returns its id.
pub(super) async fn insert(
    conn: &mut sqlx::AnyConnection,
    email: &str,
    name: &str,
    hash: &str,
    status: &str,
    now: i64,
) -> DomainResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO staff_accounts (email, display_name, password_hash, status, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(hash)
    .bind(status)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// What the audit log keeps of a staff account before and after a change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
struct Snapshot {
    email: String,
    name: String,
    status: String,
    roles: Vec<Role>,
}

impl From<&StaffMember> for Snapshot {
    fn from(s: &StaffMember) -> Snapshot {
        Snapshot {
            email: s.email.clone(),
            name: s.name.clone(),
            status: s.status.clone(),
            roles: s.roles.clone(),
        }
    }
}

fn sorted(roles: &[Role]) -> Vec<Role> {
    let mut roles = roles.to_vec();
    roles.sort();
    roles.dedup();
    roles
}

async fn write_roles(conn: &mut sqlx::AnyConnection, id: i64, roles: &[Role]) -> DomainResult<()> {
    sqlx::query("DELETE FROM staff_roles WHERE staff_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for role in sorted(roles) {
        sqlx::query("INSERT INTO staff_roles (staff_id, role) VALUES ($1, $2)")
            .bind(id)
            .bind(role.code())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A change an administrator makes to a staff account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A pending account becomes active with these roles (at least one).
    Approve(Vec<Role>),
    /// The account can no longer sign in; its sessions end.
    Deactivate,
    /// A deactivated account may sign in again.
    Reactivate,
    /// The account's roles become these (at least one).
    Roles(Vec<Role>),
}

impl Change {
    fn action(&self) -> &'static str {
        match self {
            Change::Approve(_) => "staff.approve",
            Change::Deactivate => "staff.deactivate",
            Change::Reactivate => "staff.reactivate",
            Change::Roles(_) => "staff.roles",
        }
    }
}

/// Applies `change` to the account `id`. Refused: changing a missing account, approving one
/// that is not pending, deactivating yourself, and anything that would leave the shop without
/// an active administrator.
pub async fn change(db: &Db, actor: &Actor, id: StaffId, change: Change) -> DomainResult<()> {
    let before = get(db, id).await?.ok_or(DomainError::NotFound)?;
    let mut after = before.clone();
    let refuse = |rule: &'static str| {
        Err(DomainError::Invalid {
            field: "staff",
            rule,
        })
    };
    match &change {
        Change::Approve(roles) | Change::Roles(roles) if roles.is_empty() => {
            return Err(DomainError::Invalid {
                field: "roles",
                rule: "required",
            })
        }
        Change::Approve(_) if before.status != "pending" => return refuse("not_pending"),
        Change::Approve(roles) => {
            after.status = "active".into();
            after.roles = sorted(roles);
        }
        Change::Reactivate if before.status != "deactivated" => return refuse("not_deactivated"),
        Change::Reactivate => after.status = "active".into(),
        Change::Deactivate if actor.staff == Some(id) => return refuse("yourself"),
        Change::Deactivate => after.status = "deactivated".into(),
        Change::Roles(roles) => after.roles = sorted(roles),
    }
    let is_admin = |s: &StaffMember| s.status == "active" && s.roles.contains(&Role::Administrator);
    if is_admin(&before) && !is_admin(&after) && super::count_administrators(db).await? <= 1 {
        return refuse("last_administrator");
    }
    let now = time::now();
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE staff_accounts SET status = $1 WHERE id = $2")
        .bind(&after.status)
        .bind(id.0)
        .execute(tx.conn())
        .await?;
    if let Change::Roles(roles) | Change::Approve(roles) = &change {
        write_roles(tx.conn(), id.0, roles).await?;
    }
    let (b, a) = (Snapshot::from(&before), Snapshot::from(&after));
    let subject = format!("staff:{}", id.0);
    audit::record(
        tx.conn(),
        actor,
        change.action(),
        &subject,
        Some(&b),
        Some(&a),
        now,
    )
    .await?;
    tx.commit().await?;
    if after.status != "active" {
        sessions::end_all(db, Holder::Staff(id)).await?;
    }
    Ok(())
}
