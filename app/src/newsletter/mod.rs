//! The newsletter in the storefront: the sign-up box (home page and footer), the pages its
//! mails link to (confirm, unsubscribe) and the member's setting in the account.

mod account;
pub mod api;
mod pages;
mod signup;

pub use account::NewsletterSettingsPage;
pub use pages::{ConfirmPage, UnsubscribePage};
pub use signup::NewsletterBox;
