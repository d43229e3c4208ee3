//! The help editor's form parts: a one-line field and a Markdown field with its preview, each
//! with the domain's refusal for it in the staff member's language; the message for the form
//! as a whole; and the limits the domain holds the texts to.

use super::api::PreviewMarkdown;
use crate::error::AppError;
use crate::i18n::{help_field_message, t, use_locale, AdminMsg, HelpMsg, Locale, Msg};
use crate::ui::Markup;
use leptos::prelude::*;

/// Characters a page title may have (the domain's `TITLE_MAX`).
pub const TITLE_MAX: usize = 80;
/// Characters a page text may have per language (`BODY_MAX`).
pub const BODY_MAX: usize = 20_000;
/// Characters a question may have (`QUESTION_MAX`).
pub const QUESTION_MAX: usize = 200;
/// Characters an answer may have per language (`ANSWER_MAX`).
pub const ANSWER_MAX: usize = 5_000;

/// The message for `field` when `error` refused it.
fn field_message(error: &AppError, field: &str, max: usize, locale: Locale) -> Option<String> {
    match error {
        AppError::Invalid { field: f, rule } if f == field => {
            Some(help_field_message(field, rule, max, locale))
        }
        _ => None,
    }
}

/// The message above the form: anything not about one of its fields.
pub fn form_message(error: &AppError, fields: &[&str], locale: Locale) -> Option<String> {
    let msg = match error {
        AppError::Invalid { field, .. } if fields.contains(&field.as_str()) => return None,
        AppError::NotFound => HelpMsg::Gone.text(locale),
        AppError::Forbidden => AdminMsg::NotYourSectionBody.text(locale),
        AppError::NotSignedIn => Msg::NotSignedIn.text(locale),
        _ => Msg::FormFailed.text(locale),
    };
    Some(msg.to_string())
}

/// A labelled one-line text input.
#[component]
pub fn LineField(
    name: &'static str,
    label: &'static str,
    value: String,
    max: usize,
    error: Signal<Option<AppError>>,
    /// `zh-CN` or `en`: the language of what is typed.
    lang: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let message = move || {
        error
            .get()
            .and_then(|e| field_message(&e, name, max, locale))
    };
    let id = format!("help-{name}");
    let note = format!("{id}-note");
    view! {
        <div class="form-field">
            <label for=id.clone()>{label}</label>
            <input id=id name=name type="text" lang=lang value=value maxlength=max.to_string()
                aria-invalid=move || message().is_some().to_string() aria-describedby=note.clone()/>
            <p id=note class="field-note" class:field-error=move || message().is_some()>{message}</p>
        </div>
    }
}

/// A labelled Markdown text area with a preview button: the preview is rendered by the
/// server with the shop's renderer.
#[component]
pub fn MarkdownField(
    name: &'static str,
    label: &'static str,
    value: String,
    max: usize,
    error: Signal<Option<AppError>>,
    lang: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let message = move || {
        error
            .get()
            .and_then(|e| field_message(&e, name, max, locale))
    };
    let text = RwSignal::new(value.clone());
    let preview = ServerAction::<PreviewMarkdown>::new();
    let id = format!("help-{name}");
    let note = format!("{id}-note");
    let shown = move || {
        match preview.value().get() {
        Some(Ok(html)) if html.as_str().trim().is_empty() => {
            view! { <p class="field-note">{t(HelpMsg::PreviewEmpty)}</p> }.into_any()
        }
        Some(Ok(html)) => view! { <Markup html class="help-body"/> }.into_any(),
        Some(Err(e)) => view! {
            <p class="field-error">
                {field_message(&e, "markdown", max, locale).or_else(|| form_message(&e, &[], locale))}
            </p>
        }
        .into_any(),
        None => ().into_any(),
    }
    };
    view! {
        <div class="form-field markdown-field">
            <label for=id.clone()>{label}</label>
            <textarea id=id name=name lang=lang rows="12" spellcheck="false"
                aria-invalid=move || message().is_some().to_string() aria-describedby=note.clone()
                on:input=move |ev| text.set(event_target_value(&ev))>
                {crate::ui::textarea_text(&value)}
            </textarea>
            <p id=note class="field-note" class:field-error=move || message().is_some()>
                {move || message().unwrap_or_else(|| t(HelpMsg::MarkdownHint).to_string())}
            </p>
            <button type="button" class="button-secondary markdown-preview-button"
                disabled=move || preview.pending().get()
                on:click=move |_| {
                    preview.dispatch(PreviewMarkdown { markdown: text.get_untracked() });
                }>
                {t(HelpMsg::Preview)}
            </button>
            <section class="markdown-preview" aria-label=format!("{}{}", t(HelpMsg::PreviewOf), label)
                aria-live="polite" hidden=move || preview.value().get().is_none()>
                {shown}
            </section>
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn the_forms_limits_are_the_domains() {
        use domain::content::help;
        assert_eq!(super::TITLE_MAX, help::TITLE_MAX);
        assert_eq!(super::BODY_MAX, help::BODY_MAX);
        assert_eq!(super::QUESTION_MAX, help::QUESTION_MAX);
        assert_eq!(super::ANSWER_MAX, help::ANSWER_MAX);
    }
}
