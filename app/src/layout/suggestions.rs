//! The choices the header search box offers, and the list that shows them: recent searches
//! (kept in this browser only), hot searches, matching products, classes and brands.

use crate::catalog::suggest::SuggestView;
use crate::catalog::types::ProductCard;
use crate::i18n::{Locale, Msg};
use crate::ui::encode_component;
use leptos::prelude::*;

/// The listbox's element id (the input's `aria-controls`).
pub const LIST_ID: &str = "search-suggestions";
/// Recent searches kept per browser.
const RECENT_KEPT: usize = 8;
/// Recent searches offered while typing (those starting with what is typed).
const RECENT_WHILE_TYPING: usize = 3;
const RECENT_KEY: &str = "emporium.recent-searches";

/// One option of the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    Recent(String),
    ClearRecent,
    Hot(String),
    Product(ProductCard),
    Class(String, String),
    Brand(String, String),
}

impl Choice {
    /// Where choosing it leads; `None` for an action on the spot.
    pub fn href(&self) -> Option<String> {
        match self {
            Choice::Recent(term) | Choice::Hot(term) => {
                Some(format!("/search?q={}", encode_component(term)))
            }
            Choice::Product(p) => Some(format!("/product/{}", p.slug)),
            Choice::Class(href, _) | Choice::Brand(href, _) => Some(href.clone()),
            Choice::ClearRecent => None,
        }
    }

    /// The search term it stands for, if it is one.
    pub fn term(&self) -> Option<&str> {
        match self {
            Choice::Recent(term) | Choice::Hot(term) => Some(term),
            _ => None,
        }
    }

    fn group(&self) -> Msg {
        match self {
            Choice::Recent(_) | Choice::ClearRecent => Msg::RecentSearches,
            Choice::Hot(_) => Msg::HotSearches,
            Choice::Product(_) => Msg::SuggestedProducts,
            Choice::Class(..) => Msg::SuggestedClasses,
            Choice::Brand(..) => Msg::Brands,
        }
    }
}

/// The options for `typed`: with nothing typed, recent then hot searches; while typing, the
/// recent searches it begins, then the products, classes and brands of the latest answer.
pub fn choices(typed: &str, found: &SuggestView, recent: &[String]) -> Vec<Choice> {
    let typed = typed.trim().to_lowercase();
    let mut out = Vec::new();
    if typed.is_empty() {
        out.extend(recent.iter().cloned().map(Choice::Recent));
        if !recent.is_empty() {
            out.push(Choice::ClearRecent);
        }
        out.extend(
            found
                .hot
                .iter()
                .filter(|h| !recent.contains(h))
                .cloned()
                .map(Choice::Hot),
        );
        return out;
    }
    out.extend(
        recent
            .iter()
            .filter(|r| {
                let r = r.to_lowercase();
                r.starts_with(&typed) && r != typed
            })
            .take(RECENT_WHILE_TYPING)
            .cloned()
            .map(Choice::Recent),
    );
    // The latest answer stands until the next one arrives (no flicker while typing).
    if !found.typed.trim().is_empty() {
        out.extend(found.products.iter().cloned().map(Choice::Product));
        out.extend(
            found
                .classes
                .iter()
                .map(|l| Choice::Class(l.href.clone(), l.name.clone())),
        );
        out.extend(
            found
                .brands
                .iter()
                .map(|l| Choice::Brand(l.href.clone(), l.name.clone())),
        );
    }
    out
}

/// The option's element id, for `aria-activedescendant`.
pub fn option_id(i: usize) -> String {
    format!("{LIST_ID}-{i}")
}

