//! Browsing a listing: a scope (classes, a series, a brand or a tag), filters, a sort and a page,
//! with how many products each filter value would show under the other filters (facets).
//!
//! Every number put into SQL here is an `i64` formatted by Rust; the only text (a tag) is bound.

use super::model::ProductSummary;
use super::summaries::summaries_by_ids;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{AttributeValueId, BrandId, CategoryId, ProductId, SeriesId};
use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a listing lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Products in any of these classes (a big class with its small classes, or one small class).
    Classes(Vec<CategoryId>),
    Series(SeriesId),
    Brand(BrandId),
    Tag(String),
}

/// The orders a shopper can choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sort {
    /// The shop's own order (staff's featured rank), then best sellers.
    #[default]
    Recommended,
    Sales,
    PriceAsc,
    PriceDesc,
    Rating,
    Newest,
}

impl Sort {
    pub const ALL: [Sort; 6] = [
        Sort::Recommended,
        Sort::Sales,
        Sort::PriceAsc,
        Sort::PriceDesc,
        Sort::Rating,
        Sort::Newest,
    ];

    /// The value in URLs (`?sort=price_asc`).
    pub fn code(self) -> &'static str {
        match self {
            Sort::Recommended => "recommended",
            Sort::Sales => "sales",
            Sort::PriceAsc => "price_asc",
            Sort::PriceDesc => "price_desc",
            Sort::Rating => "rating",
            Sort::Newest => "newest",
        }
    }

    pub fn parse(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Each order ends on the id so pages never overlap; every one has an index per scope.
    fn order_by(self) -> &'static str {
        match self {
            Sort::Recommended => "p.featured_rank DESC, p.sales_count DESC, p.id DESC",
            Sort::Sales => "p.sales_count DESC, p.id DESC",
            Sort::PriceAsc => "p.sale_price ASC, p.id ASC",
            Sort::PriceDesc => "p.sale_price DESC, p.id DESC",
            Sort::Rating => "p.rating_avg DESC, p.rating_count DESC, p.id DESC",
            Sort::Newest => "p.created_at DESC, p.id DESC",
        }
    }
}

/// The filters a shopper has set. Values of one attribute are alternatives (any of them);
/// different attributes, brands and the price range must all hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub brands: Vec<BrandId>,
    /// Selected values, grouped by attribute code (`style`, `material`, `colour`, `size`).
    pub values: Vec<(String, Vec<AttributeValueId>)>,
    pub price_min: Option<Money>,
    pub price_max: Option<Money>,
}

/// A price band offered as a filter, `[min, max)`; `max` is `None` for the last band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceBand {
    pub min: Money,
    pub max: Option<Money>,
}

/// The price bands of every listing, in yuan: under 200, 200–500, …, 5,000 and over.
pub const PRICE_BANDS: [PriceBand; 6] = {
    const fn band(min: i64, max: i64) -> PriceBand {
        PriceBand {
            min: Money(min * 100),
            max: if max > 0 {
                Some(Money(max * 100))
            } else {
                None
            },
        }
    }
    [
        band(0, 200),
        band(200, 500),
        band(500, 1_000),
        band(1_000, 2_000),
        band(2_000, 5_000),
        band(5_000, 0),
    ]
};

/// A listing request. `page` and `per_page` are clamped by [`browse`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowseRequest {
    pub scope: Scope,
    pub filters: Filters,
    pub sort: Sort,
    pub page: i64,
    pub per_page: i64,
}

/// How many products each filter value would list, given the other filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub brands: HashMap<BrandId, i64>,
    pub values: HashMap<AttributeValueId, i64>,
    /// One count per entry of [`PRICE_BANDS`].
    pub price_bands: Vec<i64>,
}

/// One page of a listing.
#[derive(Clone, Debug)]
pub struct Browse {
    pub products: Vec<ProductSummary>,
    pub total: i64,
    /// The page shown: the one asked for, moved into `1..=pages`.
    pub page: i64,
    pub pages: i64,
    pub facets: Facets,
}

/// At most this many products with a tag are gathered and sorted; more are read in sort order.
const FEW_TAGGED: i64 = 2_000;

/// How long a listing's count and facet counts are remembered.
const COUNTS_TTL: std::time::Duration = std::time::Duration::from_secs(60);

/// Page sizes a shopper can choose.
pub const PAGE_SIZES: [i64; 3] = [20, 40, 60];

/// Which filter a condition comes from, so a facet can leave out its own filter.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Scope,
    Brand,
    Attribute(String),
    Price,
}

struct Conditions {
    parts: Vec<(Part, String)>,
    tag: Option<String>,
}

