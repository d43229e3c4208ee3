//! The account pages' own menu: overview, orders, profile, addresses, favourites, history, security, newsletter.

use crate::i18n::{t, AccountMsg};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn AccountNav() -> impl IntoView {
    let path = use_location().pathname;
    let link = move |href: &'static str, label: &'static str| {
        let current = move || (path.get() == href).then_some("page");
        view! { <li><a href=href aria-current=current>{label}</a></li> }
    };
    view! {
        <nav class="account-nav" aria-label=t(AccountMsg::AccountMenu)>
            <ul>
                {link("/account", t(AccountMsg::Overview))}
                {link("/account/orders", t(crate::i18n::OrderMsg::MyOrders))}
                {link("/account/profile", t(AccountMsg::ProfileTitle))}
                {link("/account/addresses", t(AccountMsg::AddressesTitle))}
                {link("/account/favourites", t(AccountMsg::FavouritesTitle))}
                {link("/account/history", t(AccountMsg::HistoryTitle))}
                {link("/account/security", t(AccountMsg::SecurityTitle))}
                {link("/account/newsletter", t(crate::i18n::NewsletterMsg::Title))}
            </ul>
        </nav>
    }
}
