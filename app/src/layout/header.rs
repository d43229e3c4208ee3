//! The site header: logo, the two series with their class drop-downs, search, cart, account, language.

use super::search_box::SearchBox;
use super::LayoutResource;
use crate::i18n::{t, use_locale, Locale, Msg};
use crate::ui::encode_component;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header(layout: LayoutResource) -> impl IntoView {
    let location = use_location();
    let locale = use_locale();
    let cart_count = use_context::<crate::account::shopper::CartCount>().map(|c| c.0);
    let next = move || {
        let path = location.pathname.get();
        let query = location.search.get();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    };
    view! {
        <a class="skip-link" href="#main">{t(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="header-bar">
                <a class="logo" href="/" aria-label=t(Msg::Home)>
                    <span class="logo-mark" aria-hidden="true">"E"</span>
                    <Transition fallback=|| view! { <span class="logo-text">"Emporium"</span> }>
                        {move || Suspend::new(async move {
                            let name = layout.await.map(|l| l.shop_name).unwrap_or_else(|_| "Emporium".into());
                            view! { <span class="logo-text">{name}</span> }
                        })}
                    </Transition>
                </a>
                <SearchBox/>
                <nav class="header-links" aria-label=t(Msg::Account)>
                    <a href="/account">{t(Msg::Account)}</a>
                    <a href="/cart" class="cart-link">
                        {t(Msg::Cart)}
                        <span class="cart-count" data-testid="cart-count" aria-live="polite"
                            hidden=move || cart_count.is_some_and(|c| c.get() == 0)>
                            {move || cart_count.map(|c| c.get())}
                        </span>
                    </a>
                    <span class="lang-switch" role="group" aria-label=t(Msg::Language)>
                        {Locale::ALL
                            .into_iter()
                            .map(|l| {
                                let href = move || format!("/lang/{}?next={}", l.tag(), encode_component(&next()));
                                view! {
                                    // rel="external": a full page load, so the server renders the page in the new language.
                                    <a href=href rel="external" hreflang=l.tag() lang=l.tag() aria-current=(l == locale).then_some("true")>
                                        {l.native_name()}
                                    </a>
                                }
                            })
                            .collect_view()}
                    </span>
                </nav>
            </div>
            <nav class="main-menu" aria-label=t(Msg::MainMenu)>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        let menu = layout.await.map(|l| l.menu).unwrap_or_default();
                        view! {
                            <ul class="menu-series">
                                <li><a href="/">{t(Msg::Home)}</a></li>
                                {menu
                                    .into_iter()
                                    .map(|series| {
                                        view! {
                                            <li class="menu-dropdown">
                                                <a href=format!("/series/{}", series.slug) aria-haspopup="true">{series.name}</a>
                                                <div class="menu-panel">
                                                    {series
                                                        .classes
                                                        .into_iter()
                                                        .map(|big| {
                                                            view! {
                                                                <div class="menu-column">
                                                                    <a class="menu-big" href=format!("/class/{}", big.slug)>{big.name}</a>
                                                                    <ul>
                                                                        {big
                                                                            .small_classes
                                                                            .into_iter()
                                                                            .map(|small| view! {
                                                                                <li><a href=format!("/class/{}", small.slug)>{small.name}</a></li>
                                                                            })
                                                                            .collect_view()}
                                                                    </ul>
                                                                </div>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </div>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                </Transition>
            </nav>
        </header>
    }
}
