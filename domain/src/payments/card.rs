//! Paying an order by card: an intent at the gateway for what the order costs, and its
//! pending charge row. While a charge is pending, paying again reuses its intent, so two
//! tabs never make two charges; after a decline a new intent is made.

use super::gateway::Gateway;
use super::{record, PaymentMethod};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::orders::{Order, OrderStatus};
use crate::time;

/// Where the shopper goes to pay `order` by card (its pending intent's page, or a new one).
pub async fn start(
    db: &Db,
    gateway: &Gateway,
    order: &Order,
    currency: &str,
    return_url: &str,
) -> DomainResult<String> {
    if order.payment_method != PaymentMethod::Card {
        return Err(DomainError::Conflict("not_card"));
    }
    if order.status != OrderStatus::PendingPayment {
        return Err(DomainError::Conflict("not_payable"));
    }
    let pending: Option<String> = sqlx::query_scalar(
        "SELECT provider_ref FROM payments WHERE order_id = $1 AND kind = 'charge' \
         AND status = 'pending' ORDER BY id DESC LIMIT 1",
    )
    .bind(order.id)
    .fetch_optional(db.pool())
    .await?;
    if let Some(intent) = pending {
        if let Some(open) = gateway.open_intent(db, &intent).await? {
            return Ok(open.pay_url);
        }
    }
    let intent = gateway
        .create_intent(db, &order.number, order.grand_total, currency, return_url)
        .await?;
    let mut tx = db.begin_write().await?;
    record(
        tx.conn(),
        order.id,
        PaymentMethod::Card,
        "charge",
        order.grand_total,
        "pending",
        Some(&intent.id),
        time::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(intent.pay_url)
}
