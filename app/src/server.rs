//! Server-only glue for server functions: the database from the request context and
//! conversions between the interface language and the domain's content language.

use crate::error::AppError;
use crate::i18n::Locale;
use domain::locale::Lang;
use domain::Db;
use leptos::prelude::use_context;

/// The shop's database, provided to every request by the server.
pub fn db() -> Result<Db, AppError> {
    use_context::<Db>()
        .ok_or_else(|| crate::error::internal("database missing from the request context"))
}

/// `Err(TooMany)` while `key` has used up `limit`.
pub async fn within(db: &Db, key: &str, limit: domain::rate_limit::Limit) -> Result<(), AppError> {
    match domain::rate_limit::wait_needed(db, key, limit, domain::time::now()).await? {
        Some(retry_after_s) => Err(AppError::TooMany { retry_after_s }),
        None => Ok(()),
    }
}

impl From<Locale> for Lang {
    fn from(locale: Locale) -> Lang {
        match locale {
            Locale::ZhCn => Lang::ZhCn,
            Locale::En => Lang::En,
        }
    }
}

/// Whether the request asks for a page back (a form posted without JavaScript; a script asks
/// for data).
pub fn asks_for_page() -> bool {
    use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    })
}

/// A cookie of the current request, by name.
pub fn cookie(name: &str) -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    cookie_in(&parts.headers, name)
}

/// A cookie among a request's headers, by name.
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|h| h.split(';'))
        .find_map(|c| {
            let (key, value) = c.trim().split_once('=')?;
            (key == name).then(|| value.to_string())
        })
}

/// Sets a long-lived cookie (SameSite=Lax, a year), HttpOnly unless the page script reads it
/// (only the comparison list). `value` must be cookie-safe: callers pass numbers, dots and codes.
pub fn remember(name: &str, value: &str) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let http_only = if name == crate::ui::COMPARE_COOKIE {
        ""
    } else {
        "; HttpOnly"
    };
    let cookie = format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax{http_only}");
    if let Ok(header) = http::HeaderValue::from_str(&cookie) {
        response.append_header(http::header::SET_COOKIE, header);
    }
}

/// Product ids kept in a cookie (`12,7,33`), newest first; junk is skipped.
pub fn id_list_cookie(name: &str, max: usize) -> Vec<i64> {
    let mut ids: Vec<i64> = cookie(name)
        .unwrap_or_default()
        .split(['.', ','])
        .filter_map(|id| id.parse::<i64>().ok())
        .filter(|id| *id > 0)
        .collect();
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    ids.truncate(max);
    ids
}

/// Writes a cookie of product ids (the inverse of [`id_list_cookie`]).
pub fn remember_ids(name: &str, ids: &[i64]) {
    let value = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(".");
    remember(name, &value);
}

/// The card gateway, provided to every request by the server.
pub fn gateway() -> Result<domain::payments::gateway::Gateway, AppError> {
    use_context::<domain::payments::gateway::Gateway>()
        .ok_or_else(|| crate::error::internal("payment gateway missing from the request context"))
}

/// Seconds a person needs at least to fill a public form in (feedback, guestbook).
pub const MIN_FILL_S: i64 = 3;

/// `Err` when a public form came back faster than a person types (or from a stale page):
/// `started` is the server's clock when the form was shown.
pub fn human_pace(started: i64) -> Result<(), AppError> {
    let taken = domain::time::now() - started;
    if (MIN_FILL_S..=86_400).contains(&taken) {
        Ok(())
    } else {
        Err(AppError::Invalid {
            field: "form".into(),
            rule: "too_fast".into(),
        })
    }
}
