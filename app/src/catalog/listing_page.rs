//! Listing pages: a class, a series, or the results of a search; paged with plain links.

use super::api::{get_class, get_series, search_products};
use super::types::ListingView;
use crate::i18n::{product_count, t, use_locale, Msg};
use crate::pages::NotFound;
use crate::ui::{encode_component, ErrorPanel, Pager, ProductGrid};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// What a listing lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListingKind {
    Class,
    Series,
    Search,
}

#[component]
pub fn ListingPage(kind: ListingKind) -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let page = query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, 10_000);
        let slug = match kind {
            ListingKind::Search => query
                .read()
                .get("q")
                .unwrap_or_default()
                .chars()
                .take(100)
                .collect(),
            _ => params.read().get("slug").unwrap_or_default(),
        };
        (slug, page)
    };
    let listing = Resource::new(key, move |(slug, page)| async move {
        match kind {
            ListingKind::Class => get_class(locale, slug, page).await,
            ListingKind::Series => get_series(locale, slug, page).await,
            ListingKind::Search => search_products(locale, slug, page).await.map(Some),
        }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                let (slug, _) = key();
                match listing.await {
                    Ok(Some(view)) => view! { <Listing view kind slug/> }.into_any(),
                    Ok(None) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Listing(view: ListingView, kind: ListingKind, slug: String) -> impl IntoView {
    let locale = use_locale();
    let (heading, base) = match kind {
        ListingKind::Class => (view.name.clone(), format!("/class/{slug}?")),
        ListingKind::Series => (view.name.clone(), format!("/series/{slug}?")),
        ListingKind::Search => (
            format!("{}: {}", t(Msg::Search), view.name),
            format!("/search?q={}&", encode_component(&slug)),
        ),
    };
    view! {
        <Title text=heading.clone()/>
        <Meta name="description" content=format!("{} — {}", heading, product_count(locale, view.total))/>
        {(kind == ListingKind::Search).then(|| view! { <Meta name="robots" content="noindex"/> })}
        <nav class="breadcrumbs" aria-label="breadcrumbs">
            <ol>
                <li><a href="/">{t(Msg::Home)}</a></li>
                {view.crumbs.into_iter().map(|c| view! { <li><a href=c.href>{c.label}</a></li> }).collect_view()}
                <li aria-current="page">{view.name.clone()}</li>
            </ol>
        </nav>
        <header class="listing-head">
            <h1>{heading}</h1>
            <p class="listing-count">{product_count(locale, view.total)}</p>
        </header>
        {(!view.children.is_empty()).then(|| view! {
            <ul class="chips">
                {view.children.into_iter().map(|c| view! { <li><a href=format!("/class/{}", c.slug)>{c.name}</a></li> }).collect_view()}
            </ul>
        })}
        <ProductGrid products=view.products/>
        <Pager base page=view.page pages=view.pages/>
    }
}
