//! Inventory: warehouses, stock per SKU per warehouse and the movement ledger.
//! Stock changes only through here, and every change writes a movement row.

pub mod reservations;

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{ProductId, SkuId, WarehouseId};
use crate::time;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// What can be sold of one SKU right now, over all active warehouses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Availability {
    pub sku: SkuId,
    pub available: i64,
}

/// Sellable stock of a SKU (on hand minus reserved, active warehouses); `None` if the SKU does not exist.
pub async fn sku_availability(db: &Db, sku: SkuId) -> DomainResult<Option<Availability>> {
    let exists: Option<i64> =
        sqlx::query_scalar("SELECT id FROM skus WHERE id = $1 AND status = 'active'")
            .bind(sku.0)
            .fetch_optional(db.pool())
            .await?;
    if exists.is_none() {
        return Ok(None);
    }
    let available: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(l.on_hand - l.reserved), 0) AS BIGINT) FROM stock_levels l \
         JOIN warehouses w ON w.id = l.warehouse_id WHERE l.sku_id = $1 AND w.active = 1",
    )
    .bind(sku.0)
    .fetch_one(db.pool())
    .await?;
    Ok(Some(Availability { sku, available }))
}

/// Sellable stock of every SKU of a product.
pub async fn available_for_product(
    db: &Db,
    product: ProductId,
) -> DomainResult<HashMap<SkuId, i64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT l.sku_id, CAST(SUM(l.on_hand - l.reserved) AS BIGINT) FROM stock_levels l \
         JOIN warehouses w ON w.id = l.warehouse_id JOIN skus s ON s.id = l.sku_id \
         WHERE s.product_id = $1 AND w.active = 1 GROUP BY l.sku_id",
    )
    .bind(product.0)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(|(sku, n)| (SkuId(sku), n)).collect())
}

/// Sellable stock of each of `skus` (active warehouses), in one query; a SKU with no stock
/// anywhere is absent.
pub async fn available_for_skus(db: &Db, skus: &[SkuId]) -> DomainResult<HashMap<SkuId, i64>> {
    if skus.is_empty() {
        return Ok(HashMap::new());
    }
    let ids: Vec<String> = skus.iter().map(|s| s.0.to_string()).collect();
    let rows: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT l.sku_id, CAST(SUM(l.on_hand - l.reserved) AS BIGINT) FROM stock_levels l \
         JOIN warehouses w ON w.id = l.warehouse_id \
         WHERE w.active = 1 AND l.sku_id IN ({}) GROUP BY l.sku_id",
        db.dialect().ids_in_json()
    ))
    .bind(format!("[{}]", ids.join(",")))
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(|(sku, n)| (SkuId(sku), n)).collect())
}

/// Why stock moved; stored in the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MovementReason {
    /// The first count when a warehouse starts using Emporium.
    OpeningCount,
    /// Goods received (purchasing).
    Received,
    /// A stock count found a difference.
    CountAdjustment,
    /// Reserved pieces left the warehouse with an order.
    Shipped,
}

impl MovementReason {
    pub fn as_str(self) -> &'static str {
        match self {
            MovementReason::OpeningCount => "opening_count",
            MovementReason::Received => "received",
            MovementReason::CountAdjustment => "count_adjustment",
            MovementReason::Shipped => "shipped",
        }
    }
}

/// Adds (or, with a negative quantity, removes) stock on hand inside a write transaction,
/// writing the movement row. Refuses to take on-hand below what is reserved.
pub async fn move_stock(
    conn: &mut AnyConnection,
    sku: SkuId,
    warehouse: WarehouseId,
    quantity: i64,
    reason: MovementReason,
    reference: &str,
) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO stock_levels (sku_id, warehouse_id, on_hand, reserved) VALUES ($1, $2, 0, 0) \
         ON CONFLICT (sku_id, warehouse_id) DO NOTHING",
    )
    .bind(sku.0)
    .bind(warehouse.0)
    .execute(&mut *conn)
    .await?;
    let changed = sqlx::query(
        "UPDATE stock_levels SET on_hand = on_hand + $3 \
         WHERE sku_id = $1 AND warehouse_id = $2 AND on_hand + $3 >= reserved",
    )
    .bind(sku.0)
    .bind(warehouse.0)
    .bind(quantity)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(DomainError::Conflict(
            "stock would fall below what is reserved",
        ));
    }
    write_movement(conn, sku, warehouse, quantity, reason, reference).await?;
    refresh_in_stock(conn, Some(sku)).await
}

