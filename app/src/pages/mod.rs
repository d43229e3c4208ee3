//! Pages that belong to no single context yet: not found, and the cart's door that says
//! honestly it is not open.

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
    view! { <NoticePage title=Msg::Cart heading=Msg::CartNotOpenTitle body=Msg::CartNotOpenBody/> }
}

/// A short page with a heading, a paragraph and the way home (not indexed by search engines).
#[component]
fn NoticePage(title: Msg, heading: Msg, body: Msg) -> impl IntoView {
    view! {
        <Title text=t(title)/>
        <Meta name="robots" content="noindex"/>
        <section class="notice-page">
            <h1>{t(heading)}</h1>
            <p>{t(body)}</p>
            <p><a href="/">{t(Msg::BackHome)}</a></p>
        </section>
    }
}
