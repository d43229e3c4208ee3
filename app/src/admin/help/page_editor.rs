//! `/admin/content/help/pages/:slug`: a help page's titles and texts in both languages, each
//! text with its preview. A refused save keeps everything typed and says what to fix beside
//! the field.

use super::api::{help_page_draft, PageDraft, SaveHelpPage};
use super::fields::{form_message, LineField, MarkdownField, BODY_MAX, TITLE_MAX};
use crate::admin::shell::refusal;
use crate::i18n::{t, use_locale, HelpMsg, Locale};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

const FIELDS: [&str; 4] = ["title_zh", "title_en", "body_zh", "body_en"];

#[component]
pub fn HelpPageEditor() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let draft = Resource::new(move || slug.get(), help_page_draft);
    view! {
        <Title text=t(HelpMsg::EditPage)/>
        <p><a href="/admin/content/help">{t(HelpMsg::BackToList)}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(draft) => view! { <PageForm draft/> }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PageForm(draft: PageDraft) -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SaveHelpPage>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let href = format!("/help/{}", draft.slug);
    let heading = match locale {
        Locale::ZhCn => draft.title_zh.clone(),
        Locale::En => draft.title_en.clone(),
    };
    view! {
        <h1>{t(HelpMsg::EditPage)}": "{heading}</h1>
        <p class="admin-note"><a href=href.clone() rel="external">{href.clone()}</a></p>
        <ActionForm action=save attr:class="help-editor">
            <input type="hidden" name="slug" value=draft.slug.clone()/>
            <p class="form-alert" role="alert">
                {move || error.get().and_then(|e| form_message(&e, &FIELDS, locale))}
            </p>
            <div class="help-editor-pair">
                <LineField name="title_zh" label=t(HelpMsg::TitleZh) value=draft.title_zh lang="zh-CN" max=TITLE_MAX error/>
                <LineField name="title_en" label=t(HelpMsg::TitleEn) value=draft.title_en lang="en" max=TITLE_MAX error/>
            </div>
            <div class="help-editor-pair">
                <MarkdownField name="body_zh" label=t(HelpMsg::BodyZh) value=draft.body_zh lang="zh-CN" max=BODY_MAX error/>
                <MarkdownField name="body_en" label=t(HelpMsg::BodyEn) value=draft.body_en lang="en" max=BODY_MAX error/>
            </div>
            <p class="help-editor-actions">
                <button type="submit" class="button-primary" disabled=move || save.pending().get()>{t(HelpMsg::Save)}</button>
                <span class="form-notice" role="status">
                    {move || saved().then(|| view! {
                        {t(HelpMsg::Saved)}" "<a href=href.clone() rel="external">{t(HelpMsg::ViewInShop)}</a>
                    })}
                </span>
            </p>
        </ActionForm>
    }
}
