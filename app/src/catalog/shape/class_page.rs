//! What `/class/:slug` shows: a big class's showcase (recommended products of each small class,
//! banners between the groups, the weekly top-10), or a listing when one is asked for.

use super::listing::{listing, series_crumb, Remembered};
use super::*;
use crate::catalog::listing_query::ListingQuery;
use domain::content;
use domain::{Db, DomainResult};

/// The products of one small class for a big class's page.
const GROUP_SIZE: i64 = 4;

/// What `/class/:slug` shows: a big class's showcase (unless a listing is asked for) or a listing.
pub async fn class_page(
    db: &Db,
    lang: Lang,
    slug: &str,
    query: &ListingQuery,
    remembered: &Remembered,
) -> DomainResult<Option<ClassPageView>> {
    let Some(class) = catalog::category_by_slug(db, slug).await? else {
        return Ok(None);
    };
    if class.parent_id.is_some() || query.wants_listing() {
        let view = listing(db, lang, ListingKind::Class, slug, query, remembered).await?;
        return Ok(view.map(|v| ClassPageView::Listing(Box::new(v))));
    }
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let crumbs = series_crumb(db, class.series_id, lang).await?;
    let mut groups = Vec::new();
    let mut ids = vec![class.id];
    for small in catalog::child_classes(db, class.id).await? {
        ids.push(small.id);
        let products = catalog::recommended_in_class(db, small.id, GROUP_SIZE).await?;
        let total = catalog::count_in_class(db, small.id).await?;
        groups.push(ClassGroup {
            class: link(&small.slug, &small.name, lang),
            total,
            products: cards(&products, lang, &currency),
        });
    }
    let now = domain::time::now();
    let banners = content::class_banners(db, class.id, now)
        .await?
        .into_iter()
        .map(|b| super::home::banner_view(b, lang))
        .collect();
    let top = catalog::weekly_top(db, Some(&ids), now).await?;
    Ok(Some(ClassPageView::Big(BigClassView {
        slug: class.slug.clone(),
        name: class.name.get(lang).to_string(),
        crumbs,
        total: groups.iter().map(|g| g.total).sum(),
        groups,
        banners,
        weekly_top: ranked(&top, lang, &currency),
    })))
}
