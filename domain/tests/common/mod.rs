//! Helpers shared by the repository test binaries.

use domain::ids::{SkuId, WarehouseId};
use domain::{seed, Db};

/// Seeds the demo shop into an empty database.
pub async fn demo(db: &Db) {
    let media = tempfile::tempdir().expect("media dir");
    let report = seed::demo_shop(db, media.path()).await.expect("seed");
    assert!(!report.skipped);
}

/// A SKU of the demo shop and a warehouse it has more than five pieces in.
#[allow(dead_code)] // not every test binary uses it
pub async fn some_stocked_sku(db: &Db) -> (SkuId, WarehouseId, i64) {
    let (sku, warehouse, on_hand): (i64, i64, i64) = sqlx::query_as(
        "SELECT sku_id, warehouse_id, on_hand FROM stock_levels WHERE on_hand > 5 \
         ORDER BY sku_id, warehouse_id LIMIT 1",
    )
    .fetch_one(db.pool())
    .await
    .expect("a stocked SKU");
    (SkuId(sku), WarehouseId(warehouse), on_hand)
}
