//! The pages newsletter mails link to: confirming a subscription and unsubscribing. Each acts
//! on a button (a POST), so a mail scanner that opens the link changes nothing.

use super::api::{ConfirmNewsletter, UnsubscribeNewsletter};
use crate::account::notices::token_message;
use crate::i18n::{t, use_locale, NewsletterMsg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let action = ServerAction::<ConfirmNewsletter>::new();
    view! {
        <TokenPage title=t(NewsletterMsg::ConfirmTitle) body=t(NewsletterMsg::ConfirmBody)
            button=t(NewsletterMsg::ConfirmButton) done=t(NewsletterMsg::Confirmed)
            action=action.into()/>
    }
}

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let action = ServerAction::<UnsubscribeNewsletter>::new();
    view! {
        <TokenPage title=t(NewsletterMsg::UnsubscribeTitle) body=t(NewsletterMsg::UnsubscribeBody)
            button=t(NewsletterMsg::UnsubscribeButton) done=t(NewsletterMsg::Unsubscribed)
            action=action.into()/>
    }
}

/// A page with one button that sends the link's token.
#[component]
fn TokenPage(
    title: &'static str,
    body: &'static str,
    button: &'static str,
    done: &'static str,
    action: TokenAction,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let (value, pending) = (action.value(), action.pending());
    let problem = move || {
        value
            .get()
            .and_then(Result::err)
            .map(|e| token_message(&e, locale))
    };
    let finished = move || matches!(value.get(), Some(Ok(())));
    let form = move || {
        match &action {
        TokenAction::Confirm(a) => view! {
            <ActionForm action=*a>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button-primary" disabled=move || pending.get()>{button}</button>
            </ActionForm>
        }
        .into_any(),
        TokenAction::Unsubscribe(a) => view! {
            <ActionForm action=*a>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button-primary" disabled=move || pending.get()>{button}</button>
            </ActionForm>
        }
        .into_any(),
    }
    };
    view! {
        <Title text=title/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form newsletter-page">
            <h1>{title}</h1>
            <p class="form-alert" role="alert">{problem}</p>
            <Show when=finished fallback=move || view! { <p>{body}</p>{form()} }>
                <p class="form-done" role="status">{done}</p>
                <p><a href="/">{t(crate::i18n::CartMsg::GoShopping)}</a></p>
            </Show>
        </section>
    }
}

/// The two buttons' actions, which differ only in the server function they call.
#[derive(Clone, Copy)]
enum TokenAction {
    Confirm(ServerAction<ConfirmNewsletter>),
    Unsubscribe(ServerAction<UnsubscribeNewsletter>),
}

impl From<ServerAction<ConfirmNewsletter>> for TokenAction {
    fn from(a: ServerAction<ConfirmNewsletter>) -> Self {
        TokenAction::Confirm(a)
    }
}

impl From<ServerAction<UnsubscribeNewsletter>> for TokenAction {
    fn from(a: ServerAction<UnsubscribeNewsletter>) -> Self {
        TokenAction::Unsubscribe(a)
    }
}

impl TokenAction {
    fn value(self) -> Signal<Option<Result<(), crate::error::AppError>>> {
        match self {
            TokenAction::Confirm(a) => a.value().into(),
            TokenAction::Unsubscribe(a) => a.value().into(),
        }
    }

    fn pending(self) -> Signal<bool> {
        match self {
            TokenAction::Confirm(a) => a.pending().into(),
            TokenAction::Unsubscribe(a) => a.pending().into(),
        }
    }
}
