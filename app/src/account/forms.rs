//! The log-in and registration pages: plain forms that post without JavaScript, and show each
//! field's problem beside it (keeping what was typed, except the password) with it.

use super::api::{LogIn, Register};
use super::notices::{field_message, form_message};
use crate::error::AppError;
use crate::i18n::{t, use_locale, AccountMsg, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// One labelled input with its message (`aria-invalid`, `aria-describedby`).
#[component]
pub(crate) fn Field(
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    error: Signal<Option<AppError>>,
    #[prop(optional)] hint: Option<&'static str>,
    /// What the field holds when the page opens (an edit form).
    #[prop(optional, into)]
    value: String,
    /// The field may be left empty.
    #[prop(optional)]
    optional: bool,
    /// The element id, when another form on the page has a field of the same name.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    let message = move || error.get().and_then(|e| field_message(&e, name, locale));
    let id = id.map_or_else(|| format!("field-{name}"), str::to_string);
    let note_id = format!("{id}-note");
    view! {
        <div class="form-field">
            <label for=id.clone()>{label}</label>
            <input id=id name=name type=kind autocomplete=autocomplete required=!optional value=value
                maxlength=if kind == "password" { "128" } else { "254" }
                aria-invalid=move || message().is_some().to_string()
                aria-describedby=note_id.clone()/>
            <p id=note_id class="field-note" class:field-error=move || message().is_some()>
                {move || message().or_else(|| hint.map(str::to_string))}
            </p>
        </div>
    }
}

/// The message above a form for problems of the whole form.
#[component]
pub(crate) fn FormAlert(
    error: Signal<Option<AppError>>,
    fields: &'static [&'static str],
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="form-alert" role="alert">
            {move || error.get().and_then(|e| form_message(&e, fields, locale))}
        </p>
    }
}

/// The submit button, disabled and saying so while the form is on its way.
#[component]
pub(crate) fn Submit(label: &'static str, pending: Signal<bool>) -> impl IntoView {
    view! {
        <button type="submit" class="button-primary" disabled=move || pending.get()>
            {move || if pending.get() { t(Msg::Working) } else { label }}
        </button>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<LogIn>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Where to go afterwards (checked again on the server).
    let query = leptos_router::hooks::use_query_map();
    let next = move || {
        query
            .read()
            .get("next")
            .and_then(|n| super::next::safe_next(&n))
            .unwrap_or_default()
    };
    view! {
        <Title text=t(Msg::LogInTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form">
            <h1>{t(Msg::LogInTitle)}</h1>
            <FormAlert error fields=&[]/>
            <ActionForm action>
                <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="username" error/>
                <Field name="password" label=t(Msg::PasswordLabel) kind="password" autocomplete="current-password" error/>
                <input type="hidden" name="next" value=next/>
                <Submit label=t(Msg::LogIn) pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/account/forgot">{t(Msg::ForgotPassword)}</a></p>
            <p>{t(Msg::NoAccountYet)}" "<a href="/account/register">{t(Msg::Register)}</a></p>
        </section>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let action = ServerAction::<Register>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <Title text=t(Msg::RegisterTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form">
            <h1>{t(Msg::RegisterTitle)}</h1>
            <p>{t(Msg::RegisterIntro)}</p>
            <FormAlert error fields=&["email", "password", "name", "phone"]/>
            <ActionForm action>
                <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="email" error/>
                <Field name="name" label=t(Msg::NameLabel) kind="text" autocomplete="nickname" error/>
                <Field name="password" label=t(Msg::PasswordLabel) kind="password" autocomplete="new-password"
                    error hint=t(Msg::NewPasswordHint)/>
                <Field name="phone" label=t(AccountMsg::PhoneLabel) kind="tel" autocomplete="tel"
                    error optional=true hint=t(AccountMsg::Optional)/>
                <Submit label=t(Msg::Register) pending=action.pending().into()/>
            </ActionForm>
            <p>{t(Msg::HaveAccount)}" "<a href="/account/login">{t(Msg::LogIn)}</a></p>
        </section>
    }
}
