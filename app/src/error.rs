//! The one error type every server function returns, safe to show in the browser.
//! Internal failures carry only a reference; the detail stays in the server log.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What went wrong, in terms the UI can translate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (HTTP 404).
    #[error("not found")]
    NotFound,
    /// A field broke a rule (HTTP 400). `rule` is shown to the user.
    #[error("invalid {field}: {rule}")]
    Invalid { field: String, rule: String },
    /// The request itself was malformed, e.g. a missing or unparsable argument (HTTP 400).
    #[error("bad request")]
    BadRequest,
    /// Something failed on the server; `reference` finds the detail in the log (HTTP 500).
    #[error("internal error (ref {reference})")]
    Internal { reference: String },
    /// Too many attempts from this address or at this account (HTTP 429, with `Retry-After`).
    #[error("too many attempts: retry after {retry_after_s} s")]
    TooMany { retry_after_s: i64 },
    /// The action needs a signed-in member or staff member (HTTP 401).
    #[error("not signed in")]
    NotSignedIn,
    /// The signed-in staff member's roles do not allow this (HTTP 403).
    #[error("not allowed")]
    Forbidden,
    /// The request cannot be done as things stand now (HTTP 409): sold out, the cart changed,
    /// the order has moved on. `reason` is shown to the user.
    #[error("conflict: {reason}")]
    Conflict { reason: String },
    /// The call did not reach the server or its answer could not be read (browser side).
    #[error("network error")]
    Network,
}

impl AppError {
    /// The HTTP status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Invalid { .. } | AppError::BadRequest => 400,
            AppError::TooMany { .. } => 429,
            AppError::NotSignedIn => 401,
            AppError::Forbidden => 403,
            AppError::Conflict { .. } => 409,
            AppError::Internal { .. } => 500,
            AppError::Network => 502,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => AppError::BadRequest,
            #[cfg(feature = "ssr")]
            other => internal(other),
            #[cfg(not(feature = "ssr"))]
            _ => AppError::Network,
        }
    }
}

/// Logs an internal failure with a fresh reference and returns the opaque error for the browser.
#[cfg(feature = "ssr")]
pub fn internal(detail: impl std::fmt::Display) -> AppError {
    use rand::Rng;
    let reference: String = rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(8)
        .map(|c| char::from(c).to_ascii_uppercase())
        .collect();
    tracing::error!(reference = %reference, "internal error: {detail}");
    AppError::Internal { reference }
}

#[cfg(feature = "ssr")]
impl From<domain::DomainError> for AppError {
    fn from(e: domain::DomainError) -> Self {
        match e {
            domain::DomainError::NotFound => AppError::NotFound,
            domain::DomainError::Invalid { field, rule } => AppError::Invalid {
                field: field.to_string(),
                rule: rule.to_string(),
            },
            domain::DomainError::Conflict(reason) => AppError::Conflict {
                reason: reason.to_string(),
            },
            other => internal(other),
        }
    }
}
