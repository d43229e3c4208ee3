//! `/admin/content/help`: the help pages (each to edit) and the FAQ in its order, where a
//! question is edited, moved up or down, or deleted (after a second, explicit confirmation).

use super::api::{help_overview, DeleteHelpFaq, FaqRow, MoveHelpFaq, PageRow};
use super::fields::form_message;
use crate::admin::shell::refusal;
use crate::error::AppError;
use crate::i18n::{t, use_locale, AdminMsg, HelpMsg};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HelpAdminPage() -> impl IntoView {
    let locale = use_locale();
    let moved = ServerAction::<MoveHelpFaq>::new();
    let deleted = ServerAction::<DeleteHelpFaq>::new();
    let overview = Resource::new(
        move || (moved.version().get(), deleted.version().get()),
        |_| help_overview(),
    );
    // What the last move or deletion did.
    let last = RwSignal::new(None::<Result<(), AppError>>);
    Effect::new(move |_| {
        if let Some(result) = moved.value().get() {
            last.set(Some(result));
        }
    });
    Effect::new(move |_| {
        if let Some(result) = deleted.value().get() {
            last.set(Some(result));
        }
    });
    let outcome = move || {
        Some(match last.get()? {
            Ok(()) => t(HelpMsg::FaqChanged).to_string(),
            Err(e) => form_message(&e, &[], locale).unwrap_or_default(),
        })
    };
    view! {
        <Title text=t(AdminMsg::HelpCenter)/>
        <h1>{t(AdminMsg::HelpCenter)}</h1>
        <p class="admin-note">{t(HelpMsg::HelpEditIntro)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => {
                        let last = overview.faqs.len().saturating_sub(1);
                        view! {
                            <h2>{t(HelpMsg::HelpPages)}</h2>
                            <table class="admin-table help-pages-table">
                                <thead><tr>
                                    <th scope="col">{t(HelpMsg::PageTitle)}</th>
                                    <th scope="col">{t(HelpMsg::PageAddress)}</th>
                                    <th scope="col">{t(HelpMsg::LastChanged)}</th>
                                    <th scope="col"><span class="visually-hidden">{t(AdminMsg::Actions)}</span></th>
                                </tr></thead>
                                <tbody>{overview.pages.into_iter().map(page_row).collect_view()}</tbody>
                            </table>
                            <h2 id="faqs">{t(HelpMsg::Faq)}</h2>
                            <p><a class="button-secondary help-add-faq" href="/admin/content/help/faq/new">{t(HelpMsg::NewFaq)}</a></p>
                            <p class="form-notice" role="status">{outcome}</p>
                            {overview.faqs.is_empty().then(|| view! { <p>{t(HelpMsg::NoFaqs)}</p> })}
                            <ol class="help-faq-admin">
                                {overview.faqs.into_iter().enumerate().map(|(i, row)| view! {
                                    <FaqItem row first=i == 0 last=i == last moved deleted/>
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

fn page_row(page: PageRow) -> impl IntoView {
    let shop = format!("/help/{}", page.slug);
    let href = shop.clone();
    view! {
        <tr data-slug=page.slug.clone()>
            <td><strong lang="zh-CN">{page.title_zh}</strong><br/><small lang="en">{page.title_en}</small></td>
            <td><a href=href rel="external">{shop}</a></td>
            <td>{page.updated}</td>
            <td><a href=format!("/admin/content/help/pages/{}", page.slug)>{t(HelpMsg::Edit)}</a></td>
        </tr>
    }
}

#[component]
fn FaqItem(
    row: FaqRow,
    first: bool,
    last: bool,
    moved: ServerAction<MoveHelpFaq>,
    deleted: ServerAction<DeleteHelpFaq>,
) -> impl IntoView {
    let id = row.id.to_string();
    let shift = |direction: &'static str, label: HelpMsg, at_end: bool| {
        let id = id.clone();
        view! {
            <ActionForm action=moved attr:class="help-faq-move">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="direction" value=direction/>
                <button type="submit" class="button-secondary" disabled=at_end>{t(label)}</button>
            </ActionForm>
        }
    };
    view! {
        <li class="help-faq-row" id=format!("faq-{}", row.id) data-faq=row.id>
            <div class="help-faq-question">
                <strong lang="zh-CN">{row.question_zh}</strong><br/>
                <span lang="en">{row.question_en}</span><br/>
                <small>{t(HelpMsg::LastChanged)}": "{row.updated}</small>
            </div>
            <div class="help-faq-actions">
                <a class="button-secondary" href=format!("/admin/content/help/faq/{}", row.id)>{t(HelpMsg::Edit)}</a>
                {shift("up", HelpMsg::MoveUp, first)}
                {shift("down", HelpMsg::MoveDown, last)}
                <details class="help-faq-delete">
                    <summary>{t(HelpMsg::Delete)}</summary>
                    <ActionForm action=deleted>
                        <input type="hidden" name="id" value=id.clone()/>
                        <button type="submit" class="button-primary">{t(HelpMsg::ReallyDelete)}</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}
