//! The account's newsletter page: where the member's address stands on the list, and one
//! button to subscribe or leave.

use super::api::{my_newsletter, SetMyNewsletter};
use crate::account::notices::form_message;
use crate::i18n::{t, use_locale, NewsletterMsg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;

#[component]
pub fn NewsletterSettingsPage() -> impl IntoView {
    let locale = use_locale();
    let change = ServerAction::<SetMyNewsletter>::new();
    let status = Resource::new(move || change.version().get(), |_| my_newsletter());
    let problem = move || {
        change
            .value()
            .get()
            .and_then(Result::err)
            .and_then(|e| form_message(&e, &[], locale))
    };
    view! {
        <Title text=t(NewsletterMsg::Title)/>
        <Meta name="robots" content="noindex"/>
        <crate::account::nav::AccountNav/>
        <h1 class="account-title">{t(NewsletterMsg::Title)}</h1>
        <section class="account-newsletter">
            <p>{t(NewsletterMsg::Pitch)}</p>
            <p class="form-alert" role="alert">{problem}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match status.await {
                        Ok(Some(state)) => {
                            let on_list = state == "subscribed" || state == "pending";
                            let said = match state.as_str() {
                                "subscribed" => NewsletterMsg::AccountSubscribed,
                                "pending" => NewsletterMsg::AccountPending,
                                _ => NewsletterMsg::AccountNotSubscribed,
                            };
                            view! {
                                <p class="newsletter-state" data-state=state.clone()>{t(said)}</p>
                                <ActionForm action=change>
                                    <input type="hidden" name="subscribe" value=(!on_list).to_string()/>
                                    <button type="submit" class=if on_list { "button-secondary" } else { "button-primary" }
                                        disabled=move || change.pending().get()>
                                        {if on_list { t(NewsletterMsg::UnsubscribeButton) } else { t(NewsletterMsg::Subscribe) }}
                                    </button>
                                </ActionForm>
                            }
                            .into_any()
                        }
                        Ok(None) => view! { <Redirect path="/account/login?next=/account/newsletter"/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
