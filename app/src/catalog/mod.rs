//! The catalog context in the storefront: home, listings with filters, class showcases,
//! product pages, comparison, recently viewed and the site directory.

pub mod api;
mod big_class;
mod carousel;
mod compare_page;
mod directory;
mod filter_panel;
mod gallery;
mod home_page;
mod listing_page;
pub mod listing_query;
mod listing_view;
mod product_extras;
mod product_page;
pub mod quick_add;
mod ranking;
mod recently_viewed;
#[cfg(feature = "ssr")]
pub mod shape;
pub mod suggest;
pub mod types;
mod variant_picker;

pub use compare_page::ComparePage;
pub use directory::DirectoryPage;
pub use home_page::HomePage;
pub use listing_page::{ClassPage, ListingPage};
pub use product_page::ProductPage;
pub use types::ListingKind;
