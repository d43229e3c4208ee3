//! `/help`: the customer service center's front — its pages as cards, then the FAQ with its
//! search box.

use super::api::get_help_center;
use super::faq::Faq;
use crate::i18n::{t, use_locale, HelpMsg, Msg};
use crate::ui::{Breadcrumbs, ErrorPanel};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn HelpCenterPage() -> impl IntoView {
    let locale = use_locale();
    let cards = Resource::new(move || locale, get_help_center);
    view! {
        <Title text=t(HelpMsg::HelpCenter)/>
        <Meta name="description" content=t(HelpMsg::HelpCenterDescription)/>
        <Link rel="canonical" href="/help"/>
        <Breadcrumbs crumbs=Vec::new() current=t(HelpMsg::HelpCenter).to_string()/>
        <section class="help-center">
            <h1>{t(HelpMsg::HelpCenter)}</h1>
            <p class="help-intro">{t(HelpMsg::HelpCenterIntro)}</p>
            <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match cards.await {
                        Ok(cards) => view! {
                            <nav class="help-pages" aria-label=t(HelpMsg::HelpMenu)>
                                <ul class="help-cards">
                                    {cards.into_iter().map(|card| view! {
                                        <li>
                                            <a class="help-card" href=format!("/help/{}", card.slug)>
                                                <strong class="help-card-title">{card.title}</strong>
                                                <span class="help-card-summary">{card.summary}</span>
                                            </a>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </nav>
                        }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
            <Faq/>
        </section>
    }
}
