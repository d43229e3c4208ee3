//! Pages that belong to no single context: not found.

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
