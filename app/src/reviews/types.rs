//! What the product page's reviews tab receives from the server.

use serde::{Deserialize, Serialize};

/// The reviews tab: the rating summary, one page of reviews and whether the shopper may write
/// one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPanel {
    pub count: i64,
    /// The average as text ("4.3"), empty when unrated.
    pub average: String,
    /// Visible reviews by stars, five first; `None` when the figures do not come from reviews.
    pub histogram: Option<[i64; 5]>,
    pub reviews: Vec<ReviewLine>,
    pub page: i64,
    pub more: bool,
    /// `may`, `sign_in`, `not_bought`, `not_delivered` or `already_reviewed`.
    pub standing: String,
    /// The stars and text of the member's review refused a moment ago, to fill the form again.
    pub typed_stars: String,
    pub typed_body: String,
}

/// One review in the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewLine {
    pub id: i64,
    pub author: String,
    pub stars: i64,
    pub body: String,
    pub helpful: i64,
    pub reply: String,
    pub date: String,
    pub photos: Vec<PhotoLink>,
    pub voted: bool,
    pub own: bool,
}

/// A review photo: its thumbnail (with its size) and the display-size picture.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoLink {
    pub thumb: String,
    pub full: String,
    pub width: i64,
    pub height: i64,
}
