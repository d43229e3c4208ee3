//! A listing's address: sort, page size, view, filters and page, read from the URL and written
//! back into links, so every state of a listing can be shared, bookmarked and reached without
//! JavaScript.

use serde::{Deserialize, Serialize};

/// The attributes a listing can be filtered on, in panel order.
pub const FILTER_ATTRIBUTES: [&str; 4] = ["style", "material", "colour", "size"];

/// Values kept per parameter and characters kept per value; anything beyond is dropped.
const MAX_VALUES: usize = 30;
const MAX_VALUE_CHARS: usize = 64;

/// What the URL of a listing asks for. Values are kept as typed (bounded in size); the server
/// validates them and says what it ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ListingQuery {
    pub sort: Option<String>,
    pub per: Option<String>,
    pub view: Option<String>,
    pub brands: Vec<String>,
    /// Chosen values per attribute of [`FILTER_ATTRIBUTES`] (empty lists are left out).
    pub values: Vec<(String, Vec<String>)>,
    /// Price bounds in yuan, as typed.
    pub min: Option<String>,
    pub max: Option<String>,
    /// `Some` when the whole big class is asked for as a listing rather than its showcase page.
    pub all: bool,
    pub page: i64,
}

fn clean(value: String) -> Option<String> {
    let value: String = value.trim().chars().take(MAX_VALUE_CHARS).collect();
    (!value.is_empty()).then_some(value)
}

