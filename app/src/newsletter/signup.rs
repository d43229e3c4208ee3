//! The newsletter sign-up box, on the home page and in every page's footer. It posts without
//! JavaScript too; a hidden honeypot field catches form-filling robots.

use super::api::SubscribeNewsletter;
use crate::account::notices::{field_message, form_message};
use crate::i18n::{t, use_locale, Msg, NewsletterMsg};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn NewsletterBox(
    /// Which box this is, for the consent record: `home` or `footer`.
    form: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SubscribeNewsletter>::new();
    let path = use_location().pathname;
    let id = format!("newsletter-{form}");
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let label_for = id.clone();
    let error = move || action.value().get().and_then(Result::err);
    let email_problem = move || error().and_then(|e| field_message(&e, "email", locale));
    let form_problem = move || error().and_then(|e| form_message(&e, &["email"], locale));
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <section class="newsletter-box" data-form=form aria-labelledby=labelled_by>
            <h2 id=title_id>{t(NewsletterMsg::Title)}</h2>
            <p>{t(NewsletterMsg::Pitch)}</p>
            <ActionForm action attr:class="newsletter-form">
                <input type="hidden" name="form" value=form/>
                <input type="hidden" name="page" value=move || path.get()/>
                <label class="visually-hidden" for=label_for>{t(NewsletterMsg::EmailLabel)}</label>
                <input id=id type="email" name="email" required autocomplete="email"
                    inputmode="email" maxlength="254" placeholder=t(Msg::EmailLabel)
                    aria-invalid=move || email_problem().is_some().to_string()/>
                <crate::ui::Honeypot/>
                <button type="submit" class="button-primary" disabled=move || action.pending().get()>
                    {t(NewsletterMsg::Subscribe)}
                </button>
            </ActionForm>
            {move || {
                email_problem()
                    .or_else(form_problem)
                    .map(|m| view! { <p class="field-error" role="alert">{m}</p> })
            }}
            {move || if done() {
                view! { <p class="newsletter-note" role="status">{t(NewsletterMsg::CheckInbox)}</p> }.into_any()
            } else {
                view! { <p class="newsletter-note">{t(NewsletterMsg::Privacy)}</p> }.into_any()
            }}
        </section>
    }
}
