//! `/help/:slug`: one page of the customer service center in the shopper's language, beside
//! the center's menu. An address that is no page is the site's 404.

use super::api::get_help_page;
use super::side_menu::SideMenu;
use super::types::HelpPageView;
use crate::catalog::types::Crumb;
use crate::i18n::{t, use_locale, HelpMsg, Msg};
use crate::ui::{Breadcrumbs, ErrorPanel, Markup};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn HelpPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = Resource::new(move || slug.get(), move |slug| get_help_page(slug, locale));
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <Article page/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Article(page: HelpPageView) -> impl IntoView {
    let center = Crumb {
        href: "/help".into(),
        label: t(HelpMsg::HelpCenter).into(),
    };
    view! {
        <Title text=page.title.clone()/>
        <Meta name="description" content=page.description/>
        <Link rel="canonical" href=format!("/help/{}", page.slug)/>
        <Breadcrumbs crumbs=vec![center] current=page.title.clone()/>
        <div class="help-layout">
            <SideMenu menu=page.menu current=page.slug.clone()/>
            <article class="help-article" data-slug=page.slug>
                <h1>{page.title}</h1>
                <Markup html=page.html class="help-body"/>
                <p class="help-updated">{t(HelpMsg::UpdatedOn)}" "<time>{page.updated}</time></p>
            </article>
        </div>
    }
}
