//! Card money the shop owes back, and giving it back. A succeeded card charge is owed back
//! when its order was cancelled, or when an earlier charge already paid the order (paid
//! twice). Each refund names its charge (`refund_of`, unique), so a charge is refunded once.
//! When the gateway cannot refund at once, the charge stays owed and the payments job tries
//! again, so a cancel or a late payment never leaves money with the shop.

use super::gateway::Gateway;
use super::PaymentMethod;
use crate::db::Db;
use crate::error::DomainResult;
use crate::orders::moves::{self, Actor};
use crate::orders::{OrderEvent, OrderStatus};

/// Seconds a cancel's or a webhook's own refund attempt is given before the job steps in.
pub const GRACE_S: i64 = 60;

/// A charge owed back.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Owed {
    pub charge: i64,
    pub order_id: i64,
    pub intent: String,
    pub amount: i64,
}

const OWED: &str = "SELECT c.id AS charge, c.order_id, c.provider_ref AS intent, c.amount \
     FROM payments c JOIN orders o ON o.id = c.order_id \
     WHERE c.kind = 'charge' AND c.method = 'card' AND c.status = 'succeeded' \
     AND c.provider_ref IS NOT NULL \
     AND NOT EXISTS (SELECT 1 FROM payments r WHERE r.refund_of = c.id) \
     AND (o.status IN ('cancelled', 'refunded') OR EXISTS (SELECT 1 FROM payments k \
          WHERE k.order_id = c.order_id AND k.kind = 'charge' AND k.status = 'succeeded' \
          AND k.id < c.id))";

/// The charges of order `order_id` owed back now.
pub async fn owed_by_order(db: &Db, order_id: i64) -> DomainResult<Vec<Owed>> {
    Ok(
        sqlx::query_as(&format!("{OWED} AND c.order_id = $1 ORDER BY c.id"))
            .bind(order_id)
            .fetch_all(db.pool())
            .await?,
    )
}

/// Refunds `owed` through the gateway and records it; the order moves to refunded when it
/// had been paid before its cancel, else its history notes why the money went back.
pub async fn refund(db: &Db, gateway: &Gateway, owed: &Owed, now: i64) -> DomainResult<()> {
    let refund = gateway.refund(db, &owed.intent).await?;
    let mut tx = db.begin_write().await?;
    let inserted = sqlx::query(
        "INSERT INTO payments (order_id, method, kind, amount, status, provider_ref, refund_of, \
         created_at, updated_at) VALUES ($1, $2, 'refund', $3, 'succeeded', $4, $5, $6, $6) \
         ON CONFLICT (refund_of) DO NOTHING",
    )
    .bind(owed.order_id)
    .bind(PaymentMethod::Card.code())
    .bind(owed.amount)
    .bind(&refund)
    .bind(owed.charge)
    .bind(now)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if inserted == 0 {
        // Another server recorded the same refund first (the gateway gave it the same id).
        tx.rollback().await?;
        return Ok(());
    }
    let (status, paid_before): (String, i64) = sqlx::query_as(
        "SELECT o.status, (SELECT COUNT(*) FROM order_history h WHERE h.order_id = o.id \
         AND h.status = 'paid') FROM orders o WHERE o.id = $1",
    )
    .bind(owed.order_id)
    .fetch_one(tx.conn())
    .await?;
    let status = OrderStatus::parse(&status).unwrap_or(OrderStatus::Cancelled);
    let twice = !matches!(status, OrderStatus::Cancelled | OrderStatus::Refunded);
    if status == OrderStatus::Cancelled && paid_before > 0 {
        moves::apply(
            tx.conn(),
            owed.order_id,
            status,
            true,
            OrderEvent::Refund,
            &Actor::System,
            "",
            now,
        )
        .await?;
    } else {
        let note = if twice {
            "duplicate_payment_refunded"
        } else {
            "late_payment_refunded"
        };
        moves::record(tx.conn(), owed.order_id, status, &Actor::Gateway, note, now).await?;
    }
    tx.commit().await
}

/// Refunds what order `order_id` is owed now; a gateway failure is logged and left for the
/// job. Whether everything owed went back.
pub async fn settle_order(
    db: &Db,
    gateway: &Gateway,
    order_id: i64,
    now: i64,
) -> DomainResult<bool> {
    let mut settled = true;
    for owed in owed_by_order(db, order_id).await? {
        if let Err(e) = refund(db, gateway, &owed, now).await {
            tracing::warn!(order = order_id, error = %e, "refund not made; the payments job tries again");
            settled = false;
        }
    }
    Ok(settled)
}

/// The job's round: every charge owed back whose charge and order have been still for
/// [`GRACE_S`] (so the cancel's or webhook's own attempt is not raced); the number refunded.
pub async fn settle_overdue(db: &Db, gateway: &Gateway, now: i64) -> DomainResult<usize> {
    let due: Vec<Owed> = sqlx::query_as(&format!(
        "{OWED} AND c.updated_at < $1 AND NOT EXISTS (SELECT 1 FROM order_history h \
         WHERE h.order_id = c.order_id AND h.created_at >= $1) ORDER BY c.id LIMIT 100"
    ))
    .bind(now - GRACE_S)
    .fetch_all(db.pool())
    .await?;
    let mut done = 0;
    for owed in &due {
        match refund(db, gateway, owed, now).await {
            Ok(()) => done += 1,
            Err(e) => tracing::warn!(order = owed.order_id, error = %e, "refund still not made"),
        }
    }
    Ok(done)
}
