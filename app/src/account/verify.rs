//! The page a verification mail links to: one button confirms the address (a POST, so a mail
//! scanner that follows the link uses nothing up), and says plainly when the link is spent.

use super::api::VerifyEmail;
use super::notices::token_message;
use crate::i18n::{t, use_locale, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn VerifyPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let action = ServerAction::<VerifyEmail>::new();
    let problem = move || {
        action
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| token_message(&e, locale))
    };
    view! {
        <Title text=t(Msg::VerifyTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form">
            <h1>{t(Msg::VerifyTitle)}</h1>
            <p class="form-alert" role="alert">{problem}</p>
            <p>{t(Msg::VerifyBody)}</p>
            <ActionForm action>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button-primary" disabled=move || action.pending().get()>
                    {t(Msg::VerifyButton)}
                </button>
            </ActionForm>
        </section>
    }
}
