//! What the comparison table needs beyond a product card: attribute values and stock.

use super::summaries::id_list;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::ProductId;
use crate::locale::Bilingual;
use std::collections::HashMap;

/// One attribute of the products compared, with each product's values for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparedAttribute {
    pub code: String,
    pub name: Bilingual,
    pub values: HashMap<ProductId, Vec<Bilingual>>,
}

/// The attributes of `ids` in display order, and the pieces each can sell now.
pub async fn compare_details(
    db: &Db,
    ids: &[ProductId],
) -> DomainResult<(Vec<ComparedAttribute>, HashMap<ProductId, i64>)> {
    if ids.is_empty() {
        return Ok((Vec::new(), HashMap::new()));
    }
    let list = id_list(ids);
    type Row = (i64, String, String, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT pav.product_id, a.code, a.name_zh, a.name_en, v.value_zh, v.value_en \
         FROM product_attribute_values pav JOIN attribute_values v ON v.id = pav.attribute_value_id \
         JOIN attributes a ON a.id = v.attribute_id WHERE pav.product_id IN ({list}) \
         ORDER BY a.position, a.id, v.position, v.id"
    ))
    .fetch_all(db.pool())
    .await?;
    let mut attributes: Vec<ComparedAttribute> = Vec::new();
    for (product, code, name_zh, name_en, value_zh, value_en) in rows {
        let value = Bilingual::new(value_zh, value_en);
        let index = match attributes.iter().position(|a| a.code == code) {
            Some(i) => i,
            None => {
                attributes.push(ComparedAttribute {
                    code,
                    name: Bilingual::new(name_zh, name_en),
                    values: HashMap::new(),
                });
                attributes.len() - 1
            }
        };
        attributes[index]
            .values
            .entry(ProductId(product))
            .or_default()
            .push(value);
    }
    let stock: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT s.product_id, CAST(SUM(l.on_hand - l.reserved) AS BIGINT) FROM skus s \
         JOIN stock_levels l ON l.sku_id = s.id WHERE s.product_id IN ({list}) AND s.status = 'active' \
         GROUP BY s.product_id"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok((
        attributes,
        stock
            .into_iter()
            .map(|(id, n)| (ProductId(id), n.max(0)))
            .collect(),
    ))
}
