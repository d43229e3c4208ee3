//! The account's security page: change the password, see the browsers signed in (this one
//! marked), and log out on every device.

use super::api::{get_sessions, LogOutEverywhere};
use super::recovery::ChangePasswordForm;
use crate::i18n::{t, AccountMsg, Msg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;

#[component]
pub fn SecurityPage() -> impl IntoView {
    let sessions = Resource::new(|| (), |_| get_sessions());
    let everywhere = ServerAction::<LogOutEverywhere>::new();
    view! {
        <Title text=t(AccountMsg::SecurityTitle)/>
        <Meta name="robots" content="noindex"/>
        <super::nav::AccountNav/>
        <h1 class="account-title">{t(AccountMsg::SecurityTitle)}</h1>
        <ChangePasswordForm/>
        <section class="account-sessions-list">
            <h2>{t(AccountMsg::SignedInBrowsers)}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match sessions.await {
                        Ok(Some(list)) => view! {
                            <table class="sessions-table">
                                <thead><tr>
                                    <th scope="col">{t(AccountMsg::SignedInAt)}</th>
                                    <th scope="col">{t(AccountMsg::LastUsed)}</th>
                                    <th scope="col"><span class="visually-hidden">{t(AccountMsg::ThisBrowser)}</span></th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|s| view! {
                                        <tr class:this-browser=s.this_one>
                                            <td>{s.started}</td>
                                            <td>{s.last_seen}</td>
                                            <td>{s.this_one.then(|| t(AccountMsg::ThisBrowser))}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Ok(None) => view! { <Redirect path="/account/login?next=/account/security"/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
            <ActionForm action=everywhere>
                <button type="submit" class="button-secondary">{t(Msg::LogOutEverywhere)}</button>
            </ActionForm>
        </section>
    }
}
