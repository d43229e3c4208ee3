//! Browsing a listing: a scope (classes, a series, a brand, a tag or a search's matches), filters,
//! a sort and a page, with how many products each filter value would show under the other
//! filters (facets, in [`super::facets`]).

use super::conditions::{bound, Conditions};
use super::facets::counts;
use super::model::ProductSummary;
use super::summaries::summaries_remembered;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{AttributeValueId, BrandId, CategoryId, ProductId, SeriesId};
use crate::money::Money;
use crate::search::{rank, Query};
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
    /// Products matching a search; its "recommended" order is relevance.
    Search(Query),
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

/// How long a listing's count and facet counts are remembered. They count products, not stock,
/// so only catalog changes alter them, and those outdate them sooner (the key holds the
/// search generation); the long life keeps broad searches from being counted again and again.
const COUNTS_TTL: std::time::Duration = std::time::Duration::from_secs(600);

/// Page sizes a shopper can choose.
pub const PAGE_SIZES: [i64; 3] = [20, 40, 60];

/// A page of a listing with its facets.
pub async fn browse(db: &Db, request: &BrowseRequest) -> DomainResult<Browse> {
    let few_tagged = few_tagged(db, request).await?;
    let conditions = Conditions::new(request, few_tagged, db.dialect());
    let all = conditions.without(None);
    // The page's ids are read fresh (or for a search, from its remembered ranking), its cards
    // are remembered briefly, and all are outdated by any sell-out or index change.
    let generation = crate::search::generation::current(db).await?;
    let key = format!(
        "counts:{generation}:{:?}:{:?}",
        request.scope, request.filters
    );
    let (total, facets) = {
        let (db, request) = (db.clone(), request.clone());
        db.clone()
            .memo()
            .remember(key, COUNTS_TTL, move || async move {
                let conditions = Conditions::new(&request, few_tagged, db.dialect());
                counts(&db, &request, &conditions).await
            })
            .await?
    };
    let per_page = if PAGE_SIZES.contains(&request.per_page) {
        request.per_page
    } else {
        PAGE_SIZES[0]
    };
    // A search by relevance pages through its best matches only.
    let relevance = match (&request.scope, request.sort) {
        (Scope::Search(query), Sort::Recommended) => Some(query),
        _ => None,
    };
    let listable = match relevance {
        Some(_) => total.min(rank::MAX_RANKED),
        None => total,
    };
    let pages = ((listable + per_page - 1) / per_page).max(1);
    let page = request.page.clamp(1, pages);
    let skip = (page - 1) * per_page;
    let ids: Vec<ProductId> = match relevance {
        Some(query) => {
            let filters = conditions.without_scope();
            rank::ranked_within(db, query, &filters)
                .await?
                .iter()
                .skip(skip as usize)
                .take(per_page as usize)
                .map(|h| h.id)
                .collect()
        }
        None => {
            // The page's ids first, through the sort's index; then the cards of just those.
            // (Selecting the cards directly lets PostgreSQL compute every card of the class
            // before sorting.)
            let sql = page_sql(request, &all, page, per_page);
            let ids: Vec<i64> = bound!(sqlx::query_scalar(&sql), conditions)
                .fetch_all(db.pool())
                .await?;
            ids.into_iter().map(ProductId).collect()
        }
    };
    let products = summaries_remembered(db, &ids).await?;
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
    let conditions = Conditions::new(request, few_tagged(db, request).await?, db.dialect());
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
