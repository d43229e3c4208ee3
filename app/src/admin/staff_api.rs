//! Server functions administrators manage staff with: the list, adding someone with roles,
//! approving, deactivating, reactivating, and changing roles. Each needs `ManageStaff` and is
//! written to the audit log by the domain.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A staff account in the list (never its password hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// `pending`, `active` or `deactivated`.
    pub status: String,
    pub roles: Vec<String>,
    /// `YYYY-MM-DD` in the shop's time zone.
    pub joined: String,
    pub last_login: Option<String>,
    /// Whether this row is the administrator looking at the list.
    pub is_me: bool,
}

#[cfg(feature = "ssr")]
fn parse_roles(codes: &[String]) -> Result<Vec<domain::staff::Role>, AppError> {
    codes
        .iter()
        .map(|code| {
            domain::staff::Role::parse(code).ok_or_else(|| AppError::Invalid {
                field: "roles".into(),
                rule: "unknown".into(),
            })
        })
        .collect()
}

/// Every staff account: pending first, then by name.
#[server(endpoint = "admin/staff")]
pub async fn list_staff() -> Result<Vec<StaffRow>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let me = super::access::require(&db, Permission::ManageStaff).await?;
    let rows = domain::staff::accounts::list(&db).await?;
    Ok(rows
        .into_iter()
        .map(|s| StaffRow {
            id: s.id.0,
            is_me: s.id == me.staff,
            email: s.email,
            name: s.name,
            status: s.status,
            roles: s.roles.iter().map(|r| r.code().to_string()).collect(),
            joined: domain::time::shop_date(s.created_at),
            last_login: s.last_login_at.map(domain::time::shop_date),
        })
        .collect())
}

/// Adds an active staff account with a first password and at least one role.
#[server(endpoint = "admin/staff/add")]
pub async fn add_staff(
    email: String,
    name: String,
    password: String,
    #[server(default)] roles: Vec<String>,
) -> Result<(), AppError> {
    use domain::staff::{accounts, Permission};
    let db = crate::server::db()?;
    let me = super::access::require(&db, Permission::ManageStaff).await?;
    let form = accounts::NewStaff {
        email,
        name,
        password,
        roles: parse_roles(&roles)?,
    };
    accounts::add(&db, &me.actor(), &form).await?;
    leptos_axum::redirect("/admin/staff");
    Ok(())
}

/// Changes a staff account: `change` is `approve` (with `roles`), `roles`, `deactivate` or
/// `reactivate`.
#[server(endpoint = "admin/staff/change")]
pub async fn change_staff(
    id: i64,
    change: String,
    #[server(default)] roles: Vec<String>,
) -> Result<(), AppError> {
    use domain::ids::StaffId;
    use domain::staff::accounts::{self, Change};
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let me = super::access::require(&db, Permission::ManageStaff).await?;
    let change = match change.as_str() {
        "approve" => Change::Approve(parse_roles(&roles)?),
        "roles" => Change::Roles(parse_roles(&roles)?),
        "deactivate" => Change::Deactivate,
        "reactivate" => Change::Reactivate,
        _ => return Err(AppError::BadRequest),
    };
    accounts::change(&db, &me.actor(), StaffId(id), change).await?;
    leptos_axum::redirect("/admin/staff");
    Ok(())
}
