//! The account pages' own menu: overview, profile, addresses, favourites, history, security.

use crate::i18n::{t, AccountMsg};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn AccountNav() -> impl IntoView {
    let path = use_location().pathname;
    let link = move |href: &'static str, label: AccountMsg| {
        let current = move || (path.get() == href).then_some("page");
        view! { <li><a href=href aria-current=current>{t(label)}</a></li> }
    };
    view! {
        <nav class="account-nav" aria-label=t(AccountMsg::AccountMenu)>
            <ul>
                {link("/account", AccountMsg::Overview)}
                {link("/account/profile", AccountMsg::ProfileTitle)}
                {link("/account/addresses", AccountMsg::AddressesTitle)}
                {link("/account/favourites", AccountMsg::FavouritesTitle)}
                {link("/account/history", AccountMsg::HistoryTitle)}
                {link("/account/security", AccountMsg::SecurityTitle)}
            </ul>
        </nav>
    }
}
