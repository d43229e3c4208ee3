//! An order as the shopper's pages show it (shared by the server and the browser).

use serde::{Deserialize, Serialize};

/// A line of the order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderItemView {
    pub slug: String,
    pub name: String,
    pub variant: String,
    pub code: String,
    pub image: Option<String>,
    pub unit_price: String,
    pub quantity: i64,
    pub line_total: String,
}

/// One status of the order's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    pub status: String,
    pub actor: String,
    pub note: String,
    pub at: String,
}

/// An order with everything the order page, the inquiry and the account show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderView {
    pub number: String,
    pub created: String,
    /// The status code (`pending_payment` …).
    pub status: String,
    /// `cod`, `bank_transfer` or `card`.
    pub method: String,
    /// The card gateway is the sandbox test double (the page says so).
    pub card_sandbox: bool,
    pub paid: bool,
    pub paid_at: Option<String>,
    /// The payment deadline of an unpaid card or bank-transfer order.
    pub pay_by: Option<String>,
    pub shipped: bool,
    pub shipped_at: Option<String>,
    pub carrier: String,
    pub tracking_number: String,
    pub items: Vec<OrderItemView>,
    pub history: Vec<HistoryView>,
    pub items_total: String,
    pub discount: String,
    pub shipping: String,
    pub grand_total: String,
    pub recipient: String,
    pub phone: String,
    pub address: String,
    pub delivery_time: String,
    pub invoice: String,
    pub gift_message: String,
    pub note: String,
    /// Bank-transfer instructions while the transfer is awaited.
    pub bank_instructions: Option<String>,
    /// The shopper may pay now (an unpaid card order).
    pub can_pay: bool,
    /// The shopper may cancel (not shipped yet).
    pub can_cancel: bool,
    /// The newest card payment was declined.
    pub declined: bool,
}

/// A line of the member's order list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderSummary {
    pub number: String,
    pub created: String,
    pub status: String,
    pub units: i64,
    pub grand_total: String,
}

/// The sandbox gateway's hosted page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SandboxIntentView {
    pub id: String,
    pub amount: String,
    pub order_number: String,
    pub open: bool,
}
