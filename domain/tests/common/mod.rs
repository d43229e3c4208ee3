//! Helpers shared by the repository test binaries.

pub mod reviewing;
pub mod shopping;

use domain::ids::{ProductId, SkuId, WarehouseId};
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

/// A product's names (lower-cased), brand, class, series and attribute values, in English.
#[allow(dead_code)] // not every test binary uses it
pub struct Info {
    pub names: String,
    pub brand: String,
    pub class: String,
    pub series: String,
    pub attributes: Vec<String>,
}

#[allow(dead_code)]
pub async fn info(db: &Db, id: ProductId) -> Info {
    let (name_zh, name_en, brand, class, series): (String, String, String, String, String) =
        sqlx::query_as(
            "SELECT p.name_zh, p.name_en, b.name_en, c.name_en, s.name_en FROM products p \
             JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id \
             JOIN series s ON s.id = p.series_id WHERE p.id = $1",
        )
        .bind(id.0)
        .fetch_one(db.pool())
        .await
        .expect("product");
    let attributes: Vec<(String,)> = sqlx::query_as(
        "SELECT v.value_en FROM product_attribute_values pv \
         JOIN attribute_values v ON v.id = pv.attribute_value_id WHERE pv.product_id = $1",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await
    .expect("attributes");
    Info {
        names: format!("{name_zh} {name_en}").to_lowercase(),
        brand,
        class,
        series,
        attributes: attributes.into_iter().map(|(a,)| a).collect(),
    }
}
