//! The back office's sign-in page and the page where someone asks for a staff account. Plain
//! forms that work without JavaScript, like the shop's own.

use super::api::{ApplyForStaff, StaffLogIn};
use crate::account::forms::{Field, FormAlert, Submit};
use crate::i18n::{t, AdminMsg, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminLoginPage() -> impl IntoView {
    let action = ServerAction::<StaffLogIn>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let query = use_query_map();
    let applied = move || query.read().get("applied").is_some();
    view! {
        <Title text=t(AdminMsg::StaffLogInTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form admin-door">
            <h1>{t(AdminMsg::StaffLogInTitle)}</h1>
            <Show when=applied>
                <p class="form-notice" role="status">{t(AdminMsg::ApplicationReceived)}</p>
            </Show>
            <FormAlert error fields=&[]/>
            <ActionForm action>
                <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="username" error/>
                <Field name="password" label=t(Msg::PasswordLabel) kind="password" autocomplete="current-password" error/>
                <Submit label=t(Msg::LogIn) pending=action.pending().into()/>
            </ActionForm>
            <p>{t(AdminMsg::NoStaffAccount)}" "<a href="/admin/apply">{t(AdminMsg::Apply)}</a></p>
        </section>
    }
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let action = ServerAction::<ApplyForStaff>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <Title text=t(AdminMsg::ApplyTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form admin-door">
            <h1>{t(AdminMsg::ApplyTitle)}</h1>
            <p>{t(AdminMsg::ApplyIntro)}</p>
            <FormAlert error fields=&["email", "password", "name"]/>
            <ActionForm action>
                <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="email" error/>
                <Field name="name" label=t(AdminMsg::StaffName) kind="text" autocomplete="name" error/>
                <Field name="password" label=t(Msg::PasswordLabel) kind="password" autocomplete="new-password"
                    error hint=t(Msg::NewPasswordHint)/>
                <Submit label=t(AdminMsg::Apply) pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/admin/login">{t(AdminMsg::StaffLogInTitle)}</a></p>
        </section>
    }
}
