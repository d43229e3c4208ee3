//! Facet counts: how many products each filter value would list under the other filters
//! (values of one attribute are alternatives, so a filtered attribute's values are counted
//! without its own filter). The total, the brands and the price bands come from one pass over
//! the listing; attribute values from one more (and one per filtered attribute).

use super::browse::{BrowseRequest, Facets, PRICE_BANDS};
use super::conditions::{bound, ints, Conditions, Part};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{AttributeValueId, BrandId};

/// The listing's total (under every filter) and its facet counts.
pub(super) async fn counts(
    db: &Db,
    request: &BrowseRequest,
    conditions: &Conditions,
) -> DomainResult<(i64, Facets)> {
    let mut facets = Facets::default();
    let total = brands_and_prices(db, request, conditions, &mut facets).await?;
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
        let ids: Vec<i64> = super::attributes(db)
            .await?
            .iter()
            .filter(|a| &a.code == attribute)
            .flat_map(|a| a.values.iter().map(|v| v.id.0))
            .collect();
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
    Ok((total, facets))
}

/// Counts products by brand, price band and whether they pass the price filter, under every
/// other filter; from that fills the brand and price-band facets and returns the total.
async fn brands_and_prices(
    db: &Db,
    request: &BrowseRequest,
    conditions: &Conditions,
    facets: &mut Facets,
) -> DomainResult<i64> {
    let mut band = String::from("CASE WHEN p.sale_price < 0 THEN -1");
    for (i, b) in PRICE_BANDS.iter().enumerate() {
        if let Some(max) = b.max {
            band.push_str(&format!(" WHEN p.sale_price < {} THEN {i}", max.0));
        }
    }
    band.push_str(&format!(" ELSE {} END", PRICE_BANDS.len() - 1));
    let price_ok = conditions.only(&Part::Price);
    let sql = format!(
        "SELECT p.brand_id, CAST({band} AS BIGINT) AS band, \
         CAST(CASE WHEN {price_ok} THEN 1 ELSE 0 END AS BIGINT) AS price_ok, \
         CAST(COUNT(*) AS BIGINT) FROM products p WHERE {} GROUP BY p.brand_id, band, price_ok",
        conditions.without_parts(&[Part::Brand, Part::Price])
    );
    let cells: Vec<(i64, i64, i64, i64)> = bound!(sqlx::query_as(&sql), conditions)
        .fetch_all(db.pool())
        .await?;
    let brands = &request.filters.brands;
    let mut total = 0;
    facets.price_bands = vec![0; PRICE_BANDS.len()];
    for (brand, band, price_ok, n) in cells {
        let brand_ok = brands.is_empty() || brands.contains(&BrandId(brand));
        if price_ok == 1 {
            *facets.brands.entry(BrandId(brand)).or_default() += n;
            if brand_ok {
                total += n;
            }
        }
        if brand_ok && band >= 0 {
            if let Some(count) = facets.price_bands.get_mut(band as usize) {
                *count += n;
            }
        }
    }
    Ok(total)
}
