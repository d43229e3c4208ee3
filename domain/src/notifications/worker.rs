//! The background worker that empties the outbox: every few seconds it hands the due mails to
//! the courier and records each outcome. Several app servers may run it: a mail is claimed
//! (its next try moved ahead) before it is sent, so two workers do not send it twice.

use super::{outbox, Courier};
use crate::db::Db;
use crate::error::DomainResult;
use std::time::Duration;

/// How often the outbox is looked at.
pub const EVERY: Duration = Duration::from_secs(2);

/// Mails handed over per round, at most.
const PER_ROUND: i64 = 50;

/// A claimed mail is not tried again by another worker for this long.
const CLAIM_S: i64 = 300;

/// Sends what is due now; returns how many mails were sent.
pub async fn deliver_due(db: &Db, courier: &Courier, now: i64) -> DomainResult<usize> {
    let mut sent = 0;
    for entry in outbox::due(db, now, PER_ROUND).await? {
        if !outbox::claim(db, &entry, now + CLAIM_S).await? {
            continue; // another worker has it
        }
        match courier.deliver(&entry).await {
            Ok(()) => {
                outbox::mark_sent(db, entry.id, now).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(mail = entry.id, %error, "a mail could not be sent; it will be retried");
                outbox::mark_failed(db, &entry, &error, now).await?;
            }
        }
    }
    Ok(sent)
}

/// Runs [`deliver_due`] every [`EVERY`] until the process stops.
pub async fn run(db: Db, courier: Courier) {
    let mut ticks = tokio::time::interval(EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        if let Err(e) = deliver_due(&db, &courier, crate::time::now()).await {
            tracing::warn!(error = %e, "the outbox could not be read");
        }
    }
}
