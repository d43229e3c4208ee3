//! Previous / next links for paged listings; plain links, so they work without JavaScript.

use crate::i18n::{page_x_of_y, t, use_locale, Msg};
use leptos::prelude::*;

/// `base` is the listing URL with any other query already in it, ending in `?` or `&`.
#[component]
pub fn Pager(base: String, page: i64, pages: i64) -> impl IntoView {
    let locale = use_locale();
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=page_x_of_y(locale, page, pages)>
                {(page > 1).then(|| view! { <a rel="prev" href=format!("{base}page={}", page - 1)>{t(Msg::PagePrevious)}</a> })}
                <span>{page_x_of_y(locale, page, pages)}</span>
                {(page < pages).then(|| view! { <a rel="next" href=format!("{base}page={}", page + 1)>{t(Msg::PageNext)}</a> })}
            </nav>
        }
    })
}
