//! Payments: the ways to pay ([`PaymentMethod`]), which are switched on, the payment rows of
//! an order (charges and refunds), the card gateway adapter ([`gateway`]) with Stripe Checkout
//! ([`stripe`]) and the sandbox that plays a provider for development and tests ([`sandbox`]),
//! and signed webhooks ([`webhook`]).

pub mod card;
pub mod gateway;
pub mod refunds;
pub mod sandbox;
pub mod signature;
pub mod stripe;
pub mod webhook;

use crate::db::Db;
use crate::error::DomainResult;
use crate::settings;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

/// A way to pay, chosen at checkout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaymentMethod {
    /// Paid to the courier on delivery; staff record it.
    CashOnDelivery,
    /// Paid into the shop's bank account; finance marks it received.
    BankTransfer,
    /// Paid by card on the gateway's hosted page; the gateway's webhook says so.
    Card,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 3] = [
        PaymentMethod::CashOnDelivery,
        PaymentMethod::BankTransfer,
        PaymentMethod::Card,
    ];

    /// The name stored and posted (`cod`, `bank_transfer`, `card`).
    pub fn code(self) -> &'static str {
        match self {
            PaymentMethod::CashOnDelivery => "cod",
            PaymentMethod::BankTransfer => "bank_transfer",
            PaymentMethod::Card => "card",
        }
    }

    pub fn parse(code: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL.into_iter().find(|m| m.code() == code)
    }

    /// The money comes before the goods: the order waits for it, holding its stock only
    /// until the payment deadline.
    pub fn paid_before_shipping(self) -> bool {
        self != PaymentMethod::CashOnDelivery
    }
}

/// The methods switched on in settings (`payment_methods`, comma-separated codes), in the
/// order checkout lists them.
pub async fn enabled(db: &Db) -> DomainResult<Vec<PaymentMethod>> {
    let listed = settings::get(db, "payment_methods")
        .await?
        .unwrap_or_else(|| "cod,bank_transfer,card".into());
    Ok(PaymentMethod::ALL
        .into_iter()
        .filter(|m| listed.split(',').any(|c| c.trim() == m.code()))
        .collect())
}

/// Seconds an unpaid order paid by `method` keeps its stock: a card payment takes minutes
/// (setting `payment_timeout_minutes`, 30 by default), a bank transfer days (setting
/// `bank_transfer_timeout_minutes`, 2880 = 48 hours by default); at least one minute.
pub async fn timeout_s(db: &Db, method: PaymentMethod) -> DomainResult<i64> {
    let (key, default) = match method {
        PaymentMethod::BankTransfer => ("bank_transfer_timeout_minutes", 2_880),
        _ => ("payment_timeout_minutes", 30),
    };
    let minutes = settings::get(db, key)
        .await?
        .and_then(|m| m.trim().parse::<i64>().ok())
        .unwrap_or(default);
    Ok(minutes.max(1) * 60)
}

/// The bank-transfer instructions in `lang` (from settings).
pub async fn bank_instructions(db: &Db, lang: crate::locale::Lang) -> DomainResult<String> {
    let key = match lang {
        crate::locale::Lang::En => "bank_transfer_instructions_en",
        crate::locale::Lang::ZhCn => "bank_transfer_instructions_zh",
    };
    Ok(settings::get(db, key).await?.unwrap_or_default())
}

/// Writes a payment row inside the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn record(
    conn: &mut AnyConnection,
    order: i64,
    method: PaymentMethod,
    kind: &str,
    amount: i64,
    status: &str,
    provider_ref: Option<&str>,
    now: i64,
) -> DomainResult<()> {
    sqlx::query(
        "INSERT INTO payments (order_id, method, kind, amount, status, provider_ref, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(order)
    .bind(method.code())
    .bind(kind)
    .bind(amount)
    .bind(status)
    .bind(provider_ref)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
