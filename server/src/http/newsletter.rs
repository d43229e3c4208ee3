//! `/newsletter/one-click`: the address in a newsletter mail's `List-Unsubscribe` header. Mail
//! programs POST `List-Unsubscribe=One-Click` to it (RFC 8058) and the address leaves the list
//! at once; a person who opens it is sent to the unsubscribe page instead.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::newsletter::{self, Source};
use domain::{Db, DomainError};
use std::collections::HashMap;

/// The query string (`?token=…`).
type Token = Query<HashMap<String, String>>;

fn token_of(q: &HashMap<String, String>) -> &str {
    q.get("token").map(String::as_str).unwrap_or_default()
}

pub async fn one_click(State(db): State<Db>, Query(q): Token) -> (StatusCode, &'static str) {
    match newsletter::unsubscribe(&db, token_of(&q), Source::MailHeader, domain::time::now()).await
    {
        Ok(_) => (StatusCode::OK, "unsubscribed"),
        Err(DomainError::Invalid { .. }) => (StatusCode::BAD_REQUEST, "unknown link"),
        Err(e) => {
            tracing::error!(error = %e, "one-click unsubscribe failed");
            (StatusCode::SERVICE_UNAVAILABLE, "try again")
        }
    }
}

pub async fn page(Query(q): Token) -> Response {
    let token: String = token_of(&q)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .take(128)
        .collect();
    Redirect::to(&format!("/newsletter/unsubscribe?token={token}")).into_response()
}
