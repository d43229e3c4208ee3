//! The WHERE clause of a listing: its scope (classes, series, brand, tag or search matches) and
//! the shopper's filters, each part labelled so a facet can leave out its own filter.
//!
//! Every number put into SQL here is an `i64` formatted by Rust; text (a tag, a search
//! expression) is bound as `$1`.

use super::browse::{BrowseRequest, Scope};
use crate::db::Dialect;

/// Which filter a condition comes from, so a facet can leave out its own filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Scope,
    Brand,
    Attribute(String),
    Price,
}

pub(super) struct Conditions {
    parts: Vec<(Part, String)>,
    /// The text bound as `$1` (a tag, or a search expression), when the scope has one.
    pub(super) bind: Option<String>,
}

impl Conditions {
    /// `few_tagged`: the tag is on few products, so they are found first and then sorted;
    /// otherwise products are read in sort order and each checked for the tag.
    /// A search scope starts from its matches, likewise.
    pub(super) fn new(request: &BrowseRequest, few_tagged: bool, dialect: Dialect) -> Conditions {
        // Driving a rare tag's listing (or a search) from its few products needs the planner to
        // leave the status index alone (`|| ''` hides the column from it, on both databases).
        let status = match request.scope {
            Scope::Tag(_) if few_tagged => "p.status || '' = 'on_shelf'",
            Scope::Search(_) => "p.status || '' = 'on_shelf'",
            _ => "p.status = 'on_shelf'",
        };
        let mut parts = vec![(Part::Scope, status.to_string())];
        let mut bind = None;
        let scope = match &request.scope {
            Scope::Classes(ids) if ids.len() == 1 => format!("p.category_id = {}", ids[0].0),
            Scope::Classes(ids) => format!("p.category_id IN ({})", ints(ids.iter().map(|c| c.0))),
            Scope::Series(id) => format!("p.series_id = {}", id.0),
            Scope::Brand(id) => format!("p.brand_id = {}", id.0),
            Scope::Search(query) if query.is_empty() => "0 = 1".to_string(),
            Scope::Search(query) => {
                bind = Some(match dialect {
                    Dialect::Sqlite => query.fts5(),
                    Dialect::Postgres => query.tsquery(),
                });
                format!("p.id IN ({})", crate::search::rank::matches_sql(dialect))
            }
            Scope::Tag(t) => {
                bind = Some(t.clone());
                if few_tagged {
                    "p.id IN (SELECT t.product_id FROM product_tags t WHERE t.tag = $1)".to_string()
                } else {
                    "EXISTS (SELECT 1 FROM product_tags t WHERE t.product_id = p.id AND t.tag = $1)"
                        .to_string()
                }
            }
        };
        parts.push((Part::Scope, scope));
        let f = &request.filters;
        if !f.brands.is_empty() {
            let list = ints(f.brands.iter().map(|b| b.0));
            parts.push((Part::Brand, format!("p.brand_id IN ({list})")));
        }
        for (attribute, values) in &f.values {
            if values.is_empty() {
                continue;
            }
            let list = ints(values.iter().map(|v| v.0));
            parts.push((
                Part::Attribute(attribute.clone()),
                format!(
                    "EXISTS (SELECT 1 FROM product_attribute_values v WHERE v.product_id = p.id \
                     AND v.attribute_value_id IN ({list}))"
                ),
            ));
        }
        if let Some(min) = f.price_min {
            parts.push((Part::Price, format!("p.sale_price >= {}", min.0)));
        }
        if let Some(max) = f.price_max {
            parts.push((Part::Price, format!("p.sale_price <= {}", max.0)));
        }
        Conditions { parts, bind }
    }

    /// The WHERE clause without the conditions of `left_out` (all of them for `None`).
    pub(super) fn without(&self, left_out: Option<&Part>) -> String {
        self.parts
            .iter()
            .filter(|(part, _)| Some(part) != left_out)
            .map(|(_, sql)| sql.as_str())
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// The WHERE clause without the conditions of any of `left_out`.
    pub(super) fn without_parts(&self, left_out: &[Part]) -> String {
        self.parts
            .iter()
            .filter(|(part, _)| !left_out.contains(part))
            .map(|(_, sql)| sql.as_str())
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// The conditions of `part` alone (`1 = 1` when it has none).
    pub(super) fn only(&self, part: &Part) -> String {
        let sql: Vec<&str> = self
            .parts
            .iter()
            .filter(|(p, _)| p == part)
            .map(|(_, sql)| sql.as_str())
            .collect();
        if sql.is_empty() {
            "1 = 1".to_string()
        } else {
            sql.join(" AND ")
        }
    }

    /// The shopper's filters alone (neither the scope nor the shelf condition).
    pub(super) fn without_scope(&self) -> String {
        self.without(Some(&Part::Scope))
    }

    pub(super) fn has(&self, part: &Part) -> bool {
        self.parts.iter().any(|(p, _)| p == part)
    }
}

pub(super) fn ints(ids: impl Iterator<Item = i64>) -> String {
    ids.map(|id| id.to_string()).collect::<Vec<_>>().join(", ")
}

/// Binds `$1` when the statement has one.
macro_rules! bound {
    ($query:expr, $conditions:expr) => {
        match &$conditions.bind {
            Some(text) => $query.bind(text.clone()),
            None => $query,
        }
    };
}
pub(super) use bound;
