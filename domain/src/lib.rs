//! Emporium's domain: business rules and data access shared by the server and the CLI.
//! Nothing here knows about Leptos or axum; the web layers call these services.

pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod contact;
pub mod content;
pub mod db;
pub mod drafts;
pub mod error;
pub mod guestbook;
pub mod ids;
pub mod inventory;
pub mod locale;
pub mod members;
pub mod memo;
pub mod money;
pub mod newsletter;
pub mod notifications;
pub mod orders;
pub mod passwords;
pub mod payments;
pub mod rate_limit;
pub mod reviews;
pub mod search;
pub mod seed;
pub mod settings;
pub mod staff;
pub mod time;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use db::Db;
pub use error::{DomainError, DomainResult};
pub use money::Money;
