//! Facet counts: how many products each filter value would list under the other filters
//! (values of one attribute are alternatives, so a filtered attribute's values are counted
//! without its own filter).

use super::browse::{BrowseRequest, Facets, PRICE_BANDS};
use super::conditions::{bound, ints, Conditions, Part};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{AttributeValueId, BrandId};

pub(super) async fn facets(
    db: &Db,
    request: &BrowseRequest,
    conditions: &Conditions,
) -> DomainResult<Facets> {
    let mut facets = Facets::default();
    let sql = format!(
        "SELECT p.brand_id, COUNT(*) FROM products p WHERE {} GROUP BY p.brand_id",
        conditions.without(Some(&Part::Brand))
    );
    let brand_rows: Vec<(i64, i64)> = bound!(sqlx::query_as(&sql), conditions)
        .fetch_all(db.pool())
        .await?;
    facets.brands = brand_rows
        .into_iter()
        .map(|(id, n)| (BrandId(id), n))
        .collect();

    // Values of attributes nobody filtered on are counted under all filters at once …
    let value_count_sql = |where_sql: String, only: Option<String>| {
        format!(
            "SELECT v.attribute_value_id, COUNT(*) FROM products p \
             JOIN product_attribute_values v ON v.product_id = p.id WHERE {where_sql}{} \
             GROUP BY v.attribute_value_id",
            only.map(|list| format!(" AND v.attribute_value_id IN ({list})"))
                .unwrap_or_default()
        )
    };
    let sql = value_count_sql(conditions.without(None), None);
    let rows: Vec<(i64, i64)> = bound!(sqlx::query_as(&sql), conditions)
        .fetch_all(db.pool())
        .await?;
    facets.values = rows
        .into_iter()
        .map(|(id, n)| (AttributeValueId(id), n))
        .collect();
    // … and each filtered attribute's values under the other filters, overriding those counts.
    // (A value counted under all filters is counted again here, as the set only grows.)
    for (attribute, _) in &request.filters.values {
        let part = Part::Attribute(attribute.clone());
        if !conditions.has(&part) {
            continue;
        }
        // The attribute's value ids, listed (a subquery here makes SQLite scan every product).
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT av.id FROM attribute_values av JOIN attributes a ON a.id = av.attribute_id \
             WHERE a.code = $1",
        )
        .bind(attribute.clone())
        .fetch_all(db.pool())
        .await?;
        if ids.is_empty() {
            continue;
        }
        let values_of_attribute = ints(ids.into_iter());
        let sql = value_count_sql(conditions.without(Some(&part)), Some(values_of_attribute));
        let rows: Vec<(i64, i64)> = bound!(sqlx::query_as(&sql), conditions)
            .fetch_all(db.pool())
            .await?;
        facets
            .values
            .extend(rows.into_iter().map(|(id, n)| (AttributeValueId(id), n)));
    }

    let bands = PRICE_BANDS
        .iter()
        .map(|band| {
            let upper = band
                .max
                .map(|max| format!(" AND p.sale_price < {}", max.0))
                .unwrap_or_default();
            format!(
                "CAST(COALESCE(SUM(CASE WHEN p.sale_price >= {}{upper} THEN 1 ELSE 0 END), 0) AS BIGINT)",
                band.min.0
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {bands} FROM products p WHERE {}",
        conditions.without(Some(&Part::Price))
    );
    let row = bound!(sqlx::query(&sql), conditions)
        .fetch_one(db.pool())
        .await?;
    use sqlx::Row;
    facets.price_bands = (0..PRICE_BANDS.len())
        .map(|i| row.try_get::<i64, _>(i))
        .collect::<Result<_, _>>()?;
    Ok(facets)
}
