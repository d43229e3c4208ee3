//! What a search page adds to a listing: the correction to offer, the words to mark, the search
//! logged, and when nothing matches every word, the nearest matches and hot searches.

use super::*;
use crate::catalog::listing_query::ListingQuery;
use domain::catalog::{Browse, ProductSummary};
use domain::ids::ProductId;
use domain::search::{self, Query};
use domain::{Db, DomainResult};

/// Hot searches offered on an empty result.
const HOT_OFFERED: i64 = 8;

/// Nearest matches offered on an empty result.
const NEAREST_OFFERED: usize = 8;

pub(super) async fn notes(
    db: &Db,
    typed: &str,
    understood: &Query,
    found: &Browse,
    query: &ListingQuery,
) -> DomainResult<(SearchNotes, Vec<ProductSummary>)> {
    let now = domain::time::now();
    // A search is logged once, as first asked (not per page, filter or sort).
    if query.page <= 1 && !query.has_filters() && query.sort.is_none() && !understood.is_empty() {
        search::log::record_later(db, typed, found.total, now);
    }
    let mut near = Vec::new();
    let mut hot = Vec::new();
    if found.total == 0 {
        let ids: Vec<ProductId> = search::nearest(db, understood)
            .await?
            .iter()
            .take(NEAREST_OFFERED)
            .map(|h| h.id)
            .collect();
        near = catalog::summaries_by_ids(db, &ids).await?;
        if near.is_empty() {
            near = catalog::best_sellers(db, 4).await?;
        }
        hot = search::log::hot(db, now, HOT_OFFERED).await?;
    }
    Ok((
        SearchNotes {
            corrected: understood.corrected.clone(),
            highlights: understood.highlights.clone(),
            hot,
        },
        near,
    ))
}
