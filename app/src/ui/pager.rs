//! Page links for paged listings: previous, a window of numbers, next. Plain links, so they
//! work without JavaScript.

use crate::i18n::{page_x_of_y, t, use_locale, Msg};
use leptos::prelude::*;

/// `href` gives the address of a page number.
#[component]
pub fn Pager(page: i64, pages: i64, href: Callback<i64, String>) -> impl IntoView {
    let locale = use_locale();
    let first = (page - 3).max(1);
    let last = (page + 3).min(pages);
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=page_x_of_y(locale, page, pages)>
                {(page > 1).then(|| view! { <a rel="prev" href=href.run(page - 1)>{t(Msg::PagePrevious)}</a> })}
                {(first > 1).then(|| view! { <a href=href.run(1)>"1"</a><span aria-hidden="true">"…"</span> })}
                {(first..=last).map(|n| if n == page {
                    view! { <span class="pager-current" aria-current="page">{n}</span> }.into_any()
                } else {
                    view! { <a href=href.run(n)>{n}</a> }.into_any()
                }).collect_view()}
                {(last < pages).then(|| view! { <span aria-hidden="true">"…"</span><a href=href.run(pages)>{pages}</a> })}
                {(page < pages).then(|| view! { <a rel="next" href=href.run(page + 1)>{t(Msg::PageNext)}</a> })}
            </nav>
        }
    })
}
