//! The panel shown when a page's data could not be loaded; sets the matching HTTP status.

use crate::error::AppError;
use crate::i18n::{t, Msg};
use crate::pages::NotFound;
use leptos::prelude::*;

#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    if error == AppError::NotFound {
        return view! { <NotFound/> }.into_any();
    }
    set_status(error.status());
    let body = match &error {
        AppError::Invalid { .. } | AppError::BadRequest => t(Msg::BadRequestBody),
        _ => t(Msg::ErrorBody),
    };
    let reference = match error {
        AppError::Internal { reference } => Some(reference),
        _ => None,
    };
    view! {
        <section class="error-page" role="alert">
            <h1>{t(Msg::ErrorTitle)}</h1>
            <p>{body}</p>
            {reference.map(|r| view! { <p class="error-reference">{t(Msg::ErrorReference)}": "<code>{r}</code></p> })}
            <p><a href="/">{t(Msg::BackHome)}</a></p>
        </section>
    }
    .into_any()
}

/// Sets the HTTP status of the server-rendered response (no effect in the browser).
pub fn set_status(_code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(code)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(_code),
    ) {
        options.set_status(code);
    }
}
