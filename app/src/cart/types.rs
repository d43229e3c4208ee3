//! The cart as the page shows it (shared by the server and the browser).

use serde::{Deserialize, Serialize};

/// A line of the cart, its money already formatted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLineView {
    pub sku: i64,
    /// Empty when the variant is no longer on sale.
    pub slug: String,
    pub name: String,
    pub variant: String,
    pub code: String,
    pub image: Option<String>,
    pub quantity: i64,
    pub unit_price: String,
    /// The price when it was added, when it has changed since.
    pub price_was: Option<String>,
    pub line_total: String,
    pub available: i64,
    pub saved: bool,
    pub unavailable: bool,
}

/// The whole cart with its totals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartView {
    pub lines: Vec<CartLineView>,
    pub units: i64,
    pub items: String,
    pub discount: String,
    pub shipping: String,
    pub grand_total: String,
    /// How much more makes delivery free, when it is not free yet.
    pub free_delivery_in: Option<String>,
    /// A price changed or a line cannot be ordered: the shopper must look first.
    pub needs_attention: bool,
}
