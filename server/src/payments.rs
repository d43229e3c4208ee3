//! The card gateway this server uses, from the configuration: Stripe Checkout with the
//! configured keys, or the sandbox test double, which delivers its webhooks to this server's
//! own loopback address, signed with the configured secret or the shop's shared sandbox
//! secret.

use crate::config::{CardGateway, Config};
use domain::payments::gateway::Gateway;
use domain::payments::sandbox::{self, Sandbox};
use domain::payments::stripe::Stripe;
use domain::{Db, DomainResult};
use std::net::SocketAddr;

/// The gateway for a server listening on `bound`.
pub async fn card_gateway(config: &Config, db: &Db, bound: SocketAddr) -> DomainResult<Gateway> {
    let secret = match &config.card_gateway {
        CardGateway::Stripe {
            secret_key,
            webhook_secret,
            api_base,
        } => {
            return Ok(Gateway::Stripe(Stripe::new(
                secret_key.expose(),
                webhook_secret.expose(),
                api_base.as_deref(),
                &config.public_url,
            )?));
        }
        CardGateway::Sandbox {
            webhook_secret: Some(secret),
        } => secret.expose().to_string(),
        CardGateway::Sandbox {
            webhook_secret: None,
        } => sandbox::shared_secret(db).await?,
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
