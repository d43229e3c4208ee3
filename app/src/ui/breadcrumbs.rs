//! The breadcrumb trail: home, the given steps, then the current page.

use crate::catalog::types::Crumb;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>, current: String) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=t(Msg::Breadcrumbs)>
            <ol>
                <li><a href="/">{t(Msg::Home)}</a></li>
                {crumbs.into_iter().map(|c| view! { <li><a href=c.href>{c.label}</a></li> }).collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
