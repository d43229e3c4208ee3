//! Checkout: the page where the shopper gives the address, delivery wishes, invoice and way
//! to pay, sees the price breakdown and places the order (the order itself is made in
//! `domain::checkout::place`).

pub mod api;
mod page;
pub mod types;

pub use page::CheckoutPage;
