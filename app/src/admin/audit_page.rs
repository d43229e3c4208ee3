//! The audit log for administrators: every staff action, newest first, with the record before
//! and after.

use super::records::{get_audit_log, AuditRow};
use super::shell::refusal;
use crate::i18n::{page_x_of_y, t, use_locale, AdminMsg};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, 100_000)
    };
    let log = Resource::new(page, get_audit_log);
    view! {
        <Title text=t(AdminMsg::AuditLog)/>
        <h1>{t(AdminMsg::AuditLog)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match log.await {
                    Ok(log) => {
                        let (page, more) = (log.page, log.more);
                        view! {
                            <table class="admin-table audit-table">
                                <thead><tr>
                                    <th scope="col">{t(AdminMsg::When)}</th>
                                    <th scope="col">{t(AdminMsg::Who)}</th>
                                    <th scope="col">{t(AdminMsg::Action)}</th>
                                    <th scope="col">{t(AdminMsg::Subject)}</th>
                                    <th scope="col">{t(AdminMsg::BeforeAfter)}</th>
                                    <th scope="col">{t(AdminMsg::Address)}</th>
                                </tr></thead>
                                <tbody>{log.rows.into_iter().map(row).collect_view()}</tbody>
                            </table>
                            <Pages page more/>
                        }.into_any()
                    }
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

fn row(entry: AuditRow) -> impl IntoView {
    view! {
        <tr>
            <td>{entry.at}</td>
            <td>{entry.who.unwrap_or_else(|| t(AdminMsg::TheShop).to_string())}</td>
            <td><code>{entry.action}</code></td>
            <td><code>{entry.subject}</code></td>
            <td class="audit-change">
                {entry.before.map(|b| view! { <div><span class="audit-tag">{t(AdminMsg::Before)}</span><code>{b}</code></div> })}
                {entry.after.map(|a| view! { <div><span class="audit-tag">{t(AdminMsg::After)}</span><code>{a}</code></div> })}
            </td>
            <td>{entry.address}</td>
        </tr>
    }
}

/// Newer and older pages of a list; `keep` is the query before `page=` (e.g. `q=lin&`).
#[component]
pub fn Pages(page: i64, more: bool, #[prop(optional)] keep: String) -> impl IntoView {
    let newer = format!("?{keep}page={}", page - 1);
    let older = format!("?{keep}page={}", page + 1);
    let locale = use_locale();
    view! {
        <nav class="admin-pages" aria-label=t(AdminMsg::Pages)>
            {(page > 1).then(|| view! { <a href=newer>{t(AdminMsg::Newer)}</a> })}
            <span>{page_x_of_y(locale, page, if more { page + 1 } else { page })}</span>
            {more.then(|| view! { <a href=older>{t(AdminMsg::Older)}</a> })}
        </nav>
    }
}
