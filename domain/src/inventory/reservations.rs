//! Reserving stock for an order and releasing it: a conditional change of one warehouse's
//! `reserved` (only where enough is left), so two buyers can never both take the last piece,
//! whatever the timing. On-hand stock and its movement ledger do not change until the goods
//! ship; what can be sold is on hand minus reserved. Every change of `reserved` writes a row of
//! the reservation ledger, so reserved stock always equals the sum of that ledger.

use super::refresh_in_stock;
use crate::error::{DomainError, DomainResult};
use crate::ids::{SkuId, WarehouseId};
use sqlx::AnyConnection;

/// Reserves `quantity` pieces of a variant from one active warehouse that has them all (the
/// one with most to spare first), inside the caller's write transaction. Not enough anywhere
/// is `Conflict("sold_out")`.
pub async fn reserve(
    conn: &mut AnyConnection,
    sku: SkuId,
    quantity: i64,
    reference: &str,
) -> DomainResult<WarehouseId> {
    if quantity <= 0 {
        return Err(DomainError::Invalid {
            field: "quantity",
            rule: "positive",
        });
    }
    let candidates: Vec<i64> = sqlx::query_scalar(
        "SELECT l.warehouse_id FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id \
         WHERE l.sku_id = $1 AND w.active = 1 AND l.on_hand - l.reserved >= $2 \
         ORDER BY l.on_hand - l.reserved DESC, l.warehouse_id",
    )
    .bind(sku.0)
    .bind(quantity)
    .fetch_all(&mut *conn)
    .await?;
    for warehouse in candidates {
        // The condition is checked again by the write itself: a rival that reserved in
        // between makes this row miss, and the next warehouse is tried.
        let taken = sqlx::query(
            "UPDATE stock_levels SET reserved = reserved + $3 \
             WHERE sku_id = $1 AND warehouse_id = $2 AND on_hand - reserved >= $3",
        )
        .bind(sku.0)
        .bind(warehouse)
        .bind(quantity)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if taken == 1 {
            log_move(conn, sku, WarehouseId(warehouse), quantity, reference).await?;
            refresh_in_stock(conn, Some(sku)).await?;
            return Ok(WarehouseId(warehouse));
        }
    }
    Err(DomainError::Conflict("sold_out"))
}

/// Gives back `quantity` reserved pieces (an order cancelled or never paid).
pub async fn release(
    conn: &mut AnyConnection,
    sku: SkuId,
    warehouse: WarehouseId,
    quantity: i64,
    reference: &str,
) -> DomainResult<()> {
    unreserve(conn, sku, warehouse, quantity, false, reference).await?;
    refresh_in_stock(conn, Some(sku)).await
}

/// The reserved pieces leave the warehouse with order `reference`: reserved and on hand both
/// go down, written to both ledgers.
pub async fn ship(
    conn: &mut AnyConnection,
    sku: SkuId,
    warehouse: WarehouseId,
    quantity: i64,
    reference: &str,
) -> DomainResult<()> {
    unreserve(conn, sku, warehouse, quantity, true, reference).await?;
    let shipped = super::MovementReason::Shipped;
    super::write_movement(conn, sku, warehouse, -quantity, shipped, reference).await
}

/// Takes `quantity` off a warehouse's reserved pieces (and off its stock on hand when they
/// leave it), only where that many are reserved; written to the reservation ledger.
async fn unreserve(
    conn: &mut AnyConnection,
    sku: SkuId,
    warehouse: WarehouseId,
    quantity: i64,
    leaves: bool,
    reference: &str,
) -> DomainResult<()> {
    let on_hand = if leaves {
        ", on_hand = on_hand - $3"
    } else {
        ""
    };
    let changed = sqlx::query(&format!(
        "UPDATE stock_levels SET reserved = reserved - $3{on_hand} \
         WHERE sku_id = $1 AND warehouse_id = $2 AND reserved >= $3 AND $3 > 0"
    ))
    .bind(sku.0)
    .bind(warehouse.0)
    .bind(quantity)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(DomainError::Conflict("not_reserved"));
    }
    log_move(conn, sku, warehouse, -quantity, reference).await
}

async fn log_move(
    conn: &mut AnyConnection,
    sku: SkuId,
    warehouse: WarehouseId,
    quantity: i64,
    reference: &str,
) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO stock_reservation_moves (sku_id, warehouse_id, quantity, reference, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(sku.0)
    .bind(warehouse.0)
    .bind(quantity)
    .bind(reference)
    .bind(crate::time::now())
    .execute(conn)
    .await?;
    Ok(())
}

/// True when every warehouse's reserved count equals the sum of its reservation ledger.
pub async fn reservations_balance(db: &crate::db::Db) -> DomainResult<bool> {
    let mismatches: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM stock_levels l WHERE l.reserved <> \
         (SELECT CAST(COALESCE(SUM(m.quantity), 0) AS BIGINT) FROM stock_reservation_moves m \
          WHERE m.sku_id = l.sku_id AND m.warehouse_id = l.warehouse_id)",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(mismatches == 0)
}
