//! The card gateway this server uses: the sandbox test double (the only adapter so far), which
//! delivers its webhooks to this server's own loopback address, signed with the configured
//! secret or the shop's shared sandbox secret.

use crate::config::Config;
use domain::payments::gateway::Gateway;
use domain::payments::sandbox::{self, Sandbox};
use domain::{Db, DomainResult};
use std::net::SocketAddr;

/// The gateway for a server listening on `bound`.
pub async fn card_gateway(config: &Config, db: &Db, bound: SocketAddr) -> DomainResult<Gateway> {
    let secret = match &config.webhook_secret {
        Some(secret) => secret.clone(),
        None => sandbox::shared_secret(db).await?,
    };
    let host = if bound.ip().is_unspecified() {
        SocketAddr::from(([127, 0, 0, 1], bound.port()))
    } else {
        bound
    };
    Ok(Gateway::Sandbox(Sandbox {
        webhook_url: format!("http://{host}/payments/webhook"),
        webhook_secret: secret,
    }))
}
