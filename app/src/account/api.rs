//! Server functions of member accounts: register, log in, log out (here or everywhere) and the
//! account overview. Each checks its input and the session on the server.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the account overview shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub email: String,
    pub name: String,
    pub verified: bool,
    /// Registration date, `YYYY-MM-DD` in the shop's time zone.
    pub joined: String,
    pub sessions: i64,
    /// The member level's name, its discount (basis points), and the next level's name with
    /// the spend it still takes (formatted), if there is one.
    pub level: String,
    pub level_discount_bp: i64,
    pub next_level: Option<(String, String)>,
}

/// A signed-in browser on the security page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLine {
    /// `YYYY-MM-DD HH:MM` in the shop's time zone.
    pub started: String,
    pub last_seen: String,
    pub this_one: bool,
}

#[cfg(feature = "ssr")]
pub(crate) mod on_server {
    pub use super::super::session::{self, client_address};
    pub use crate::server::db;
    pub use domain::members::{self, sessions::Holder};
    pub use domain::rate_limit;
    pub use domain::DomainError;

    /// The shop's name in this page's language and its public address, for mail.
    pub async fn letterhead(
        db: &domain::Db,
    ) -> Result<domain::notifications::templates::Letterhead, crate::AppError> {
        let shop = domain::settings::shop(db).await?;
        let name = match crate::current_locale() {
            crate::i18n::Locale::En => shop.shop_name_en,
            crate::i18n::Locale::ZhCn => shop.shop_name_zh,
        };
        let url = leptos::prelude::use_context::<crate::PublicUrl>()
            .map(|u| u.0)
            .unwrap_or_default();
        Ok(domain::notifications::templates::Letterhead { shop: name, url })
    }
    pub use crate::server::within;
}

/// Opens an account and signs it in.
#[server(endpoint = "account/register")]
pub async fn register(
    email: String,
    password: String,
    name: String,
    phone: Option<String>,
) -> Result<(), AppError> {
    use on_server::*;
    let db = db()?;
    let ip_key = format!("register-ip:{}", client_address());
    within(&db, &ip_key, rate_limit::REGISTRATIONS).await?;
    let form = members::Registration {
        email,
        password,
        name,
        language: crate::current_locale().tag().to_string(),
        phone: phone.unwrap_or_default(),
    };
    let registered = members::register(&db, &form, &letterhead(&db).await?).await;
    if matches!(registered, Ok(_) | Err(DomainError::Conflict(_))) {
        let now = domain::time::now();
        rate_limit::count(&db, &ip_key, rate_limit::REGISTRATIONS, now).await?;
    }
    let id = registered.map_err(|e| match e {
        DomainError::Conflict(_) => AppError::Invalid {
            field: "email".into(),
            rule: "taken".into(),
        },
        other => other.into(),
    })?;
    session::begin(&db, Holder::Member(id)).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Signs a member in, then goes to `next` (a page of this shop) or the account. Wrong
/// addresses and wrong passwords get the same answer.
#[server(endpoint = "account/login")]
pub async fn log_in(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use on_server::*;
    let db = db()?;
    let ip_key = format!("login-ip:{}", client_address());
    let account: String = email.trim().to_lowercase().chars().take(254).collect();
    let account_key = format!("login-account:{account}");
    within(&db, &ip_key, rate_limit::LOGIN_FAILURES).await?;
    within(&db, &account_key, rate_limit::LOGIN_FAILURES).await?;
    match members::authenticate(&db, &email, &password).await? {
        Some(id) => {
            rate_limit::forget(&db, &account_key).await?;
            session::begin(&db, Holder::Member(id)).await?;
            let next = next.as_deref().and_then(super::next::safe_next);
            leptos_axum::redirect(next.as_deref().unwrap_or("/account"));
            Ok(())
        }
        None => {
            let now = domain::time::now();
            rate_limit::count(&db, &ip_key, rate_limit::LOGIN_FAILURES, now).await?;
            rate_limit::count(&db, &account_key, rate_limit::LOGIN_FAILURES, now).await?;
            Err(AppError::Invalid {
                field: "credentials".into(),
                rule: "mismatch".into(),
            })
        }
    }
}

/// Signs this browser out.
#[server(endpoint = "account/logout")]
pub async fn log_out() -> Result<(), AppError> {
    let db = on_server::db()?;
    on_server::session::finish(&db).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends every session of the signed-in member, this one included.
#[server(endpoint = "account/logout-everywhere")]
pub async fn log_out_everywhere() -> Result<(), AppError> {
    use on_server::*;
    let db = db()?;
    let id = session::member(&db).await?;
    domain::members::sessions::end_all(&db, Holder::Member(id)).await?;
    session::finish(&db).await?;
    leptos_axum::redirect("/account/login");
    Ok(())
}

/// The signed-in member's account, or `None` when nobody is signed in.
#[server(endpoint = "account")]
pub async fn get_account() -> Result<Option<AccountView>, AppError> {
    use on_server::*;
    let db = db()?;
    let Some(Holder::Member(id)) = session::current(&db).await? else {
        return Ok(None);
    };
    let Some(member) = members::member(&db, id).await? else {
        return Ok(None);
    };
    let now = domain::time::now();
    let lang: domain::locale::Lang = crate::current_locale().into();
    let standing = domain::members::levels::of_member(&db, id).await?;
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    Ok(Some(AccountView {
        email: member.email,
        name: member.name,
        verified: member.verified,
        joined: domain::time::shop_date(member.joined_at),
        sessions: domain::members::sessions::count(&db, Holder::Member(id), now).await?,
        level: standing.level.name.get(lang).to_string(),
        level_discount_bp: standing.level.discount_bp,
        next_level: standing
            .next
            .map(|(level, left)| (level.name.get(lang).to_string(), left.format(&currency))),
    }))
}

/// The signed-in member's live sessions, the latest used first; `None` for a guest.
#[server(endpoint = "account/sessions")]
pub async fn get_sessions() -> Result<Option<Vec<SessionLine>>, AppError> {
    use on_server::*;
    let db = db()?;
    let Some(Holder::Member(id)) = session::current(&db).await? else {
        return Ok(None);
    };
    let token = crate::server::cookie(session::SESSION_COOKIE).unwrap_or_default();
    let now = domain::time::now();
    let list = domain::members::sessions::list(&db, Holder::Member(id), &token, now).await?;
    Ok(Some(
        list.into_iter()
            .map(|s| SessionLine {
                started: domain::time::shop_datetime(s.started_at),
                last_seen: domain::time::shop_datetime(s.last_seen_at),
                this_one: s.this_one,
            })
            .collect(),
    ))
}

/// Confirms the signed-in (or any) member's e-mail address with the token from the mail.
#[server(endpoint = "account/verify")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    let db = on_server::db()?;
    domain::members::tokens::verify_email(&db, &token, domain::time::now()).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Sends the signed-in member a new verification mail (at most 3 an hour).
#[server(endpoint = "account/resend-verification")]
pub async fn resend_verification() -> Result<(), AppError> {
    use on_server::*;
    let db = db()?;
    let id = session::member(&db).await?;
    let key = format!("verify-mail:{id}");
    within(&db, &key, rate_limit::VERIFICATION_MAILS).await?;
    let now = domain::time::now();
    rate_limit::count(&db, &key, rate_limit::VERIFICATION_MAILS, now).await?;
    members::resend_verification(&db, id, &letterhead(&db).await?, now).await?;
    Ok(())
}
