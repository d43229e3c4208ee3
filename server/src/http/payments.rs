//! `POST /payments/webhook`: the card gateway's signed events, signed in `Stripe-Signature`
//! (Stripe) or `Emporium-Signature` (the sandbox). A bad signature or body is a 400 and
//! changes nothing; a handled or repeated event is a 200 (the gateway stops retrying).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use domain::payments::gateway::Gateway;
use domain::payments::{signature, webhook};
use domain::{Db, DomainError};

#[derive(Clone)]
pub struct Webhook {
    pub db: Db,
    pub gateway: Gateway,
}

pub async fn webhook(
    State(hook): State<Webhook>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, &'static str) {
    let header = headers
        .get(signature::STRIPE_HEADER)
        .or_else(|| headers.get(signature::HEADER))
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let now = domain::time::now();
    match webhook::handle(&hook.db, &hook.gateway, &body, header, now).await {
        Ok(outcome) => {
            tracing::info!(?outcome, "payment webhook");
            (StatusCode::OK, "ok")
        }
        Err(DomainError::Invalid { field, rule }) => {
            tracing::warn!(field, rule, "payment webhook refused");
            (StatusCode::BAD_REQUEST, "refused")
        }
        Err(e) => {
            tracing::error!(error = %e, "payment webhook failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "try again")
        }
    }
}
