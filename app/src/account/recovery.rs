//! Passwords: the "forgot password" page (a reset link by mail; the same answer whether or not
//! the address has an account), the page the link opens to choose a new one, and the form on
//! the account page that changes it. Each ends the account's other sessions.

use super::forms::{Field, FormAlert, Submit};
use crate::error::AppError;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// Mails a reset link if the address has an account. The answer is the same either way, and
/// both count against the limits, so nobody learns who shops here.
#[server(endpoint = "account/forgot")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use super::api::on_server::{client_address, db, letterhead, within};
    use domain::rate_limit::{self, RESET_MAILS, RESET_MAILS_FROM_ONE_PLACE};
    let db = db()?;
    let typed: String = email.trim().to_lowercase().chars().take(254).collect();
    let keys = [
        (
            format!("reset-ip:{}", client_address()),
            RESET_MAILS_FROM_ONE_PLACE,
        ),
        (format!("reset-account:{typed}"), RESET_MAILS),
    ];
    for (key, limit) in &keys {
        within(&db, key, *limit).await?;
    }
    let now = domain::time::now();
    for (key, limit) in &keys {
        rate_limit::count(&db, key, *limit, now).await?;
    }
    let head = letterhead(&db).await?;
    domain::members::recovery::request_reset(&db, &email, &head, now).await?;
    leptos_axum::redirect("/account/forgot?sent=1");
    Ok(())
}

/// Sets a new password with the token from the mail, ends every session of the account and
/// signs this browser in.
#[server(endpoint = "account/reset")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    use super::api::on_server::{client_address, db, session, within};
    use domain::members::sessions::Holder;
    use domain::rate_limit::{self, LOGIN_FAILURES};
    let db = db()?;
    let key = format!("reset-token-ip:{}", client_address());
    within(&db, &key, LOGIN_FAILURES).await?;
    let now = domain::time::now();
    let reset = domain::members::recovery::reset(&db, &token, &password, now).await;
    if matches!(
        &reset,
        Err(domain::DomainError::Invalid { field: "token", .. })
    ) {
        rate_limit::count(&db, &key, LOGIN_FAILURES, now).await?;
    }
    session::begin(&db, Holder::Member(reset?)).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Changes the signed-in member's password, given the current one; every other session of the
/// account ends and this browser gets a new one.
#[server(endpoint = "account/password")]
pub async fn change_password(current_password: String, password: String) -> Result<(), AppError> {
    use super::api::on_server::{db, session, within};
    use domain::members::sessions::Holder;
    use domain::rate_limit::{self, LOGIN_FAILURES};
    let db = db()?;
    let id = session::member(&db).await?;
    let key = format!("password-change:{id}");
    within(&db, &key, LOGIN_FAILURES).await?;
    let changed = domain::members::recovery::change(&db, id, &current_password, &password).await;
    if matches!(
        &changed,
        Err(domain::DomainError::Invalid {
            field: "current_password",
            ..
        })
    ) {
        rate_limit::count(&db, &key, LOGIN_FAILURES, domain::time::now()).await?;
    }
    changed?;
    session::begin(&db, Holder::Member(id)).await?;
    Ok(())
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let query = use_query_map();
    let sent =
        move || query.read().get("sent").is_some() || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=t(Msg::ForgotTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form">
            <h1>{t(Msg::ForgotTitle)}</h1>
            <p>{t(Msg::ForgotIntro)}</p>
            <Show when=sent>
                <p class="form-notice" role="status">{t(Msg::ResetMailSent)}</p>
            </Show>
            <FormAlert error fields=&[]/>
            <ActionForm action>
                <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="email" error/>
                <Submit label=t(Msg::SendResetLink) pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/account/login">{t(Msg::LogIn)}</a></p>
        </section>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let locale = crate::i18n::use_locale();
    let token_problem = move || match error.get()? {
        e @ AppError::Invalid { .. } if matches!(&e, AppError::Invalid { field, .. } if field == "token") => {
            Some(super::notices::token_message(&e, locale))
        }
        _ => None,
    };
    view! {
        <Title text=t(Msg::ResetTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form">
            <h1>{t(Msg::ResetTitle)}</h1>
            <p class="form-alert" role="alert">{token_problem}</p>
            <FormAlert error fields=&["password", "token"]/>
            <ActionForm action>
                <input type="hidden" name="token" prop:value=token/>
                <Field name="password" label=t(Msg::NewPasswordLabel) kind="password" autocomplete="new-password"
                    error hint=t(Msg::NewPasswordHint)/>
                <Submit label=t(Msg::SetNewPassword) pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/account/forgot">{t(Msg::AskNewLink)}</a></p>
        </section>
    }
}

/// The change-password form on the account page.
#[component]
pub fn ChangePasswordForm() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <section class="account-form change-password">
            <h2>{t(Msg::ChangePasswordTitle)}</h2>
            <Show when=done>
                <p class="form-notice" role="status">{t(Msg::PasswordChanged)}</p>
            </Show>
            <FormAlert error fields=&["current_password", "password"]/>
            <ActionForm action>
                <Field name="current_password" label=t(Msg::CurrentPasswordLabel) kind="password"
                    autocomplete="current-password" error/>
                <Field name="password" label=t(Msg::NewPasswordLabel) kind="password" autocomplete="new-password"
                    error hint=t(Msg::NewPasswordHint)/>
                <Submit label=t(Msg::ChangePasswordTitle) pending=action.pending().into()/>
            </ActionForm>
        </section>
    }
}
