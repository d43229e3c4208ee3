//! The catalog context in the storefront: home, listings, product page and live stock.

pub mod api;
mod home_page;
mod listing_page;
mod product_page;
#[cfg(feature = "ssr")]
pub mod shape;
pub mod types;
mod variant_picker;

pub use home_page::HomePage;
pub use listing_page::{ListingKind, ListingPage};
pub use product_page::ProductPage;
