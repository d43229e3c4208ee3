//! Server functions of the back office's door: staff sign in and out, ask for an account, and
//! the shell learns who is signed in and which sections their roles open.

use super::Section;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in staff member as the back office's shell shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffView {
    pub name: String,
    pub email: String,
    /// Role codes (`customer_service` …).
    pub roles: Vec<String>,
    /// The sections their roles open, in menu order.
    pub sections: Vec<Section>,
}

/// Signs a staff member in to the back office. Wrong addresses, wrong passwords and accounts
/// that are pending or deactivated all get the same answer.
#[server(endpoint = "admin/login")]
pub async fn staff_log_in(email: String, password: String) -> Result<(), AppError> {
    use crate::account::session::{self, client_address};
    use domain::members::sessions::Holder;
    use domain::rate_limit::{self, LOGIN_FAILURES};
    let db = crate::server::db()?;
    let ip_key = format!("staff-login-ip:{}", client_address());
    let account: String = email.trim().to_lowercase().chars().take(254).collect();
    let account_key = format!("staff-login-account:{account}");
    crate::server::within(&db, &ip_key, LOGIN_FAILURES).await?;
    crate::server::within(&db, &account_key, LOGIN_FAILURES).await?;
    let Some(id) = domain::staff::authenticate(&db, &email, &password).await? else {
        let now = domain::time::now();
        rate_limit::count(&db, &ip_key, LOGIN_FAILURES, now).await?;
        rate_limit::count(&db, &account_key, LOGIN_FAILURES, now).await?;
        return Err(AppError::Invalid {
            field: "credentials".into(),
            rule: "mismatch".into(),
        });
    };
    rate_limit::forget(&db, &account_key).await?;
    session::begin(&db, Holder::Staff(id)).await?;
    let actor = domain::staff::audit::Actor {
        staff: Some(id),
        address: client_address(),
    };
    domain::staff::signed_in(&db, &actor).await?;
    leptos_axum::redirect("/admin");
    Ok(())
}

/// Signs this browser out of the back office.
#[server(endpoint = "admin/logout")]
pub async fn staff_log_out() -> Result<(), AppError> {
    use crate::account::session::{finish_in, STAFF_COOKIE};
    let db = crate::server::db()?;
    finish_in(&db, STAFF_COOKIE).await?;
    leptos_axum::redirect("/admin/login");
    Ok(())
}

/// Asks for a staff account. It waits, without roles, until an administrator approves it. An
/// address that already has an account gets the same answer, so nobody learns who is staff.
#[server(endpoint = "admin/apply")]
pub async fn apply_for_staff(
    email: String,
    name: String,
    password: String,
) -> Result<(), AppError> {
    use crate::account::session::client_address;
    use domain::rate_limit::{self, REGISTRATIONS};
    let db = crate::server::db()?;
    let key = format!("staff-apply-ip:{}", client_address());
    crate::server::within(&db, &key, REGISTRATIONS).await?;
    let form = domain::staff::Application {
        email,
        name,
        password,
    };
    match domain::staff::apply(&db, &form, &client_address()).await {
        Ok(_) | Err(domain::DomainError::Conflict(_)) => {}
        Err(other) => return Err(other.into()),
    }
    rate_limit::count(&db, &key, REGISTRATIONS, domain::time::now()).await?;
    leptos_axum::redirect("/admin/login?applied=1");
    Ok(())
}

/// The staff member signed in on this browser, or `None`.
#[server(endpoint = "admin/me")]
pub async fn get_staff() -> Result<Option<StaffView>, AppError> {
    let db = crate::server::db()?;
    let Some(access) = super::access::signed_in(&db).await? else {
        return Ok(None);
    };
    let Some(me) = domain::staff::accounts::get(&db, access.staff).await? else {
        return Ok(None);
    };
    Ok(Some(StaffView {
        name: me.name,
        email: me.email,
        roles: me.roles.iter().map(|r| r.code().to_string()).collect(),
        sections: Section::ALL
            .into_iter()
            .filter(|s| access.may(s.permission()))
            .collect(),
    }))
}
