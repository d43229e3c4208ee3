//! The search results view (a plain name search until the search engine lands).

use super::*;
use domain::{Db, DomainResult};

pub async fn search_listing(db: &Db, lang: Lang, q: &str, page: i64) -> DomainResult<ListingView> {
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let per = domain::catalog::PAGE_SIZES[0];
    let found = catalog::name_contains(db, q, page, per).await?;
    let pages = ((found.total + per - 1) / per).max(1);
    let suggestions = if found.total == 0 {
        cards(&catalog::best_sellers(db, 4).await?, lang, &currency)
    } else {
        Vec::new()
    };
    Ok(ListingView {
        kind: ListingKind::Search,
        slug: q.trim().to_string(),
        name: q.trim().to_string(),
        intro: String::new(),
        crumbs: Vec::new(),
        children: Vec::new(),
        products: cards(&found.products, lang, &currency),
        total: found.total,
        page: page.min(pages),
        pages,
        per,
        sort: "sales".into(),
        view: "grid".into(),
        filters: None,
        weekly_top: Vec::new(),
        notices: Vec::new(),
        suggestions,
    })
}
