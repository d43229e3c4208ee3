//! Checkout as the page shows it (shared by the server and the browser).

use crate::account::addresses::AddressView;
use crate::cart::types::CartView;
use serde::{Deserialize, Serialize};

/// Everything the checkout page needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutView {
    pub cart: CartView,
    /// The member's account e-mail; `None` for a guest (who types one).
    pub member_email: Option<String>,
    /// The member's address book (empty for guests).
    pub addresses: Vec<AddressView>,
    /// Payment methods switched on (`cod`, `bank_transfer`, `card`).
    pub methods: Vec<String>,
    /// The card gateway is the sandbox test double (the page says so).
    pub card_sandbox: bool,
    /// A fresh idempotency key for this page's submit.
    pub key: String,
}

/// The price of the cart delivered to one region.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceQuote {
    pub items: String,
    pub discount: String,
    pub shipping: String,
    pub grand_total: String,
}
