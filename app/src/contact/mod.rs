//! Contact on every page: the feedback form at `/contact` (the footer's "feedback on this
//! page" link carries the page it was on), which reaches the staff who answer its topic.

pub mod api;
mod page;

pub use page::ContactPage;
