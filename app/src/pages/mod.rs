//! Pages that belong to no single context yet: not found, and the cart and account doors
//! that say honestly they are not open.

use crate::i18n::{t, Msg};
use crate::ui::error_panel::set_status;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The 404 page (also sets the HTTP status when rendered on the server).
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text=t(Msg::NotFoundTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="error-page">
            <h1>{t(Msg::NotFoundTitle)}</h1>
            <p>{t(Msg::NotFoundBody)}</p>
            <p><a href="/">{t(Msg::BackHome)}</a></p>
        </section>
    }
}

/// The cart is built with checkout; until then this page says so rather than pretend.
#[component]
pub fn CartPage() -> impl IntoView {
    view! {
        <Title text=t(Msg::Cart)/>
        <Meta name="robots" content="noindex"/>
        <section class="notice-page">
            <h1>{t(Msg::CartNotOpenTitle)}</h1>
            <p>{t(Msg::CartNotOpenBody)}</p>
            <p><a href="/">{t(Msg::BackHome)}</a></p>
        </section>
    }
}

/// Member accounts come with sign-in; until then this page says so.
#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <Title text=t(Msg::Account)/>
        <Meta name="robots" content="noindex"/>
        <section class="notice-page">
            <h1>{t(Msg::AccountNotOpenTitle)}</h1>
            <p>{t(Msg::AccountNotOpenBody)}</p>
            <p><a href="/">{t(Msg::BackHome)}</a></p>
        </section>
    }
}
