//! Moving an order through its states: every move is checked by the state machine, made with
//! a conditional write (a rival move in between makes it fail instead of being overwritten),
//! and written to the order's history with its time and actor. A cancel gives the order's
//! reserved stock back in the same transaction.

use super::model::Order;
use super::status::{OrderEvent, OrderStatus};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{SkuId, WarehouseId};
use crate::inventory::reservations;
use crate::payments::gateway::Gateway;
use crate::payments::{self, PaymentMethod};
use sqlx::AnyConnection;

/// Who moved an order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The shopper who placed it (member or guest).
    Shopper,
    /// A staff member, by id.
    Staff(String),
    /// The card gateway (by webhook).
    Gateway,
    /// A background job of the shop.
    System,
}

impl Actor {
    pub fn label(&self) -> String {
        match self {
            Actor::Shopper => "shopper".into(),
            Actor::Staff(email) => format!("staff:{email}"),
            Actor::Gateway => "gateway".into(),
            Actor::System => "system".into(),
        }
    }
}

/// Moves order `id` (now `from`) on `event` inside the caller's transaction; the new status.
/// Refused as `Conflict("illegal_move")` by the state machine, or `Conflict("order_changed")`
/// when the order is no longer `from`.
#[allow(clippy::too_many_arguments)]
pub async fn apply(
    conn: &mut AnyConnection,
    id: i64,
    from: OrderStatus,
    was_paid: bool,
    event: OrderEvent,
    actor: &Actor,
    note: &str,
    now: i64,
) -> DomainResult<OrderStatus> {
    let to = from
        .apply(event, was_paid)
        .map_err(|_| DomainError::Conflict("illegal_move"))?;
    let paid_at = if event == OrderEvent::Pay {
        Some(now)
    } else {
        None
    };
    let moved = sqlx::query(
        "UPDATE orders SET status = $1, updated_at = $2, paid_at = COALESCE($3, paid_at), \
         pay_by = CASE WHEN $1 = 'pending_payment' THEN pay_by ELSE NULL END \
         WHERE id = $4 AND status = $5",
    )
    .bind(to.code())
    .bind(now)
    .bind(paid_at)
    .bind(id)
    .bind(from.code())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if moved != 1 {
        return Err(DomainError::Conflict("order_changed"));
    }
    record(conn, id, to, actor, note, now).await?;
    if event == OrderEvent::Cancel {
        release_items(conn, id).await?;
    }
    Ok(to)
}

/// Writes a history row.
pub(crate) async fn record(
    conn: &mut AnyConnection,
    id: i64,
    status: OrderStatus,
    actor: &Actor,
    note: &str,
    now: i64,
) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO order_history (order_id, status, actor, note, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(status.code())
    .bind(actor.label())
    .bind(note)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Gives back every piece the order holds.
async fn release_items(conn: &mut AnyConnection, id: i64) -> DomainResult<()> {
    let items: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT i.sku_id, i.warehouse_id, i.quantity, o.number FROM order_items i \
         JOIN orders o ON o.id = i.order_id WHERE i.order_id = $1 ORDER BY i.sku_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    for (sku, warehouse, quantity, number) in items {
        reservations::release(conn, SkuId(sku), WarehouseId(warehouse), quantity, &number).await?;
    }
    Ok(())
}

/// Whether money was received for the order (a charge that succeeded and was not refunded).
pub(crate) async fn was_paid(conn: &mut AnyConnection, id: i64) -> DomainResult<bool> {
    let net: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(CASE WHEN kind = 'charge' THEN 1 ELSE -1 END), 0) AS BIGINT) \
         FROM payments WHERE order_id = $1 AND status = 'succeeded'",
    )
    .bind(id)
    .fetch_one(conn)
    .await?;
    Ok(net > 0)
}

/// Cancels an order before shipment: its stock comes back; a card payment is refunded through
/// the gateway. A shipped order is `Conflict("illegal_move")`.
pub async fn cancel(
    db: &Db,
    gateway: &Gateway,
    order: &Order,
    actor: &Actor,
    now: i64,
) -> DomainResult<OrderStatus> {
    if order.status.shipped() {
        return Err(DomainError::Conflict("illegal_move"));
    }
    let mut tx = db.begin_write().await?;
    let paid = was_paid(tx.conn(), order.id).await?;
    let status = apply(
        tx.conn(),
        order.id,
        order.status,
        paid,
        OrderEvent::Cancel,
        actor,
        "",
        now,
    )
    .await?;
    tx.commit().await?;
    if paid && order.payment_method == PaymentMethod::Card {
        // A refund the gateway cannot make now is owed, and the payments job makes it later.
        payments::refunds::settle_order(db, gateway, order.id, now).await?;
        let now_status: String = sqlx::query_scalar("SELECT status FROM orders WHERE id = $1")
            .bind(order.id)
            .fetch_one(db.pool())
            .await?;
        return Ok(OrderStatus::parse(&now_status).unwrap_or(status));
    }
    Ok(status)
}

/// Cancels every card or bank-transfer order still unpaid after its deadline, giving its
/// stock back; the number cancelled. Run by a background job.
pub async fn expire_unpaid(db: &Db, now: i64) -> DomainResult<usize> {
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM orders WHERE status = 'pending_payment' AND pay_by IS NOT NULL \
         AND pay_by < $1 ORDER BY pay_by LIMIT 200",
    )
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    let mut cancelled = 0;
    for id in due {
        let mut tx = db.begin_write().await?;
        let moved = apply(
            tx.conn(),
            id,
            OrderStatus::PendingPayment,
            false,
            OrderEvent::Cancel,
            &Actor::System,
            "payment_timeout",
            now,
        )
        .await;
        match moved {
            Ok(_) => {
                tx.commit().await?;
                cancelled += 1;
            }
            // Paid or cancelled in the meantime: nothing to do.
            Err(DomainError::Conflict(_)) => tx.rollback().await?,
            Err(other) => return Err(other),
        }
    }
    Ok(cancelled)
}