impl ListingQuery {
    /// Reads the query; `get_all` returns every value of a parameter.
    pub fn from_params(get_all: impl Fn(&str) -> Vec<String>) -> ListingQuery {
        let one = |key: &str| get_all(key).into_iter().next().and_then(clean);
        let many = |key: &str| {
            let mut values: Vec<String> = get_all(key)
                .into_iter()
                .flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>())
                .filter_map(clean)
                .take(MAX_VALUES)
                .collect();
            values.dedup();
            values
        };
        ListingQuery {
            sort: one("sort"),
            per: one("per"),
            view: one("view"),
            brands: many("brand"),
            values: FILTER_ATTRIBUTES
                .iter()
                .map(|a| (a.to_string(), many(a)))
                .filter(|(_, v)| !v.is_empty())
                .collect(),
            min: one("min"),
            max: one("max"),
            all: one("all").is_some(),
            page: one("page")
                .and_then(|p| p.parse::<i64>().ok())
                .unwrap_or(1)
                .clamp(1, 1_000_000),
        }
    }

    /// The query string (without `?`), parameters in a fixed order, defaults left out.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut push = |key: &str, value: &str| {
            parts.push(format!("{key}={}", crate::ui::encode_component(value)));
        };
        if self.all {
            push("all", "1");
        }
        for brand in &self.brands {
            push("brand", brand);
        }
        for (attribute, values) in &self.values {
            for value in values {
                push(attribute, value);
            }
        }
        if let Some(min) = &self.min {
            push("min", min);
        }
        if let Some(max) = &self.max {
            push("max", max);
        }
        if let Some(sort) = &self.sort {
            push("sort", sort);
        }
        if let Some(per) = &self.per {
            push("per", per);
        }
        if let Some(view) = &self.view {
            push("view", view);
        }
        if self.page > 1 {
            push("page", &self.page.to_string());
        }
        parts.join("&")
    }

    /// `path` with this query.
    pub fn href(&self, path: &str) -> String {
        match self.to_query() {
            q if q.is_empty() => path.to_string(),
            q => format!("{path}?{q}"),
        }
    }

    /// Any filter set (brand, attribute value or price)?
    pub fn has_filters(&self) -> bool {
        !self.brands.is_empty()
            || !self.values.is_empty()
            || self.min.is_some()
            || self.max.is_some()
    }

    /// Whether this asks for a listing rather than a big class's showcase page.
    pub fn wants_listing(&self) -> bool {
        self.all || self.has_filters() || self.sort.is_some() || self.page > 1
    }

    pub fn at_page(&self, page: i64) -> ListingQuery {
        ListingQuery {
            page,
            ..self.clone()
        }
    }

    pub fn sorted(&self, sort: &str) -> ListingQuery {
        ListingQuery {
            sort: Some(sort.into()),
            page: 1,
            ..self.clone()
        }
    }

    pub fn sized(&self, per: i64) -> ListingQuery {
        ListingQuery {
            per: Some(per.to_string()),
            page: 1,
            ..self.clone()
        }
    }

    pub fn viewed_as(&self, view: &str) -> ListingQuery {
        ListingQuery {
            view: Some(view.into()),
            ..self.clone()
        }
    }

    /// Adds the brand, or removes it when chosen.
    pub fn toggle_brand(&self, brand: &str) -> ListingQuery {
        let mut next = ListingQuery {
            page: 1,
            ..self.clone()
        };
        match next.brands.iter().position(|b| b == brand) {
            Some(i) => {
                next.brands.remove(i);
            }
            None => next.brands.push(brand.into()),
        }
        next
    }

    /// Adds the attribute value, or removes it when chosen.
    pub fn toggle_value(&self, attribute: &str, value: &str) -> ListingQuery {
        let mut next = ListingQuery {
            page: 1,
            ..self.clone()
        };
        match next.values.iter_mut().find(|(a, _)| a == attribute) {
            Some((_, values)) => match values.iter().position(|v| v == value) {
                Some(i) => {
                    values.remove(i);
                }
                None => values.push(value.into()),
            },
            None => next.values.push((attribute.into(), vec![value.into()])),
        }
        next.values.retain(|(_, v)| !v.is_empty());
        next.values
            .sort_by_key(|(a, _)| FILTER_ATTRIBUTES.iter().position(|f| f == a));
        next
    }

    pub fn priced(&self, min: Option<String>, max: Option<String>) -> ListingQuery {
        ListingQuery {
            min,
            max,
            page: 1,
            ..self.clone()
        }
    }

    /// The same listing without filters (sort, page size and view kept).
    pub fn unfiltered(&self) -> ListingQuery {
        ListingQuery {
            brands: Vec::new(),
            values: Vec::new(),
            min: None,
            max: None,
            page: 1,
            ..self.clone()
        }
    }

    pub fn chosen(&self, attribute: &str, value: &str) -> bool {
        self.values
            .iter()
            .any(|(a, vs)| a == attribute && vs.iter().any(|v| v == value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> ListingQuery {
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ListingQuery::from_params(|key| {
            pairs
                .iter()
                .filter(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .collect()
        })
    }

    #[test]
    fn round_trips_in_a_fixed_order() {
        let q = parse("sort=price_asc&colour=navy&brand=a&colour=white&page=3&size=m&min=100");
        assert_eq!(
            q.to_query(),
            "brand=a&colour=navy&colour=white&size=m&min=100&sort=price_asc&page=3"
        );
        assert_eq!(parse(&q.to_query()), q);
    }

    #[test]
    fn toggles_reset_the_page_and_keep_the_rest() {
        let q = parse("colour=navy&sort=sales&page=4");
        assert_eq!(q.toggle_value("colour", "navy").to_query(), "sort=sales");
        assert_eq!(
            q.toggle_value("style", "slim").to_query(),
            "style=slim&colour=navy&sort=sales"
        );
        assert_eq!(
            q.toggle_brand("b").toggle_brand("b").to_query(),
            "colour=navy&sort=sales"
        );
        assert_eq!(q.sized(40).to_query(), "colour=navy&sort=sales&per=40");
        assert_eq!(q.unfiltered().to_query(), "sort=sales");
        assert_eq!(
            q.at_page(2).href("/class/x"),
            "/class/x?colour=navy&sort=sales&page=2"
        );
    }

    #[test]
    fn hostile_input_is_bounded() {
        let q = parse("page=-1&per=10000&brand=x,y,,z");
        assert_eq!(q.page, 1);
        assert_eq!(q.brands, vec!["x", "y", "z"]);
        let long = "a".repeat(500);
        let q = parse(&format!("page=99999999999999999999&colour={long}"));
        assert_eq!(q.page, 1);
        assert_eq!(q.values[0].1[0].len(), MAX_VALUE_CHARS);
        let many = (0..100)
            .map(|i| format!("size={i}"))
            .collect::<Vec<_>>()
            .join("&");
        assert_eq!(parse(&many).values[0].1.len(), MAX_VALUES);
        assert_eq!(parse("colour=%27%3B").to_query(), "colour=%2527%253B");
    }
}
