//! Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers).

use axum::extract::State;
use axum::http::StatusCode;
use domain::Db;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(db): State<Db>) -> (StatusCode, &'static str) {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(e) => {
            tracing::warn!("not ready: {e}");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
