//! Design-system pieces shared by pages: prices, product grids, pagers, error panels.

pub(crate) mod error_panel;
mod pager;
mod price;
mod product_grid;
mod url;

pub use error_panel::ErrorPanel;
pub use pager::Pager;
pub use price::Price;
pub use product_grid::ProductGrid;
pub use url::encode_component;
