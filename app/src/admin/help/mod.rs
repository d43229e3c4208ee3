//! The back office's customer service center (`/admin/content/help`, permission
//! `EditContent`): the help pages and the FAQ listed; a page's titles and Markdown texts in
//! both languages edited; questions added, edited, deleted and moved; each text previewed
//! with the shop's own renderer, so the preview is what the shop shows.

pub mod api;
mod faq_editor;
mod fields;
mod list_page;
mod page_editor;

pub use faq_editor::FaqEditor;
pub use list_page::HelpAdminPage;
pub use page_editor::HelpPageEditor;
