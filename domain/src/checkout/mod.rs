//! Checkout: the price of a cart, worked out once for the cart page and for placing the order
//! (see [`pricing`]).

pub mod pricing;

pub use pricing::{totals, PricedLine, ShippingTable, Totals};
