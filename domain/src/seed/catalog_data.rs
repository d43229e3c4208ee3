//! How the demo shop's catalog tables are inserted, and how their ids are read back by code.

use crate::error::DomainResult;
use sqlx::AnyConnection;
use std::collections::HashMap;

use super::catalog_tables::*;

/// A colour's SKU-code abbreviation (e.g. `WHT`).
pub(super) fn colour_abbr(code: &str) -> String {
    match code {
        "white" => "WHT".into(),
        "light-blue" => "LBL".into(),
        "pink" => "PNK".into(),
        "grey" => "GRY".into(),
        "khaki" => "KHK".into(),
        "camel" => "CML".into(),
        "olive" => "OLV".into(),
        "burgundy" => "BRG".into(),
        "navy" => "NVY".into(),
        "indigo" => "IND".into(),
        "charcoal" => "CHR".into(),
        "black" => "BLK".into(),
        other => other
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(3)
            .collect::<String>()
            .to_ascii_uppercase(),
    }
}

/// Looks a value up in one of the static tables by code.
pub(super) fn value(table: &[Value], code: &str) -> Option<Value> {
    table.iter().copied().find(|v| v.0 == code)
}

/// Inserts series, classes, brands, attributes with their values, and warehouses.
pub(super) async fn insert(conn: &mut AnyConnection) -> DomainResult<()> {
    let mut series_ids: HashMap<&str, i64> = HashMap::new();
    for (position, (slug, zh, en, tag_zh, tag_en)) in SERIES.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO series (slug, name_zh, name_en, tagline_zh, tagline_en, position) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(*slug)
        .bind(*zh)
        .bind(*en)
        .bind(*tag_zh)
        .bind(*tag_en)
        .bind(position as i64)
        .fetch_one(&mut *conn)
        .await?;
        series_ids.insert(slug, id);
    }
    let mut class_ids: HashMap<&str, i64> = HashMap::new();
    for (position, (series, parent, slug, zh, en)) in CLASSES.iter().enumerate() {
        let series_id = series_ids.get(series).copied().unwrap_or_default();
        let parent_id = class_ids.get(parent).copied();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO categories (series_id, parent_id, slug, name_zh, name_en, position) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(series_id)
        .bind(parent_id)
        .bind(*slug)
        .bind(*zh)
        .bind(*en)
        .bind(position as i64)
        .fetch_one(&mut *conn)
        .await?;
        class_ids.insert(slug, id);
    }
    for (position, (slug, zh, en, story_zh, story_en)) in BRANDS.iter().enumerate() {
        sqlx::query(
            "INSERT INTO brands (slug, name_zh, name_en, story_zh, story_en, position) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(*slug)
        .bind(*zh)
        .bind(*en)
        .bind(*story_zh)
        .bind(*story_en)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    for (position, (code, zh, en, values)) in ATTRIBUTES.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO attributes (code, name_zh, name_en, position) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(*code)
        .bind(*zh)
        .bind(*en)
        .bind(position as i64)
        .fetch_one(&mut *conn)
        .await?;
        for (value_position, (value_code, value_zh, value_en, extra)) in values.iter().enumerate() {
            let swatch = if *code == "colour" { *extra } else { "" };
            sqlx::query(
                "INSERT INTO attribute_values (attribute_id, code, value_zh, value_en, swatch, position) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(*value_code)
            .bind(*value_zh)
            .bind(*value_en)
            .bind(swatch)
            .bind(value_position as i64)
            .execute(&mut *conn)
            .await?;
        }
    }
    for (position, (code, zh, en, city_zh, city_en)) in WAREHOUSES.iter().enumerate() {
        sqlx::query(
            "INSERT INTO warehouses (code, name_zh, name_en, city_zh, city_en, active, position) \
             VALUES ($1, $2, $3, $4, $5, 1, $6)",
        )
        .bind(*code)
        .bind(*zh)
        .bind(*en)
        .bind(*city_zh)
        .bind(*city_en)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The catalog's ids by code, as stored (works for the demo shop and for a shop edited since).
pub(super) struct CatalogIds {
    /// Small class slug → (class id, series id).
    pub(super) classes: HashMap<String, (i64, i64)>,
    pub(super) brands: HashMap<String, i64>,
    /// (attribute code, value code) → value id.
    pub(super) values: HashMap<(String, String), i64>,
    /// Active warehouses in display order; the first is the main warehouse.
    pub(super) warehouses: Vec<i64>,
}

impl CatalogIds {
    pub(super) fn value(&self, attribute: &str, code: &str) -> Option<i64> {
        self.values
            .get(&(attribute.to_string(), code.to_string()))
            .copied()
    }
}

/// Reads the ids of small classes, brands, attribute values and active warehouses.
pub(super) async fn load(conn: &mut AnyConnection) -> DomainResult<CatalogIds> {
    let classes: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT slug, id, series_id FROM categories WHERE parent_id IS NOT NULL")
            .fetch_all(&mut *conn)
            .await?;
    let brands: Vec<(String, i64)> = sqlx::query_as("SELECT slug, id FROM brands")
        .fetch_all(&mut *conn)
        .await?;
    let values: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT a.code, v.code, v.id FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let warehouses: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM warehouses WHERE active = 1 ORDER BY position, id")
            .fetch_all(&mut *conn)
            .await?;
    Ok(CatalogIds {
        classes: classes
            .into_iter()
            .map(|(slug, id, series)| (slug, (id, series)))
            .collect(),
        brands: brands.into_iter().collect(),
        values: values.into_iter().map(|(a, v, id)| ((a, v), id)).collect(),
        warehouses,
    })
}