/// The listbox: options grouped under headings, the active one marked.
pub fn list_view(
    locale: Locale,
    options: Vec<Choice>,
    active: Option<usize>,
    on_choose: impl Fn(usize) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let mut groups: Vec<(Msg, Vec<(usize, Choice)>)> = Vec::new();
    for (i, choice) in options.into_iter().enumerate() {
        match groups.last_mut() {
            Some((g, members)) if *g == choice.group() => members.push((i, choice)),
            _ => groups.push((choice.group(), vec![(i, choice)])),
        }
    }
    groups
        .into_iter()
        .map(|(group, members)| {
            let on_choose = on_choose.clone();
            view! {
                <div role="group" class="suggest-group" aria-label=group.text(locale)>
                    <div class="suggest-heading" aria-hidden="true">{group.text(locale)}</div>
                    {members
                        .into_iter()
                        .map(|(i, choice)| option_view(locale, i, choice, active == Some(i), on_choose.clone()))
                        .collect_view()}
                </div>
            }
        })
        .collect_view()
}

fn option_view(
    locale: Locale,
    i: usize,
    choice: Choice,
    active: bool,
    on_choose: impl Fn(usize) + Send + Sync + 'static,
) -> impl IntoView {
    let href = choice.href();
    let class = if active {
        "suggest-option active"
    } else {
        "suggest-option"
    };
    let body = match choice {
        Choice::Product(p) => view! {
            <span class="suggest-thumb">
                {p.image.map(|src| view! { <img src=src alt="" width="40" height="50" loading="lazy"/> })}
            </span>
            <span class="suggest-name">{p.name}</span>
            <span class="suggest-price">{p.price}</span>
        }
        .into_any(),
        Choice::Recent(term) | Choice::Hot(term) => {
            view! { <span class="suggest-name">{term}</span> }.into_any()
        }
        Choice::Class(_, name) | Choice::Brand(_, name) => {
            view! { <span class="suggest-name">{name}</span> }.into_any()
        }
        Choice::ClearRecent => view! {
            <span class="suggest-name suggest-clear">{Msg::ClearRecentSearches.text(locale)}</span>
        }
        .into_any(),
    };
    view! {
        <a
            role="option"
            id=option_id(i)
            class=class
            href=href
            tabindex="-1"
            aria-selected=if active { "true" } else { "false" }
            on:click=move |ev| {
                ev.prevent_default();
                on_choose(i);
            }
        >
            {body}
        </a>
    }
}

/// This browser's recent searches, newest first (empty where storage is unavailable).
pub fn load_recent() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(RECENT_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str::<Vec<String>>(&json).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .take(RECENT_KEPT)
        .collect()
}

/// Puts `term` first among the recent searches; returns the new list.
pub fn remember_recent(term: &str) -> Vec<String> {
    let term = term.trim();
    let mut recent = load_recent();
    if term.is_empty() {
        return recent;
    }
    recent.retain(|t| !t.eq_ignore_ascii_case(term));
    recent.insert(0, term.chars().take(100).collect());
    recent.truncate(RECENT_KEPT);
    save_recent(&recent);
    recent
}

/// Forgets every recent search.
pub fn clear_recent() {
    save_recent(&[]);
}

fn save_recent(recent: &[String]) {
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(recent)) {
        let _ = storage.set_item(RECENT_KEY, &json);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::suggest::NamedLink;

    #[test]
    fn nothing_typed_offers_recent_then_other_hot_searches() {
        let found = SuggestView {
            hot: vec!["衬衫".into(), "jeans".into()],
            ..Default::default()
        };
        let got = choices("", &found, &["jeans".into()]);
        assert_eq!(
            got,
            vec![
                Choice::Recent("jeans".into()),
                Choice::ClearRecent,
                Choice::Hot("衬衫".into())
            ]
        );
    }

    #[test]
    fn typing_offers_recent_it_begins_then_matches_of_the_same_text_only() {
        let found = SuggestView {
            typed: "Lin".into(),
            brands: vec![NamedLink {
                href: "/brand/linwood".into(),
                name: "Linwood".into(),
            }],
            ..Default::default()
        };
        let recent = vec!["linen shirt".into(), "jeans".into(), "lin".into()];
        let got = choices("lin", &found, &recent);
        assert_eq!(
            got,
            vec![
                Choice::Recent("linen shirt".into()),
                Choice::Brand("/brand/linwood".into(), "Linwood".into())
            ]
        );
        assert_eq!(got[0].href().as_deref(), Some("/search?q=linen%20shirt"));
        assert_eq!(choices("line", &found, &[]).len(), 1);
    }
}
