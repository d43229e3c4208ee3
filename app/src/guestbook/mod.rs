//! The guestbook (`/guestbook`): boards, search, posts with the shop's public answers, each
//! post on its own page, and the writing form for guests and members.

pub mod api;
mod form;
mod page;
mod post_card;
mod post_page;

pub use page::GuestbookPage;
pub use post_card::{LinkedText, PostCard};
pub use post_page::GuestbookPostPage;
