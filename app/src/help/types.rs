//! The help center as its pages show it (shared by the server and the browser).

use crate::ui::SafeMarkup;
use serde::{Deserialize, Serialize};

/// A help page in a menu: where it is and what it is called.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpLink {
    pub slug: String,
    pub title: String,
}

/// A help page on the center's front: its title and the start of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
}

/// One help page ready to show, with the center's menu beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpPageView {
    pub slug: String,
    pub title: String,
    /// The start of its text, for search engines.
    pub description: String,
    pub html: SafeMarkup,
    /// The shop's date of the last change.
    pub updated: String,
    pub menu: Vec<HelpLink>,
}

/// A question of the FAQ with its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqView {
    pub id: i64,
    pub question: String,
    pub answer: SafeMarkup,
}
