//! Server functions of the back office's orders: the newest orders (by status, by number) with
//! the moves the signed-in staff member may make on each, and making one. Reading needs
//! `ReadOrders`; a bank transfer received needs `ConfirmPayments`; processing, shipping and
//! delivering need `FulfilOrders`. The domain writes each move to the audit log.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An order in the back office's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOrderRow {
    pub number: String,
    pub created: String,
    pub status: String,
    pub method: String,
    /// The card gateway is the sandbox test double (the list says so).
    pub card_sandbox: bool,
    pub grand_total: String,
    pub recipient: String,
    pub region: String,
    pub carrier: String,
    pub tracking_number: String,
    /// Moves this staff member may make now: `transfer_received`, `process`, `ship`, `deliver`.
    pub moves: Vec<String>,
}

/// The newest 100 orders, optionally in one status or with a number starting with `number`.
#[server(endpoint = "admin/orders")]
pub async fn list_orders(
    #[server(default)] status: String,
    #[server(default)] number: String,
) -> Result<Vec<AdminOrderRow>, AppError> {
    use domain::orders::{fulfilment, OrderEvent, OrderStatus};
    use domain::payments::PaymentMethod;
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let card_sandbox = crate::server::gateway()?.is_sandbox();
    let me = super::access::require(&db, Permission::ReadOrders).await?;
    let status = OrderStatus::parse(status.trim());
    let orders = fulfilment::recent(&db, status, &number, 100).await?;
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let (pays, fulfils) = (
        me.may(Permission::ConfirmPayments),
        me.may(Permission::FulfilOrders),
    );
    Ok(orders
        .into_iter()
        .map(|o| {
            let can = |e: OrderEvent| o.status.apply(e, true).is_ok();
            let moves = [
                (
                    "transfer_received",
                    pays && o.payment_method == PaymentMethod::BankTransfer && can(OrderEvent::Pay),
                ),
                ("process", fulfils && can(OrderEvent::Process)),
                ("ship", fulfils && can(OrderEvent::Ship)),
                ("deliver", fulfils && can(OrderEvent::Deliver)),
            ];
            AdminOrderRow {
                created: domain::time::shop_datetime(o.created_at),
                status: o.status.code().to_string(),
                method: o.payment_method.code().to_string(),
                card_sandbox,
                grand_total: domain::Money(o.grand_total).format(&currency),
                moves: moves
                    .iter()
                    .filter(|m| m.1)
                    .map(|m| m.0.to_string())
                    .collect(),
                number: o.number,
                recipient: o.recipient,
                region: o.region,
                carrier: o.carrier,
                tracking_number: o.tracking_number,
            }
        })
        .collect())
}

/// Makes one move on an order (`transfer_received`, `process`, `ship` with carrier and
/// tracking number, `deliver`).
#[server(endpoint = "admin/orders/move")]
pub async fn move_order(
    number: String,
    action: String,
    #[server(default)] carrier: String,
    #[server(default)] tracking: String,
) -> Result<(), AppError> {
    use domain::orders::fulfilment::{self, StaffMove};
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let me = super::access::require(&db, Permission::ReadOrders).await?;
    let (mv, permission) = match action.as_str() {
        "transfer_received" => (StaffMove::TransferReceived, Permission::ConfirmPayments),
        "process" => (StaffMove::Process, Permission::FulfilOrders),
        "ship" => (
            StaffMove::Ship { carrier, tracking },
            Permission::FulfilOrders,
        ),
        "deliver" => (StaffMove::Deliver, Permission::FulfilOrders),
        _ => return Err(AppError::BadRequest),
    };
    if !me.may(permission) {
        return Err(AppError::Forbidden);
    }
    let staff = me.staff.0.to_string();
    fulfilment::make(
        &db,
        number.trim(),
        &mv,
        &staff,
        &me.actor(),
        domain::time::now(),
    )
    .await?;
    Ok(())
}
