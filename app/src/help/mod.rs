//! The customer service center at `/help` (the content context's help pages and FAQ): the
//! center with its pages and the searchable FAQ, and each page in the shopper's language.
//! The texts are staff-written Markdown, rendered safe on the server.

pub mod api;
mod center_page;
mod faq;
mod page;
mod side_menu;
pub mod types;

pub use center_page::HelpCenterPage;
pub use page::HelpPage;
