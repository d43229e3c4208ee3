//! Server functions of the shopper's orders: read one's own order, look an order up by number
//! and contact, list a member's orders, cancel before shipment, and pay an unpaid card order.
//! Nobody sees an order that is not theirs: another's number answers exactly like an unknown one.

use super::types::{OrderSummary, OrderView};
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::view::order_view,
    crate::cart::owner::owner,
    crate::server::{db, gateway},
    domain::orders::{model, moves},
};

/// The shopper's own order (the member's, or the guest's placed from this browser).
#[server(endpoint = "orders/get")]
pub async fn get_order(number: String, locale: Locale) -> Result<OrderView, AppError> {
    let db = db()?;
    let sandbox = gateway()?.is_sandbox();
    let order = own(&db, &number).await?;
    let detail = model::detail(&db, order).await?;
    order_view(&db, detail, locale.into(), sandbox).await
}

/// The order with this number if `contact` is its e-mail or phone; `None` for a wrong pair
/// and an unknown number alike. Every ask counts against the asker's limit.
#[server(endpoint = "orders/lookup")]
pub async fn lookup_order(
    number: String,
    contact: String,
    locale: Locale,
) -> Result<Option<OrderView>, AppError> {
    use domain::rate_limit::{self, ORDER_LOOKUPS};
    let db = db()?;
    let sandbox = gateway()?.is_sandbox();
    let key = format!("order-lookup:{}", crate::account::session::client_address());
    crate::server::within(&db, &key, ORDER_LOOKUPS).await?;
    rate_limit::count(&db, &key, ORDER_LOOKUPS, domain::time::now()).await?;
    if number.chars().count() > 40 || contact.chars().count() > 254 {
        return Ok(None);
    }
    match domain::orders::lookup::find(&db, &number, &contact).await? {
        Some(detail) => Ok(Some(order_view(&db, detail, locale.into(), sandbox).await?)),
        None => Ok(None),
    }
}

/// The signed-in member's orders, newest first; `None` when nobody is signed in.
#[server(endpoint = "orders/mine")]
pub async fn my_orders() -> Result<Option<Vec<OrderSummary>>, AppError> {
    use domain::members::sessions::Holder;
    let db = db()?;
    let Some(Holder::Member(id)) = crate::account::session::current(&db).await? else {
        return Ok(None);
    };
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let orders = model::of_member(&db, id.0, 200).await?;
    Ok(Some(
        orders
            .into_iter()
            .map(|o| OrderSummary {
                created: domain::time::shop_datetime(o.created_at),
                status: o.status.code().to_string(),
                units: o.units,
                grand_total: domain::Money(o.grand_total).format(&currency),
                number: o.number,
            })
            .collect(),
    ))
}

/// Cancels the shopper's own order before it ships (stock comes back; a card payment is
/// refunded through the gateway).
#[server(endpoint = "orders/cancel")]
pub async fn cancel_order(number: String) -> Result<(), AppError> {
    let (db, gateway) = (db()?, gateway()?);
    let order = own(&db, &number).await?;
    let actor = moves::Actor::Shopper;
    moves::cancel(&db, &gateway, &order, &actor, domain::time::now()).await?;
    leptos_axum::redirect(&format!("/orders/{}", order.number));
    Ok(())
}

/// Sends the shopper to the gateway's page to pay their unpaid card order.
#[server(endpoint = "orders/pay")]
pub async fn pay_order(number: String) -> Result<(), AppError> {
    let (db, gateway) = (db()?, gateway()?);
    let order = own(&db, &number).await?;
    let currency = domain::settings::shop(&db).await?.currency_code;
    let back = format!("/orders/{}", order.number);
    let url = domain::payments::card::start(&db, &gateway, &order, &currency, &back).await?;
    leptos_axum::redirect(&url);
    Ok(())
}

/// The request's own order numbered `number`, else `NotFound`.
#[cfg(feature = "ssr")]
async fn own(db: &domain::Db, number: &str) -> Result<domain::orders::Order, AppError> {
    let owner = owner(db, false).await?.ok_or(AppError::NotFound)?;
    model::owned_by(db, number.trim(), &owner)
        .await?
        .ok_or(AppError::NotFound)
}
