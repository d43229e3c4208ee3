//! Product reviews in the shop: the product page's reviews tab ([`panel`]), its server
//! functions ([`api`]) and what they return ([`types`]). Moderation is in the back office.

pub mod api;
pub mod panel;
pub mod types;

pub use panel::{ReviewsPanel, REVIEW_PARAMS};
