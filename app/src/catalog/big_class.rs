//! A big class's showcase page: recommended products of each small class with pictures and
//! text, banners between the groups, and the class's weekly top-10.

use super::home_page::WideBanner;
use super::ranking::Ranking;
use super::types::BigClassView;
use crate::i18n::{product_count, t, use_locale, Msg};
use crate::ui::{Breadcrumbs, ProductGrid};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn BigClass(view: BigClassView) -> impl IntoView {
    let locale = use_locale();
    let mut banners = view.banners.into_iter();
    let canonical = format!("/class/{}", view.slug);
    view! {
        <Title text=view.name.clone()/>
        <Meta name="description" content=format!("{} — {}", view.name, product_count(locale, view.total))/>
        <Link rel="canonical" href=canonical.clone()/>
        <Breadcrumbs crumbs=view.crumbs current=view.name.clone()/>
        <header class="listing-head">
            <h1>{view.name.clone()}</h1>
            <p class="listing-count">{product_count(locale, view.total)}</p>
            <p><a href=format!("{canonical}?all=1")>{t(Msg::BrowseWholeClass)}</a></p>
        </header>
        <div class="listing-layout no-filters">
            <div class="listing-main">
                {view.groups.into_iter().enumerate().map(|(i, group)| {
                    let banner = (i % 2 == 1).then(|| banners.next()).flatten();
                    view! {
                        <section class="class-group" aria-labelledby=format!("group-{}", group.class.slug)>
                            <header class="section-head">
                                <h2 id=format!("group-{}", group.class.slug)>{group.class.name.clone()}</h2>
                                <p>{product_count(locale, group.total)}</p>
                                <a href=format!("/class/{}", group.class.slug)>{t(Msg::ViewAllClass)}</a>
                            </header>
                            <ProductGrid products=group.products view="list"/>
                        </section>
                        {banner.map(|b| view! { <WideBanner banner=b/> })}
                    }
                }).collect_view()}
                {banners.map(|b| view! { <WideBanner banner=b/> }).collect_view()}
            </div>
            {(!view.weekly_top.is_empty()).then(|| view! {
                <aside class="listing-aside">
                    <Ranking title=t(Msg::WeeklyTop).to_string() items=view.weekly_top/>
                </aside>
            })}
        </div>
    }
}
