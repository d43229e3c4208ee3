//! Staff-written text (help pages, FAQ answers) as HTML in the page. Only what the domain's
//! Markdown renderer made ([`domain::content::markdown::SafeHtml`], sanitised) can become a
//! [`SafeMarkup`], and [`Markup`] is the one place it goes in with `inner_html`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// HTML made by the shop's safe Markdown renderer, carried from the server to the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SafeMarkup(String);

impl SafeMarkup {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "ssr")]
impl From<domain::content::markdown::SafeHtml> for SafeMarkup {
    fn from(html: domain::content::markdown::SafeHtml) -> Self {
        SafeMarkup(html.into_string())
    }
}

/// A block of rendered Markdown, styled by `.markup` (and `class`).
#[component]
pub fn Markup(html: SafeMarkup, #[prop(optional)] class: &'static str) -> impl IntoView {
    let class = if class.is_empty() {
        "markup".to_string()
    } else {
        format!("markup {class}")
    };
    view! { <div class=class inner_html=html.0></div> }
}
