//! Design-system pieces shared by pages: prices, product grids, pagers, error panels, the
//! comparison list, rendered Markdown, text put back in a textarea.

mod breadcrumbs;
mod compare;
pub(crate) mod error_panel;
mod honeypot;
mod markup;
mod pager;
mod price;
mod product_grid;
mod swatch;
mod textarea;
pub mod url;

pub use breadcrumbs::Breadcrumbs;
pub use compare::{
    provide_compare_list, use_compare_list, CompareBar, CompareToggle, COMPARE_COOKIE,
};
pub use error_panel::ErrorPanel;
pub use honeypot::Honeypot;
pub use markup::{Markup, SafeMarkup};
pub use pager::Pager;
pub use price::Price;
pub use product_grid::ProductGrid;
pub use swatch::safe_colour;
pub use textarea::textarea_text;
pub use url::encode_component;
