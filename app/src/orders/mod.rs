//! The shopper's orders: the order page (confirmation, payment, cancel, print), the order
//! inquiry by number and contact, the member's order list, and the sandbox gateway's hosted
//! payment page.

pub mod api;
mod list_page;
mod lookup_page;
mod order_page;
mod parts;
pub mod sandbox;
pub mod types;
#[cfg(feature = "ssr")]
mod view;

pub use list_page::OrdersPage;
pub use lookup_page::LookupPage;
pub use order_page::OrderPage;
pub use sandbox::SandboxPage;
