//! The header search box: a plain GET form to `/search` (works without JavaScript), and in the
//! browser an accessible combobox (WAI-ARIA 1.2 pattern) offering suggestions as the shopper
//! types, asked of the server at most once per pause in typing.

use super::suggestions::{
    choices, clear_recent, list_view, load_recent, option_id, remember_recent, LIST_ID,
};
use crate::catalog::suggest::{get_suggestions, SuggestView};
use crate::i18n::{use_locale, Msg};
use crate::ui::encode_component;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use std::time::Duration;

/// The pause in typing after which suggestions are asked for.
const DEBOUNCE: Duration = Duration::from_millis(150);

#[component]
pub fn SearchBox() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let navigate = use_navigate();
    // What is on the search page stays in the box.
    let searched = move || {
        (location.pathname.get() == "/search")
            .then(|| location.query.get().get("q"))
            .flatten()
            .unwrap_or_default()
    };
    let typed = RwSignal::new(searched());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let found = RwSignal::new(SuggestView::default());
    let recent = RwSignal::new(Vec::<String>::new());
    let asked = RwSignal::new(None::<String>);
    let pending = StoredValue::new(None::<TimeoutHandle>);

    // A new page closes the list and shows its search (if any) in the box.
    Effect::new(move |_| {
        let now = searched();
        typed.set(now);
        open.set(false);
        active.set(None);
    });
    // Each text asked for is fetched once; an answer that arrives after newer typing is dropped.
    Effect::new(move |_| {
        let Some(text) = asked.get() else { return };
        leptos::task::spawn_local(async move {
            if let Ok(answer) = get_suggestions(locale, text.clone()).await {
                if asked.get_untracked().as_deref() == Some(text.as_str()) {
                    found.set(SuggestView {
                        typed: text,
                        ..answer
                    });
                    active.set(None);
                }
            }
        });
    });
    let ask_soon = move |text: String| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || asked.set(Some(text)), DEBOUNCE).ok();
        pending.set_value(handle);
    };
    let options = Memo::new(move |_| choices(&typed.get(), &found.get(), &recent.get()));
    let expanded = move || open.get() && !options.get().is_empty();

    let go = move |href: String| {
        open.set(false);
        active.set(None);
        navigate(&href, Default::default());
    };
    let choose = {
        let go = go.clone();
        move |i: usize| {
            let Some(choice) = options.get_untracked().get(i).cloned() else {
                return;
            };
            match choice.href() {
                None => {
                    clear_recent();
                    recent.set(Vec::new());
                    active.set(None);
                }
                Some(href) => {
                    let term = choice
                        .term()
                        .map(str::to_string)
                        .unwrap_or_else(|| typed.get_untracked());
                    recent.set(remember_recent(&term));
                    typed.set(term);
                    go(href);
                }
            }
        }
    };
    let on_keydown = {
        let choose = choose.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let count = options.get_untracked().len();
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" if count > 0 => {
                    ev.prevent_default();
                    if !open.get_untracked() {
                        open.set(true);
                        return;
                    }
                    let down = ev.key() == "ArrowDown";
                    active.update(|a| {
                        *a = Some(match (*a, down) {
                            (None, true) => 0,
                            (None, false) => count - 1,
                            (Some(i), true) => (i + 1) % count,
                            (Some(i), false) => (i + count - 1) % count,
                        })
                    });
                }
                "Enter" => {
                    if let (true, Some(i)) = (open.get_untracked(), active.get_untracked()) {
                        ev.prevent_default();
                        choose(i);
                    }
                }
                "Escape" => {
                    if open.get_untracked() {
                        // Only closes the list (a search field would clear itself too).
                        ev.prevent_default();
                        open.set(false);
                        active.set(None);
                    } else {
                        typed.set(String::new());
                    }
                }
                _ => {}
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = typed.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        recent.set(remember_recent(&text));
        go(format!("/search?q={}", encode_component(text.trim())));
    };
    let active_id = move || active.get().filter(|_| expanded()).map(option_id);
    let announcement = move || {
        if expanded() {
            let count = options.get().len();
            format!("{count} {}", Msg::SuggestionsCount.text(locale))
        } else {
            String::new()
        }
    };

    view! {
        <form class="search-box" action="/search" method="get" role="search" on:submit=on_submit>
            <label class="visually-hidden" for="site-search">{Msg::Search.text(locale)}</label>
            <input
                id="site-search"
                type="search"
                name="q"
                placeholder=Msg::SearchPlaceholder.text(locale)
                maxlength="100"
                autocomplete="off"
                role="combobox"
                aria-autocomplete="list"
                aria-controls=LIST_ID
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=active_id
                value=typed.get_untracked()
                prop:value=move || typed.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    typed.set(text.clone());
                    open.set(true);
                    ask_soon(text);
                }
                on:focus=move |_| {
                    recent.set(load_recent());
                    open.set(true);
                    let now = typed.get_untracked();
                    if asked.get_untracked().as_ref() != Some(&now) {
                        asked.set(Some(now));
                    }
                }
                on:blur=move |_| open.set(false)
                on:keydown=on_keydown
            />
            <button type="submit">{Msg::Search.text(locale)}</button>
            <div
                id=LIST_ID
                class="suggestions"
                role="listbox"
                aria-label=Msg::SearchSuggestions.text(locale)
                hidden=move || !expanded()
                // Keeps the focus in the box while an option is clicked.
                on:mousedown=|ev| ev.prevent_default()
            >
                {move || list_view(locale, options.get(), active.get(), choose.clone())}
            </div>
            <span class="visually-hidden" aria-live="polite">{announcement}</span>
        </form>
    }
}
