//! Checkout: the price of a cart, worked out once for the cart page and for placing the order
//! (see [`pricing`]), with the shop's delivery fees ([`shipping`]).

pub mod form;
pub mod place;
pub mod pricing;
pub mod shipping;

pub use pricing::{totals, PricedLine, ShippingTable, Totals};
