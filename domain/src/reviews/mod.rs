//! Product reviews: a member who received a product (a delivered or completed order) rates it
//! once, 1 to 5 stars, with text and up to four photos ([`writing`], [`photos`]); shoppers
//! read the rating summary and the reviews, newest or most helpful first, and members mark
//! reviews helpful, once each ([`reading`]); staff approve or hide reviews and answer them in
//! public as the shop ([`moderation`]). A review counts in the product's rating
//! (`products.rating_*`, kept by [`crate::catalog::record_rating`]) while it is visible.

pub mod moderation;
pub mod photos;
pub mod reading;
pub mod writing;

use crate::error::{DomainError, DomainResult};
use crate::members::fields;
use serde::{Deserialize, Serialize};

pub use reading::{list, summary, vote_helpful};
pub use writing::{eligibility, post};

/// Fewest characters in a review's text.
pub const BODY_MIN: usize = 5;
/// Most characters in a review's text.
pub const BODY_MAX: usize = 1_000;
/// Most characters in the shop's reply.
pub const REPLY_MAX: usize = 1_000;
/// Reviews per page of the product page's list.
pub const PER_PAGE: i64 = 10;

/// Where a review stands. Visible reviews (`New`, `Approved`) count in the product's rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewStatus {
    /// Shown, not yet seen by staff.
    New,
    /// Shown, seen by staff.
    Approved,
    /// Taken down by staff.
    Hidden,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 3] = [
        ReviewStatus::New,
        ReviewStatus::Approved,
        ReviewStatus::Hidden,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReviewStatus::New => "new",
            ReviewStatus::Approved => "approved",
            ReviewStatus::Hidden => "hidden",
        }
    }

    pub fn parse(code: &str) -> Option<ReviewStatus> {
        ReviewStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Shown on the product page and counted in its rating.
    pub fn visible(self) -> bool {
        self != ReviewStatus::Hidden
    }
}

/// The order of the product page's list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sort {
    #[default]
    Newest,
    MostHelpful,
}

impl Sort {
    pub fn code(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::MostHelpful => "helpful",
        }
    }

    /// The sort named `code`; newest for anything else.
    pub fn parse(code: &str) -> Sort {
        if code == "helpful" {
            Sort::MostHelpful
        } else {
            Sort::Newest
        }
    }
}

/// A review as typed.
#[derive(Clone, Debug, Default)]
pub struct NewReview {
    pub stars: i64,
    pub body: String,
}

/// A photo of a review (paths relative to the media folder).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    pub thumb_path: String,
    pub photo_path: String,
    pub width: i64,
    pub height: i64,
}

/// A review as shoppers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: i64,
    /// The author's name, shortened for privacy ("王**"); empty for a closed account.
    pub author: String,
    pub stars: i64,
    pub body: String,
    pub helpful_count: i64,
    /// The shop's public answer, or empty.
    pub reply: String,
    pub replied_at: Option<i64>,
    pub created_at: i64,
    pub photos: Vec<Photo>,
    /// The asking member already marked it helpful.
    pub voted: bool,
    /// The asking member wrote it.
    pub own: bool,
}

/// A product's rating as the product page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Ratings counted on the product (the listing's rating sort uses the same figures).
    pub count: i64,
    /// The average in hundredths of a star (0 when unrated).
    pub average: i64,
    /// Visible reviews by stars, five stars first; `None` when the product's figures do not
    /// come from its reviews alone (bulk-generated benchmark catalogs).
    pub histogram: Option<[i64; 5]>,
}

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

/// Checks a review as typed; its stars and cleaned text. Refuses `stars:range`,
/// `body:required`, `body:too_short`, `body:too_long`, `body:malformed`.
pub fn checked(form: &NewReview) -> DomainResult<(i64, String)> {
    if !(1..=5).contains(&form.stars) {
        return Err(invalid("stars", "range"));
    }
    let body = fields::passage("body", &form.body, BODY_MIN, BODY_MAX)?;
    Ok((form.stars, body))
}

/// A name shortened for a public page: its first character and two stars ("王**").
pub fn masked(name: &str) -> String {
    match name.trim().chars().next() {
        Some(first) => format!("{first}**"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(stars: i64, body: &str) -> String {
        match checked(&NewReview {
            stars,
            body: body.into(),
        }) {
            Ok(_) => "ok".into(),
            Err(DomainError::Invalid { field, rule }) => format!("{field}:{rule}"),
            Err(e) => format!("{e}"),
        }
    }

    #[test]
    fn reviews_are_checked_by_field() {
        assert_eq!(rule(5, "Fits well, good cloth."), "ok");
        assert_eq!(rule(1, "  不合身，退了  "), "ok");
        assert_eq!(rule(0, "Fits well"), "stars:range");
        assert_eq!(rule(6, "Fits well"), "stars:range");
        assert_eq!(rule(-3, "Fits well"), "stars:range");
        assert_eq!(rule(4, "   "), "body:required");
        assert_eq!(rule(4, "ok"), "body:too_short");
        assert_eq!(rule(4, &"好".repeat(BODY_MAX + 1)), "body:too_long");
        assert_eq!(rule(4, &"好".repeat(BODY_MAX)), "ok");
        // A line break a browser sends as \r\n is one character typed.
        let lines = format!(
            "{}\r\n{}",
            "好".repeat(BODY_MAX / 2),
            "好".repeat(BODY_MAX / 2 - 1)
        );
        assert_eq!(rule(4, &lines), "ok");
        assert_eq!(rule(4, "nice \u{202E}gpj.exe"), "body:malformed");
        assert_eq!(rule(4, "nice\u{0}one"), "body:malformed");
    }

    #[test]
    fn names_are_masked_and_codes_round_trip() {
        assert_eq!(masked("王小明"), "王**");
        assert_eq!(masked(" Lan "), "L**");
        assert_eq!(masked(""), "");
        for s in ReviewStatus::ALL {
            assert_eq!(ReviewStatus::parse(s.code()), Some(s));
        }
        assert_eq!(ReviewStatus::parse("gone"), None);
        assert_eq!(Sort::parse("helpful"), Sort::MostHelpful);
        assert_eq!(Sort::parse("<script>"), Sort::Newest);
    }
}
