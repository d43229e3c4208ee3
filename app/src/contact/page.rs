//! The feedback page (`/contact`, and `?page=…` from "feedback on this page" in the footer):
//! a topic, an optional name and address, the message. It posts without JavaScript (a refused
//! message comes back with what was typed); with it, a refused field says why beside it and
//! nothing typed is lost.

use super::api::{form_start, Opening, SendFeedback};
use crate::account::notices::field_message;
use crate::error::AppError;
use crate::i18n::{contact_field_message, t, topic_label, use_locale, ContactMsg, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

const TOPICS: [&str; 6] = ["order", "delivery", "payment", "product", "site", "other"];

#[component]
pub fn ContactPage() -> impl IntoView {
    let start = Resource::new(|| (), |_| form_start());
    let action = ServerAction::<SendFeedback>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let locale = use_locale();
    let form_problem = move || {
        error.get().and_then(|e| match &e {
            AppError::Invalid { field, rule } if field == "form" => {
                contact_field_message(field, rule, locale)
            }
            AppError::Invalid { .. } => None,
            other => crate::account::notices::form_message(other, &[], locale),
        })
    };
    // Taken in place (JavaScript), or the page came back saying so (`?sent=` without it).
    let query = use_query_map();
    let sent_before = query.with_untracked(|q| q.get("sent").and_then(|n| n.parse::<i64>().ok()));
    let sent = move || match action.value().get().map(|v| v.ok()).unwrap_or(sent_before) {
        Some(id) if id > 0 => Some(format!("{} (#{id})", t(ContactMsg::Sent))),
        Some(_) => Some(t(ContactMsg::Sent).to_string()),
        None => None,
    };
    view! {
        <Title text=t(ContactMsg::Title)/>
        <Meta name="description" content=t(ContactMsg::Intro)/>
        <section class="contact-page account-form">
            <h1>{t(ContactMsg::Title)}</h1>
            <p>{t(ContactMsg::Intro)}</p>
            <p class="form-alert" role="alert">{form_problem}</p>
            <p class="form-done" role="status">{sent}</p>
            <Show when=move || sent().is_none()>
                <Transition fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
                    {move || Suspend::new(async move {
                        let start = start.await.unwrap_or_default();
                        view! { <FeedbackForm action error start/> }
                    })}
                </Transition>
            </Show>
        </section>
    }
}

/// The form, filled in with what a refused message had.
#[component]
fn FeedbackForm(
    action: ServerAction<SendFeedback>,
    error: Signal<Option<AppError>>,
    start: Opening,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let about = move || query.with(|q| q.get("page").unwrap_or_default());
    let chosen = if start.topic.is_empty() {
        query.with_untracked(|q| q.get("topic").unwrap_or_default())
    } else {
        start.topic.clone()
    };
    let message = move |field: &'static str| {
        move || {
            error.get().and_then(|e: AppError| match &e {
                AppError::Invalid { field: f, rule } if f == field => {
                    contact_field_message(f, rule, locale)
                        .or_else(|| field_message(&e, field, locale))
                }
                _ => None,
            })
        }
    };
    view! {
        <ActionForm action attr:class="contact-form" attr:novalidate=true>
            <input type="hidden" name="started" value=start.started/>
            <input type="hidden" name="page" value=about/>
            <Show when=move || !about().is_empty()>
                <p class="contact-about">{t(ContactMsg::AboutPage)}": "<code>{about}</code></p>
            </Show>
            <div class="form-field">
                <label for="contact-topic">{t(ContactMsg::Topic)}</label>
                <select id="contact-topic" name="topic" aria-describedby="contact-topic-note">
                    {TOPICS.into_iter().map(|code| view! {
                        <option value=code selected=chosen == code>{t(topic_label(code))}</option>
                    }).collect_view()}
                </select>
                <p id="contact-topic-note" class="field-note field-error">{message("topic")}</p>
            </div>
            <div class="form-field">
                <label for="contact-name">{t(ContactMsg::Name)}</label>
                <input id="contact-name" name="name" value=start.name autocomplete="name" maxlength="40"
                    aria-describedby="contact-name-note"/>
                <p id="contact-name-note" class="field-note field-error">{message("name")}</p>
            </div>
            <div class="form-field">
                <label for="contact-email">{t(ContactMsg::Email)}</label>
                <input id="contact-email" name="email" value=start.email type="email" autocomplete="email" maxlength="254"
                    aria-invalid=move || message("email")().is_some().to_string()
                    aria-describedby="contact-email-note"/>
                <p id="contact-email-note" class="field-note field-error">{message("email")}</p>
            </div>
            <div class="form-field">
                <label for="contact-body">{t(ContactMsg::Body)}</label>
                <textarea id="contact-body" name="body" rows="6" maxlength="2000" required
                    aria-invalid=move || message("body")().is_some().to_string()
                    aria-describedby="contact-body-note">{crate::ui::textarea_text(&start.body)}</textarea>
                <p id="contact-body-note" class="field-note field-error">{message("body")}</p>
            </div>
            <crate::ui::Honeypot/>
            <button type="submit" class="button-primary" disabled=move || action.pending().get()>
                {move || if action.pending().get() { t(Msg::Working) } else { t(ContactMsg::Send) }}
            </button>
        </ActionForm>
    }
}