/// A row of the on-hand ledger, for a change of `on_hand` made in the same transaction.
pub(crate) async fn write_movement(
    conn: &mut AnyConnection,
    sku: SkuId,
    warehouse: WarehouseId,
    quantity: i64,
    reason: MovementReason,
    reference: &str,
) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO stock_movements (sku_id, warehouse_id, quantity, reason, reference, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(sku.0)
    .bind(warehouse.0)
    .bind(quantity)
    .bind(reason.as_str())
    .bind(reference)
    .bind(time::now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Recomputes `products.in_stock` for the product of `sku` (or for every product): call it in
/// the transaction of every stock change. A product that sells out or comes back outdates the
/// remembered search rankings (it moves to or from their end).
pub async fn refresh_in_stock(conn: &mut AnyConnection, sku: Option<SkuId>) -> DomainResult<()> {
    let which = match sku {
        Some(sku) => format!(
            "id = (SELECT product_id FROM skus WHERE id = {}) AND",
            sku.0
        ),
        None => String::new(),
    };
    let now = "CASE WHEN EXISTS (SELECT 1 FROM skus s JOIN stock_levels l ON l.sku_id = s.id \
         WHERE s.product_id = products.id AND s.status = 'active' AND l.on_hand > l.reserved) \
         THEN 1 ELSE 0 END";
    let flipped = sqlx::query(&format!(
        "UPDATE products SET in_stock = {now} WHERE {which} in_stock <> {now}"
    ))
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if flipped > 0 {
        sqlx::query("UPDATE search_generation SET value = value + 1 WHERE id = 1")
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// True when every stock level equals the sum of its movements (the ledger invariant).
pub async fn ledger_balances(db: &Db) -> DomainResult<bool> {
    let mismatches: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM stock_levels l WHERE l.on_hand <> \
         (SELECT CAST(COALESCE(SUM(m.quantity), 0) AS BIGINT) FROM stock_movements m \
          WHERE m.sku_id = l.sku_id AND m.warehouse_id = l.warehouse_id)",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(mismatches == 0)
}

/// A stock count of a variant: afterwards exactly `units` pieces can be sold, all from the first
/// active warehouse (the others keep only what they have reserved). Each difference is written
/// to the ledger as a count adjustment.
pub async fn count_to(db: &Db, sku: SkuId, units: i64, reference: &str) -> DomainResult<()> {
    if units < 0 {
        return Err(DomainError::Invalid {
            field: "units",
            rule: "negative",
        });
    }
    let mut tx = db.begin_write().await?;
    let mut levels: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT w.id, COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0) FROM warehouses w \
         LEFT JOIN stock_levels l ON l.warehouse_id = w.id AND l.sku_id = $1 \
         WHERE w.active = 1 ORDER BY w.position, w.id",
    )
    .bind(sku.0)
    .fetch_all(tx.conn())
    .await?;
    if levels.is_empty() {
        return Err(DomainError::Conflict("no_active_warehouse"));
    }
    for (i, (warehouse, on_hand, reserved)) in levels.drain(..).enumerate() {
        let target = reserved + if i == 0 { units } else { 0 };
        if target != on_hand {
            let w = WarehouseId(warehouse);
            let reason = MovementReason::CountAdjustment;
            move_stock(tx.conn(), sku, w, target - on_hand, reason, reference).await?;
        }
    }
    tx.commit().await
}

/// The id of the variant with stock-keeping code `code`.
pub async fn sku_by_code(db: &Db, code: &str) -> DomainResult<Option<SkuId>> {
    let id: Option<i64> = sqlx::query_scalar("SELECT id FROM skus WHERE code = $1")
        .bind(code)
        .fetch_optional(db.pool())
        .await?;
    Ok(id.map(SkuId))
}
