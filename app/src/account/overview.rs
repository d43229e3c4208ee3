//! The account overview: who is signed in, since when, whether the e-mail is verified, the
//! member level, on how many devices; log out. Nobody signed in: off to the log-in page.

use super::api::{get_account, AccountView, LogOut, ResendVerification};
use super::notices::form_message;
use crate::i18n::{level_progress, percent_off, t, AccountMsg, Msg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;

#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| get_account());
    view! {
        <Title text=t(Msg::Account)/>
        <Meta name="robots" content="noindex"/>
        <super::nav::AccountNav/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(Some(view)) => view! { <Overview view/> }.into_any(),
                    Ok(None) => view! { <Redirect path="/account/login"/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Overview(view: AccountView) -> impl IntoView {
    let log_out = ServerAction::<LogOut>::new();
    let resend = ServerAction::<ResendVerification>::new();
    let locale = crate::i18n::use_locale();
    let resent = move || match resend.value().get()? {
        Ok(()) => Some(t(Msg::VerificationSent).to_string()),
        Err(e) => form_message(&e, &[], locale),
    };
    view! {
        <section class="account-overview">
            <h1>{t(Msg::AccountOverview)}</h1>
            <dl class="account-facts">
                <dt>{t(Msg::NameLabel)}</dt><dd class="account-name">{view.name}</dd>
                <dt>{t(Msg::EmailLabel)}</dt>
                <dd>
                    <span class="account-email">{view.email}</span>" · "
                    {if view.verified { t(Msg::EmailVerified) } else { t(Msg::EmailUnverified) }}
                    {(!view.verified).then(|| view! {
                        <ActionForm action=resend attr:class="resend-form">
                            <button type="submit" class="button-secondary">{t(Msg::ResendVerification)}</button>
                        </ActionForm>
                        <p role="status">{resent}</p>
                    })}
                </dd>
                <dt>{t(Msg::MemberSince)}</dt><dd>{view.joined}</dd>
                <dt>{t(AccountMsg::MemberLevel)}</dt>
                <dd class="account-level">
                    <strong>{view.level}</strong>
                    {(view.level_discount_bp > 0).then(|| format!(" · {}", percent_off(locale, view.level_discount_bp)))}
                    {view.next_level.map(|(next, left)| view! {
                        <span class="level-next">" · "{level_progress(locale, &left, &next)}</span>
                    })}
                </dd>
                <dt>{t(Msg::SignedInDevices)}</dt>
                <dd>
                    <span class="account-sessions">{view.sessions}</span>" · "
                    <a href="/account/security">{t(AccountMsg::SecurityTitle)}</a>
                </dd>
            </dl>
            <div class="account-actions">
                <ActionForm action=log_out>
                    <button type="submit" class="button-primary">{t(Msg::LogOut)}</button>
                </ActionForm>
            </div>
        </section>
        <super::privacy::PrivacySection/>
    }
}
