//! `/admin/content/help/faq/:id` (`new` for a new one): a question and its answer in both
//! languages, each answer with its preview. A new question is added at the end of the FAQ.

use super::api::{help_faq_draft, AddHelpFaq, FaqDraft, SaveHelpFaq};
use super::fields::{form_message, LineField, MarkdownField, ANSWER_MAX, QUESTION_MAX};
use crate::admin::shell::refusal;
use crate::error::AppError;
use crate::i18n::{t, use_locale, HelpMsg};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

const FIELDS: [&str; 4] = ["question_zh", "question_en", "answer_zh", "answer_en"];

#[component]
pub fn FaqEditor() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let draft = Resource::new(
        move || id.get(),
        |id| async move {
            if id == "new" {
                return Ok(None);
            }
            let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
            help_faq_draft(id).await.map(Some)
        },
    );
    view! {
        <p><a href="/admin/content/help#faqs">{t(HelpMsg::BackToList)}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(Some(draft)) => view! { <EditForm draft/> }.into_any(),
                    Ok(None) => view! { <NewForm/> }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

/// The four fields of a question, filled with `draft`.
fn faq_fields(draft: FaqDraft, error: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <div class="help-editor-pair">
            <LineField name="question_zh" label=t(HelpMsg::QuestionZh) value=draft.question_zh lang="zh-CN" max=QUESTION_MAX error/>
            <LineField name="question_en" label=t(HelpMsg::QuestionEn) value=draft.question_en lang="en" max=QUESTION_MAX error/>
        </div>
        <div class="help-editor-pair">
            <MarkdownField name="answer_zh" label=t(HelpMsg::AnswerZh) value=draft.answer_zh lang="zh-CN" max=ANSWER_MAX error/>
            <MarkdownField name="answer_en" label=t(HelpMsg::AnswerEn) value=draft.answer_en lang="en" max=ANSWER_MAX error/>
        </div>
    }
}

#[component]
fn EditForm(draft: FaqDraft) -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SaveHelpFaq>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let id = draft.id.to_string();
    view! {
        <Title text=t(HelpMsg::EditFaq)/>
        <h1>{t(HelpMsg::EditFaq)}</h1>
        <ActionForm action=save attr:class="help-editor">
            <input type="hidden" name="id" value=id/>
            <p class="form-alert" role="alert">
                {move || error.get().and_then(|e| form_message(&e, &FIELDS, locale))}
            </p>
            {faq_fields(draft, error)}
            <p class="help-editor-actions">
                <button type="submit" class="button-primary" disabled=move || save.pending().get()>{t(HelpMsg::Save)}</button>
                <span class="form-notice" role="status">
                    {move || saved().then(|| view! {
                        {t(HelpMsg::Saved)}" "<a href="/help#faq" rel="external">{t(HelpMsg::ViewInShop)}</a>
                    })}
                </span>
            </p>
        </ActionForm>
    }
}

#[component]
fn NewForm() -> impl IntoView {
    let locale = use_locale();
    let add = ServerAction::<AddHelpFaq>::new();
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    view! {
        <Title text=t(HelpMsg::NewFaq)/>
        <h1>{t(HelpMsg::NewFaq)}</h1>
        <ActionForm action=add attr:class="help-editor">
            <p class="form-alert" role="alert">
                {move || error.get().and_then(|e| form_message(&e, &FIELDS, locale))}
            </p>
            {faq_fields(FaqDraft::default(), error)}
            <p class="help-editor-actions">
                <button type="submit" class="button-primary" disabled=move || add.pending().get()>{t(HelpMsg::NewFaq)}</button>
            </p>
        </ActionForm>
    }
}
