//! The search results view: the engine's best matches first, the correction to offer, and when
//! nothing matches, the nearest matches (any word enough), hot searches and best sellers.

use super::*;
use domain::ids::ProductId;
use domain::search;
use domain::{Db, DomainResult};

/// Hot searches offered on an empty result.
const HOT_OFFERED: i64 = 8;

pub async fn search_listing(db: &Db, lang: Lang, q: &str, page: i64) -> DomainResult<ListingView> {
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let per = domain::catalog::PAGE_SIZES[0];
    let found = search::search(db, q).await?;
    let total = found.hits.len() as i64;
    let now = domain::time::now();
    if page == 1 && !found.query.is_empty() {
        search::log::record_later(db, q, total, now);
    }
    let pages = ((total + per - 1) / per).max(1);
    let page = page.clamp(1, pages);
    let ids: Vec<ProductId> = found
        .hits
        .iter()
        .skip(((page - 1) * per) as usize)
        .take(per as usize)
        .map(|h| h.id)
        .collect();
    let products = catalog::summaries_by_ids(db, &ids).await?;
    let (suggestions, hot) = if total == 0 {
        let nearest: Vec<ProductId> = search::nearest(db, &found.query)
            .await?
            .iter()
            .take(8)
            .map(|h| h.id)
            .collect();
        let mut near = catalog::summaries_by_ids(db, &nearest).await?;
        if near.is_empty() {
            near = catalog::best_sellers(db, 4).await?;
        }
        (near, search::log::hot(db, now, HOT_OFFERED).await?)
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(ListingView {
        kind: ListingKind::Search,
        slug: q.trim().to_string(),
        name: q.trim().to_string(),
        intro: String::new(),
        crumbs: Vec::new(),
        children: Vec::new(),
        products: cards(&products, lang, &currency),
        total,
        page,
        pages,
        per,
        sort: "recommended".into(),
        view: "grid".into(),
        filters: None,
        weekly_top: Vec::new(),
        notices: Vec::new(),
        suggestions: cards(&suggestions, lang, &currency),
        search: Some(SearchNotes {
            corrected: found.query.corrected.clone(),
            highlights: found.query.highlights.clone(),
            hot,
        }),
    })
}
