//! Background jobs of the server: unpaid card and bank-transfer orders give their stock back
//! once their payment deadline has passed. Every app server runs it; the order's conditional
//! move makes two servers cancelling the same order harmless.

use std::time::Duration;

/// How often unpaid orders are looked at.
const EVERY: Duration = Duration::from_secs(20);

pub async fn expire_unpaid_orders(db: domain::Db) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        match domain::orders::moves::expire_unpaid(&db, domain::time::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("{n} unpaid orders cancelled after their payment deadline"),
            Err(e) => tracing::warn!(error = %e, "unpaid orders not expired this round"),
        }
    }
}
