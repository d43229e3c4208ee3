//! Listing routes: a class (a big class's showcase or a listing), a series, a brand, a tag,
//! or the results of a search. The URL's query is the listing's whole state.

use super::api::{get_class_page, get_listing};
use super::big_class::BigClass;
use super::listing_query::ListingQuery;
use super::listing_view::Listing;
use super::types::{ClassPageView, ListingKind};
use crate::i18n::{t, use_locale, Msg};
use crate::pages::NotFound;
use crate::ui::ErrorPanel;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The listing query of the current URL.
fn use_listing_query() -> Memo<ListingQuery> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|q| ListingQuery::from_params(|key| q.get_all(key).unwrap_or_default()))
    })
}

fn use_slug() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("slug").unwrap_or_default())
}

/// `/class/:slug`.
#[component]
pub fn ClassPage() -> impl IntoView {
    let locale = use_locale();
    let slug = use_slug();
    let query = use_listing_query();
    let page = Resource::new(
        move || (slug.get(), query.get()),
        move |(slug, query)| get_class_page(locale, slug, query),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(ClassPageView::Big(view))) => view! { <BigClass view/> }.into_any(),
                    Ok(Some(ClassPageView::Listing(view))) => view! { <Listing view=*view query=query.get_untracked()/> }.into_any(),
                    Ok(None) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/series/:slug`, `/brand/:slug`, `/tag/:slug` and `/search?q=`.
#[component]
pub fn ListingPage(kind: ListingKind) -> impl IntoView {
    let locale = use_locale();
    let slug = use_slug();
    let query = use_listing_query();
    let search = use_query_map();
    let key = move || {
        let slug = match kind {
            ListingKind::Search => search
                .read()
                .get("q")
                .unwrap_or_default()
                .chars()
                .take(100)
                .collect(),
            _ => slug.get(),
        };
        (slug, query.get())
    };
    let listing = Resource::new(key, move |(slug, query)| {
        get_listing(locale, kind, slug, query)
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(Some(view)) => view! { <Listing view query=query.get_untracked()/> }.into_any(),
                    Ok(None) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
