//! The FAQ of the help center as an accordion (`<details>`, which opens without JavaScript)
//! with a search box. Without JavaScript the box is a GET form (`/help?q=…`) searched on the
//! server; in the browser the list follows what is typed, asked of the server (the same
//! search) at each pause in typing. A few matches open at once.

use super::api::find_faqs;
use super::types::FaqView;
use crate::i18n::{faq_count, t, use_locale, HelpMsg, Msg};
use crate::ui::{ErrorPanel, Markup};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::time::Duration;

/// The pause in typing after which the list is searched again.
const DEBOUNCE: Duration = Duration::from_millis(150);
/// Up to this many matches of a search are shown open.
const OPEN_MATCHES: usize = 3;

#[component]
pub fn Faq() -> impl IntoView {
    let locale = use_locale();
    let searched = use_query_map()
        .read_untracked()
        .get("q")
        .unwrap_or_default();
    let typed = RwSignal::new(searched.clone());
    let asked = RwSignal::new(searched.clone());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let faqs = Resource::new(move || asked.get(), move |q| find_faqs(q, locale));
    let ask_soon = move |text: String| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || asked.set(text), DEBOUNCE).ok();
        pending.set_value(handle);
    };
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        typed.set(text.clone());
        ask_soon(text);
    };
    // In the browser a search needs no new page.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        asked.set(typed.get_untracked());
    };
    let show_all = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        typed.set(String::new());
        asked.set(String::new());
    };
    view! {
        <section class="help-faq" id="faq" aria-labelledby="faq-heading">
            <h2 id="faq-heading">{t(HelpMsg::Faq)}</h2>
            <form method="get" action="/help#faq" role="search" class="faq-search" on:submit=on_submit>
                <label for="faq-q">{t(HelpMsg::FaqSearchLabel)}</label>
                <input id="faq-q" name="q" type="search" maxlength="100" autocomplete="off"
                    placeholder=t(HelpMsg::FaqSearchPlaceholder)
                    value=searched prop:value=move || typed.get() on:input=on_input/>
                <button type="submit" class="button-secondary">{t(Msg::Search)}</button>
            </form>
            <Transition fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    let searching = !asked.get_untracked().trim().is_empty();
                    match faqs.await {
                        Ok(list) => view! { <FaqList list searching show_all/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn FaqList(
    list: Vec<FaqView>,
    searching: bool,
    show_all: impl Fn(leptos::ev::MouseEvent) + Clone + Send + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let count = faq_count(locale, list.len(), searching);
    let open = searching && list.len() <= OPEN_MATCHES;
    let empty = list.is_empty();
    view! {
        <p class="faq-count" role="status">{count}</p>
        {empty.then(|| view! {
            <p class="faq-none">
                {t(HelpMsg::FaqNoResults)}" "
                <a href="/help#faq" on:click=show_all.clone()>{t(HelpMsg::FaqShowAll)}</a>
            </p>
        })}
        <ul class="faq-list">
            {list.into_iter().map(|faq| view! {
                <li class="faq-item">
                    <details id=format!("faq-{}", faq.id) open=open>
                        <summary>{faq.question}</summary>
                        <Markup html=faq.answer class="faq-answer"/>
                    </details>
                </li>
            }).collect_view()}
        </ul>
    }
}
