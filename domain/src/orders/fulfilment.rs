//! What staff do to an order after it is placed: finance records a bank transfer as received;
//! the warehouse starts processing, ships (carrier and tracking number; the reserved pieces
//! leave stock) and marks it delivered (the courier's cash for a cash-on-delivery order is
//! recorded then). Each move is checked by the state machine and written to the order's
//! history and the audit log in the same transaction.

use super::model::{by_number, Order};
use super::moves::{apply, was_paid, Actor};
use super::status::{OrderEvent, OrderStatus};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{SkuId, WarehouseId};
use crate::inventory::reservations;
use crate::members::fields;
use crate::payments::{self, PaymentMethod};
use crate::staff::audit;
use sqlx::AnyConnection;

/// A staff move on an order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffMove {
    /// Finance saw the bank transfer arrive.
    TransferReceived,
    /// Picking and packing starts.
    Process,
    /// Handed to `carrier` under `tracking`.
    Ship { carrier: String, tracking: String },
    /// The customer has it.
    Deliver,
}

impl StaffMove {
    /// The audit log's name of the move.
    pub fn code(&self) -> &'static str {
        match self {
            StaffMove::TransferReceived => "order.transfer_received",
            StaffMove::Process => "order.process",
            StaffMove::Ship { .. } => "order.ship",
            StaffMove::Deliver => "order.deliver",
        }
    }
}

/// Makes `mv` on order `number` for staff member `staff` (their id, for the history).
pub async fn make(
    db: &Db,
    number: &str,
    mv: &StaffMove,
    staff: &str,
    who: &audit::Actor,
    now: i64,
) -> DomainResult<OrderStatus> {
    let order = by_number(db, number).await?.ok_or(DomainError::NotFound)?;
    let shipment = match mv {
        StaffMove::Ship { carrier, tracking } => Some(check_shipment(carrier, tracking)?),
        _ => None,
    };
    let actor = Actor::Staff(staff.to_string());
    let mut tx = db.begin_write().await?;
    let paid = was_paid(tx.conn(), order.id).await?;
    let event = match mv {
        StaffMove::TransferReceived => {
            if order.payment_method != PaymentMethod::BankTransfer {
                return Err(DomainError::Conflict("illegal_move"));
            }
            collect(tx.conn(), &order, now).await?;
            OrderEvent::Pay
        }
        StaffMove::Process => OrderEvent::Process,
        StaffMove::Ship { .. } => OrderEvent::Ship,
        StaffMove::Deliver => OrderEvent::Deliver,
    };
    let to = apply(
        tx.conn(),
        order.id,
        order.status,
        paid,
        event,
        &actor,
        "",
        now,
    )
    .await?;
    if let Some((carrier, tracking)) = &shipment {
        ship_items(tx.conn(), &order, carrier, tracking, now).await?;
    }
    if *mv == StaffMove::Deliver && order.payment_method == PaymentMethod::CashOnDelivery {
        collect(tx.conn(), &order, now).await?;
        sqlx::query("UPDATE orders SET paid_at = $1 WHERE id = $2")
            .bind(now)
            .bind(order.id)
            .execute(tx.conn())
            .await?;
    }
    audit::record(
        tx.conn(),
        who,
        mv.code(),
        &order.number,
        Some(&order.status.code()),
        Some(&to.code()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(to)
}

/// The money of a bank transfer or the courier's cash, recorded as received.
async fn collect(conn: &mut AnyConnection, order: &Order, now: i64) -> DomainResult<()> {
    let method = order.payment_method;
    let amount = order.grand_total;
    payments::record(
        conn,
        order.id,
        method,
        "charge",
        amount,
        "succeeded",
        None,
        now,
    )
    .await
}

/// Carrier 1–40 characters; tracking number 4–40 letters, digits or `-`.
fn check_shipment(carrier: &str, tracking: &str) -> DomainResult<(String, String)> {
    let carrier = fields::text("carrier", carrier, 40)?;
    let tracking = tracking.trim().to_ascii_uppercase();
    let ok = (4..=40).contains(&tracking.len())
        && tracking
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !ok {
        return Err(DomainError::Invalid {
            field: "tracking",
            rule: "malformed",
        });
    }
    Ok((carrier, tracking))
}

async fn ship_items(
    conn: &mut AnyConnection,
    order: &Order,
    carrier: &str,
    tracking: &str,
    now: i64,
) -> DomainResult<()> {
    sqlx::query(
        "UPDATE orders SET carrier = $1, tracking_number = $2, shipped_at = $3 WHERE id = $4",
    )
    .bind(carrier)
    .bind(tracking)
    .bind(now)
    .bind(order.id)
    .execute(&mut *conn)
    .await?;
    let items: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT sku_id, warehouse_id, quantity FROM order_items WHERE order_id = $1 ORDER BY sku_id",
    )
    .bind(order.id)
    .fetch_all(&mut *conn)
    .await?;
    for (sku, warehouse, quantity) in items {
        let (sku, warehouse) = (SkuId(sku), WarehouseId(warehouse));
        reservations::ship(conn, sku, warehouse, quantity, &order.number).await?;
    }
    Ok(())
}

/// The newest orders for the back office, optionally only those in `status` or whose number
/// starts with `number`.
pub async fn recent(
    db: &Db,
    status: Option<OrderStatus>,
    number: &str,
    limit: i64,
) -> DomainResult<Vec<Order>> {
    let digits: String = number
        .chars()
        .filter(char::is_ascii_digit)
        .take(18)
        .collect();
    let rows: Vec<super::model::Row> = sqlx::query_as(&format!(
        "SELECT {} FROM orders WHERE ($1 = '' OR status = $1) AND number LIKE $2 \
         ORDER BY created_at DESC, id DESC LIMIT $3",
        super::model::COLUMNS
    ))
    .bind(status.map(|s| s.code()).unwrap_or_default())
    .bind(format!("{digits}%"))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(Order::try_from).collect()
}