impl Conditions {
    /// `few_tagged`: the tag is on few products, so they are found first and then sorted;
    /// otherwise products are read in sort order and each checked for the tag.
    fn new(request: &BrowseRequest, few_tagged: bool) -> Conditions {
        // Driving a rare tag's listing from its few products needs the planner to leave the
        // status index alone (`|| ''` hides the column from it, on both databases).
        let status = match request.scope {
            Scope::Tag(_) if few_tagged => "p.status || '' = 'on_shelf'",
            _ => "p.status = 'on_shelf'",
        };
        let mut parts = vec![(Part::Scope, status.to_string())];
        let mut tag = None;
        let scope = match &request.scope {
            Scope::Classes(ids) if ids.len() == 1 => format!("p.category_id = {}", ids[0].0),
            Scope::Classes(ids) => format!("p.category_id IN ({})", ints(ids.iter().map(|c| c.0))),
            Scope::Series(id) => format!("p.series_id = {}", id.0),
            Scope::Brand(id) => format!("p.brand_id = {}", id.0),
            Scope::Tag(t) => {
                tag = Some(t.clone());
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
        Conditions { parts, tag }
    }

    /// The WHERE clause without the conditions of `left_out` (all of them for `None`).
    fn without(&self, left_out: Option<&Part>) -> String {
        self.parts
            .iter()
            .filter(|(part, _)| Some(part) != left_out)
            .map(|(_, sql)| sql.as_str())
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    fn has(&self, part: &Part) -> bool {
        self.parts.iter().any(|(p, _)| p == part)
    }
}

fn ints(ids: impl Iterator<Item = i64>) -> String {
    ids.map(|id| id.to_string()).collect::<Vec<_>>().join(", ")
}

/// Binds the tag when the statement has one.
macro_rules! bound {
    ($query:expr, $conditions:expr) => {
        match &$conditions.tag {
            Some(tag) => $query.bind(tag.clone()),
            None => $query,
        }
    };
}

/// A page of a listing with its facets.
pub async fn browse(db: &Db, request: &BrowseRequest) -> DomainResult<Browse> {
    let few_tagged = few_tagged(db, request).await?;
    let conditions = Conditions::new(request, few_tagged);
    let all = conditions.without(None);
    // The count and the facet counts may lag a sale or an edit by up to a minute; the products
    // on the page are always read fresh.
    let key = format!("counts:{:?}:{:?}", request.scope, request.filters);
    let (total, facets) = {
        let (db, request, all) = (db.clone(), request.clone(), all.clone());
        db.clone()
            .memo()
            .remember(key, COUNTS_TTL, move || async move {
                let conditions = Conditions::new(&request, few_tagged);
                let sql = format!("SELECT COUNT(*) FROM products p WHERE {all}");
                let total: i64 = bound!(sqlx::query_scalar(&sql), conditions)
                    .fetch_one(db.pool())
                    .await?;
                let facets = facets(&db, &request, &conditions).await?;
                Ok((total, facets))
            })
            .await?
    };
    let per_page = if PAGE_SIZES.contains(&request.per_page) {
        request.per_page
    } else {
        PAGE_SIZES[0]
    };
    let pages = ((total + per_page - 1) / per_page).max(1);
    let page = request.page.clamp(1, pages);
    // The page's ids first, through the sort's index; then the cards of just those. (Selecting
    // the cards directly lets PostgreSQL compute every card of the class before sorting.)
    let sql = page_sql(request, &all, page, per_page);
    let ids: Vec<i64> = bound!(sqlx::query_scalar(&sql), conditions)
        .fetch_all(db.pool())
        .await?;
    let ids: Vec<ProductId> = ids.into_iter().map(ProductId).collect();
    let products = summaries_by_ids(db, &ids).await?;
    Ok(Browse {
        products,
        total,
        page,
        pages,
        facets,
    })
}

fn page_sql(request: &BrowseRequest, where_sql: &str, page: i64, per_page: i64) -> String {
    format!(
        "SELECT p.id FROM products p WHERE {where_sql} ORDER BY {} LIMIT {per_page} OFFSET {}",
        request.sort.order_by(),
        (page - 1) * per_page
    )
}

/// The statement that reads the first page of `request` (for checking query plans); a tag
/// scope's statement takes the tag as `$1`.
pub async fn first_page_statement(db: &Db, request: &BrowseRequest) -> DomainResult<String> {
    let conditions = Conditions::new(request, few_tagged(db, request).await?);
    Ok(page_sql(
        request,
        &conditions.without(None),
        1,
        PAGE_SIZES[0],
    ))
}

/// Whether a tag listing's tag is on few products (see [`Conditions::new`]).
async fn few_tagged(db: &Db, request: &BrowseRequest) -> DomainResult<bool> {
    Ok(match &request.scope {
        Scope::Tag(tag) => super::tags_in_use(db)
            .await?
            .iter()
            .find(|(t, _)| t == tag)
            .is_none_or(|(_, n)| *n <= FEW_TAGGED),
        _ => false,
    })
}

async fn facets(db: &Db, request: &BrowseRequest, conditions: &Conditions) -> DomainResult<Facets> {
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
