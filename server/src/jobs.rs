//! Background jobs of the server: unpaid card and bank-transfer orders give their stock back
//! once their payment deadline has passed, and the sandbox gateway sends again the webhooks
//! that did not arrive (Stripe retries its own), and card refunds the gateway could not make at
//! once are tried again. Every app server runs them; the order's conditional move and the
//! webhook's once-per-event handling make two servers doing the same work harmless.

use std::time::Duration;

/// How often unpaid orders are looked at.
const EVERY: Duration = Duration::from_secs(20);

pub async fn payments_upkeep(db: domain::Db, gateway: domain::payments::gateway::Gateway) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        if let domain::payments::gateway::Gateway::Sandbox(sandbox) = &gateway {
            if let Err(e) = sandbox.redeliver(&db).await {
                tracing::warn!(error = %e, "sandbox webhooks not sent again this round");
            }
        }
        match domain::payments::refunds::settle_overdue(&db, &gateway, domain::time::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("{n} owed card refunds made"),
            Err(e) => tracing::warn!(error = %e, "owed refunds not looked at this round"),
        }
        match domain::orders::moves::expire_unpaid(&db, domain::time::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("{n} unpaid orders cancelled after their payment deadline"),
            Err(e) => tracing::warn!(error = %e, "unpaid orders not expired this round"),
        }
    }
}
