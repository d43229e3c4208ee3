//! The staff inbox: the feedback form's messages, new ones first by default, each with its
//! topic, sender, page and text (shown as text, never as markup), and a button to mark it
//! answered or reopen it.

use super::inbox_api::{get_inbox, InboxRow, MarkMessage};
use super::shell::refusal;
use crate::i18n::{t, topic_label, ContactMsg};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn InboxPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.with(|q| q.get("status").unwrap_or_else(|| "new".into()));
    let mark = ServerAction::<MarkMessage>::new();
    let messages = Resource::new(
        move || (status(), mark.version().get()),
        |(s, _)| get_inbox(s),
    );
    let tab = move |code: &'static str, label: ContactMsg| {
        let current = move || (status() == code).then_some("page");
        view! { <li><a href=format!("/admin/inbox?status={code}") aria-current=current>{t(label)}</a></li> }
    };
    view! {
        <Title text=t(ContactMsg::InboxTitle)/>
        <h1>{t(ContactMsg::InboxTitle)}</h1>
        <nav class="admin-tabs"><ul>
            {tab("new", ContactMsg::InboxNew)}
            {tab("answered", ContactMsg::InboxAnswered)}
            {tab("all", ContactMsg::InboxAll)}
        </ul></nav>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match messages.await {
                    Ok(list) if list.is_empty() => view! { <p>{t(ContactMsg::InboxEmpty)}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="inbox-list">
                            {list.into_iter().map(|m| view! { <Message m mark/> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Transition>
    }
}

#[component]
fn Message(m: InboxRow, mark: ServerAction<MarkMessage>) -> impl IntoView {
    let from = match (m.name.is_empty(), m.email.is_empty()) {
        (true, true) => t(ContactMsg::Anonymous).to_string(),
        (false, true) => m.name.clone(),
        (true, false) => m.email.clone(),
        (false, false) => format!("{} <{}>", m.name, m.email),
    };
    let answered = m.status == "answered";
    view! {
        <li class="inbox-message" class:answered=answered data-message=m.id>
            <p class="inbox-head">
                <strong>"#"{m.id}" · "{t(topic_label(&m.topic))}</strong>
                " · "{m.received}" · "{t(ContactMsg::From)}" "
                {if m.email.is_empty() {
                    view! { <span>{from}</span> }.into_any()
                } else {
                    view! { <a href=format!("mailto:{}", m.email)>{from}</a> }.into_any()
                }}
            </p>
            {(!m.page.is_empty()).then(|| view! { <p class="inbox-page"><a href=m.page.clone()>{m.page.clone()}</a></p> })}
            <p class="inbox-body">{m.body}</p>
            <ActionForm action=mark>
                <input type="hidden" name="id" value=m.id/>
                <input type="hidden" name="answered" value=(!answered).to_string()/>
                <button type="submit" class="button-secondary">
                    {if answered { t(ContactMsg::Reopen) } else { t(ContactMsg::MarkAnswered) }}
                </button>
            </ActionForm>
        </li>
    }
}
