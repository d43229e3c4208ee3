//! One page of a listing: breadcrumbs, heading, notices, the toolbar (sort, page size, view),
//! filters, products, pages, the weekly top-10, recently viewed and an empty state.

use super::filter_panel::FilterPanel;
use super::listing_query::ListingQuery;
use super::ranking::Ranking;
use super::recently_viewed::RecentlyViewed;
use super::types::{ListingKind, ListingView};
use crate::i18n::{product_count, t, use_locale, Msg};
use crate::ui::{encode_component, Breadcrumbs, Pager, ProductGrid};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

const SORTS: [(&str, Msg); 6] = [
    ("recommended", Msg::SortRecommended),
    ("sales", Msg::SortSales),
    ("price_asc", Msg::SortPriceAsc),
    ("price_desc", Msg::SortPriceDesc),
    ("rating", Msg::SortRating),
    ("newest", Msg::SortNewest),
];

#[component]
pub fn Listing(view: ListingView, query: ListingQuery) -> impl IntoView {
    let locale = use_locale();
    let search = view.kind == ListingKind::Search;
    let path = match view.kind {
        ListingKind::Search => "/search".to_string(),
        kind => kind.path(&view.slug),
    };
    let href = {
        let (path, q) = (path.clone(), view.slug.clone());
        Callback::new(move |query: ListingQuery| {
            if search {
                let rest = query.to_query();
                let sep = if rest.is_empty() { "" } else { "&" };
                format!("/search?q={}{sep}{rest}", encode_component(&q))
            } else {
                query.href(&path)
            }
        })
    };
    let heading = if search {
        format!("{}: {}", t(Msg::Search), view.name)
    } else {
        view.name.clone()
    };
    let canonical = href.run(ListingQuery {
        page: view.page,
        ..ListingQuery::default()
    });
    let pager_query = query.clone();
    let pager = Callback::new(move |n: i64| href.run(pager_query.at_page(n)));
    let grid_id = "listing-products";
    view! {
        <Title text=heading.clone()/>
        <Meta name="description" content=format!("{} — {}", heading, product_count(locale, view.total))/>
        {(search || query.has_filters()).then(|| view! { <Meta name="robots" content="noindex, follow"/> })}
        {(!search).then(|| view! { <Link rel="canonical" href=canonical.clone()/> })}
        <Breadcrumbs crumbs=view.crumbs.clone() current=view.name.clone()/>
        <header class="listing-head">
            <h1>{heading}</h1>
            <p class="listing-count" data-testid="listing-count">{product_count(locale, view.total)}</p>
            {(!view.intro.is_empty()).then(|| view! { <p class="listing-intro">{view.intro.clone()}</p> })}
        </header>
        {view.search.as_ref().and_then(|s| s.corrected.clone()).map(|better| view! {
            <p class="did-you-mean" data-testid="did-you-mean">
                {t(Msg::DidYouMean)}" "
                <a href=format!("/search?q={}", encode_component(&better))>{better.clone()}</a>
            </p>
        })}
        {(!view.notices.is_empty()).then(|| view! {
            <ul class="notices" role="status">
                {view.notices.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
            </ul>
        })}
        {(!view.children.is_empty()).then(|| view! {
            <ul class="chips">
                {view.children.iter().map(|c| view! { <li><a href=format!("/class/{}", c.slug)>{c.name.clone()}</a></li> }).collect_view()}
            </ul>
        })}
        <div class="listing-layout" class:no-filters=view.filters.is_none()>
            {view.filters.clone().map(|panel| view! {
                <a class="skip-link-inline" href=format!("#{grid_id}")>{t(Msg::SkipFilters)}</a>
                <FilterPanel panel query=query.clone() path=path.clone() href searched=search.then(|| view.slug.clone())/>
            })}
            <div class="listing-main" id=grid_id>
                <Toolbar view=view.clone() query=query.clone() href search/>
                {if view.products.is_empty() {
                    view! { <EmptyListing view=view.clone() query=query.clone() href/> }.into_any()
                } else {
                    let style = if view.view == "list" { "list" } else { "grid" };
                    let highlight = view.search.as_ref().map(|s| s.highlights.clone()).unwrap_or_default();
                    view! { <ProductGrid products=view.products.clone() view=style highlight/> }.into_any()
                }}
                <Pager page=view.page pages=view.pages href=pager/>
            </div>
            {(!view.weekly_top.is_empty()).then(|| view! {
                <aside class="listing-aside">
                    <Ranking title=t(Msg::WeeklyTop).to_string() items=view.weekly_top.clone()/>
                </aside>
            })}
        </div>
        <RecentlyViewed except=None/>
    }
}

/// Sort, page size and view as links (each a shareable address).
#[component]
fn Toolbar(
    view: ListingView,
    query: ListingQuery,
    href: Callback<ListingQuery, String>,
    /// A search's "recommended" order is relevance.
    search: bool,
) -> impl IntoView {
    view! {
        <div class="listing-toolbar">
            <nav class="sort-links" aria-label=t(Msg::Sort)>
                <span class="toolbar-label">{t(Msg::Sort)}":"</span>
                {SORTS.into_iter().map(|(code, msg)| (code, if search && code == "recommended" { Msg::SortRelevance } else { msg })).map(|(code, msg)| view! {
                    <a href=href.run(query.sorted(code)) aria-current=(view.sort == code).then_some("true") rel="nofollow">{t(msg)}</a>
                }).collect_view()}
            </nav>
            <nav class="per-links" aria-label=t(Msg::PerPage)>
                <span class="toolbar-label">{t(Msg::PerPage)}":"</span>
                {[20, 40, 60].into_iter().map(|n| view! {
                    <a href=href.run(query.sized(n)) aria-current=(view.per == n).then_some("true") rel="nofollow">{n}</a>
                }).collect_view()}
            </nav>
            <nav class="view-links" aria-label=t(Msg::ViewAs)>
                {[("grid", Msg::ViewGrid), ("list", Msg::ViewList)].into_iter().map(|(code, msg)| view! {
                    <a href=href.run(query.viewed_as(code)) aria-current=(view.view == code).then_some("true") rel="nofollow">{t(msg)}</a>
                }).collect_view()}
            </nav>
        </div>
    }
}

/// Nothing matched: say so, offer to clear filters, the classes nearby and best sellers.
#[component]
fn EmptyListing(
    view: ListingView,
    query: ListingQuery,
    href: Callback<ListingQuery, String>,
) -> impl IntoView {
    view! {
        <section class="empty-listing" aria-labelledby="empty-title">
            <h2 id="empty-title">{t(Msg::NoMatches)}</h2>
            {query.has_filters().then(|| view! {
                <p><a href=href.run(query.unfiltered()) class="clear-filters">{t(Msg::ClearFilters)}</a></p>
            })}
            {match view.search.clone() {
                Some(notes) => view! {
                    {(!notes.hot.is_empty()).then(|| view! {
                        <nav class="hot-searches" aria-label=t(Msg::HotSearches)>
                            <h3>{t(Msg::HotSearches)}</h3>
                            <ul class="chips">
                                {notes.hot.iter().map(|term| view! {
                                    <li><a href=format!("/search?q={}", encode_component(term))>{term.clone()}</a></li>
                                }).collect_view()}
                            </ul>
                        </nav>
                    })}
                    <p>{t(Msg::SearchNearest)}</p>
                }.into_any(),
                None => view! { <p>{t(Msg::NoMatchesHint)}</p> }.into_any(),
            }}
            <ProductGrid products=view.suggestions/>
        </section>
    }
}
