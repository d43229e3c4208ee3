//! Stripe's HTTP API as the adapter calls it: form-encoded requests with the secret key as a
//! Bearer token, JSON answers. A failed call is logged with Stripe's own message (never the
//! key) and reaches the caller only as its status.

use super::{unavailable, Stripe};
use crate::error::DomainResult;
use reqwest::RequestBuilder;
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// What Stripe answered.
pub(super) enum Answer<T> {
    /// A 2xx with its object.
    Done(T),
    /// Another status (the detail is in the log).
    Refused(u16),
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(rename = "type")]
    kind: Option<String>,
    code: Option<String>,
    message: Option<String>,
}

/// `GET {api_base}{path}`.
pub(super) async fn get<T: DeserializeOwned>(s: &Stripe, path: &str) -> DomainResult<Answer<T>> {
    let request = s.client.get(format!("{}{path}", s.api_base));
    send(s, request, path).await
}

/// `POST {api_base}{path}` with `form`, under `idempotency_key`.
pub(super) async fn post<T: DeserializeOwned>(
    s: &Stripe,
    path: &str,
    form: &[(&str, String)],
    idempotency_key: &str,
) -> DomainResult<Answer<T>> {
    let request = s
        .client
        .post(format!("{}{path}", s.api_base))
        .header("Idempotency-Key", idempotency_key)
        .form(form);
    send(s, request, path).await
}

async fn send<T: DeserializeOwned>(
    s: &Stripe,
    request: RequestBuilder,
    path: &str,
) -> DomainResult<Answer<T>> {
    let answer = request
        .bearer_auth(&s.secret_key)
        .send()
        .await
        .map_err(|e| {
            tracing::error!(path, timeout = e.is_timeout(), "Stripe did not answer: {e}");
            unavailable()
        })?;
    let status = answer.status();
    let body = answer.text().await.map_err(|e| {
        tracing::error!(path, "Stripe's answer was cut off: {e}");
        unavailable()
    })?;
    if !status.is_success() {
        let detail = serde_json::from_str::<ErrorBody>(&body)
            .ok()
            .map(|b| b.error);
        let (kind, code, message) = detail
            .map(|d| (d.kind, d.code, d.message))
            .unwrap_or_default();
        tracing::error!(
            path,
            status = status.as_u16(),
            kind = kind.as_deref().unwrap_or("-"),
            code = code.as_deref().unwrap_or("-"),
            "Stripe refused: {}",
            message.as_deref().unwrap_or("(no message)")
        );
        return Ok(Answer::Refused(status.as_u16()));
    }
    serde_json::from_str(&body).map(Answer::Done).map_err(|e| {
        tracing::error!(path, "Stripe's answer was not the object expected: {e}");
        unavailable()
    })
}
