//! An order as it is stored and read back: its head (who, where to, what it cost, how it is
//! paid, where it stands), its items with names and prices as they were, and its history.

use super::status::OrderStatus;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::payments::PaymentMethod;
use serde::{Deserialize, Serialize};

/// An order's head.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: i64,
    pub number: String,
    pub member_id: Option<i64>,
    pub email: String,
    pub locale: String,
    pub status: OrderStatus,
    pub payment_method: PaymentMethod,
    pub paid_at: Option<i64>,
    pub pay_by: Option<i64>,
    pub units: i64,
    pub items_total: i64,
    pub discount: i64,
    pub shipping_fee: i64,
    pub grand_total: i64,
    pub recipient: String,
    pub phone: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub district: String,
    pub street: String,
    pub postcode: String,
    pub delivery_time: String,
    pub invoice_kind: String,
    pub invoice_title: String,
    pub invoice_tax_number: String,
    pub gift_message: String,
    pub note: String,
    pub carrier: String,
    pub tracking_number: String,
    pub shipped_at: Option<i64>,
    pub created_at: i64,
}

/// A line of an order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderItem {
    pub sku_id: i64,
    pub warehouse_id: i64,
    pub product_slug: String,
    pub name_zh: String,
    pub name_en: String,
    pub variant_zh: String,
    pub variant_en: String,
    pub code: String,
    pub image: Option<String>,
    pub unit_price: i64,
    pub quantity: i64,
}

/// One status the order took.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub status: OrderStatus,
    pub actor: String,
    pub note: String,
    pub at: i64,
}

/// An order with its items and history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderDetail {
    pub order: Order,
    pub items: Vec<OrderItem>,
    pub history: Vec<HistoryEntry>,
}

pub(crate) const COLUMNS: &str = "id, number, member_id, email, locale, status, payment_method, \
     paid_at, pay_by, units, items_total, discount, shipping_fee, grand_total, recipient, phone, \
     country, region, city, district, street, postcode, delivery_time, invoice_kind, \
     invoice_title, invoice_tax_number, gift_message, note, carrier, tracking_number, shipped_at, \
     created_at";

#[derive(sqlx::FromRow)]
pub(crate) struct Row {
    id: i64,
    number: String,
    member_id: Option<i64>,
    email: String,
    locale: String,
    status: String,
    payment_method: String,
    paid_at: Option<i64>,
    pay_by: Option<i64>,
    units: i64,
    items_total: i64,
    discount: i64,
    shipping_fee: i64,
    grand_total: i64,
    recipient: String,
    phone: String,
    country: String,
    region: String,
    city: String,
    district: String,
    street: String,
    postcode: String,
    delivery_time: String,
    invoice_kind: String,
    invoice_title: String,
    invoice_tax_number: String,
    gift_message: String,
    note: String,
    carrier: String,
    tracking_number: String,
    shipped_at: Option<i64>,
    created_at: i64,
}

impl TryFrom<Row> for Order {
    type Error = DomainError;

    fn try_from(r: Row) -> DomainResult<Order> {
        let bad = |what: &str| DomainError::Internal(format!("order {}: bad {what}", r.id));
        Ok(Order {
            status: OrderStatus::parse(&r.status).ok_or_else(|| bad("status"))?,
            payment_method: PaymentMethod::parse(&r.payment_method)
                .ok_or_else(|| bad("payment method"))?,
            id: r.id,
            number: r.number,
            member_id: r.member_id,
            email: r.email,
            locale: r.locale,
            paid_at: r.paid_at,
            pay_by: r.pay_by,
            units: r.units,
            items_total: r.items_total,
            discount: r.discount,
            shipping_fee: r.shipping_fee,
            grand_total: r.grand_total,
            recipient: r.recipient,
            phone: r.phone,
            country: r.country,
            region: r.region,
            city: r.city,
            district: r.district,
            street: r.street,
            postcode: r.postcode,
            delivery_time: r.delivery_time,
            invoice_kind: r.invoice_kind,
            invoice_title: r.invoice_title,
            invoice_tax_number: r.invoice_tax_number,
            gift_message: r.gift_message,
            note: r.note,
            carrier: r.carrier,
            tracking_number: r.tracking_number,
            shipped_at: r.shipped_at,
            created_at: r.created_at,
        })
    }
}

/// The order numbered `number`, if any.
pub async fn by_number(db: &Db, number: &str) -> DomainResult<Option<Order>> {
    let row: Option<Row> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM orders WHERE number = $1"))
            .bind(number)
            .fetch_optional(db.pool())
            .await?;
    row.map(Order::try_from).transpose()
}

/// The order's items and history beside it.
pub async fn detail(db: &Db, order: Order) -> DomainResult<OrderDetail> {
    type ItemRow = (
        i64,
        i64,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        i64,
        i64,
    );
    let items: Vec<ItemRow> = sqlx::query_as(
        "SELECT sku_id, warehouse_id, product_slug, name_zh, name_en, variant_zh, variant_en, \
         code, image, unit_price, quantity FROM order_items WHERE order_id = $1 ORDER BY sku_id",
    )
    .bind(order.id)
    .fetch_all(db.pool())
    .await?;
    let history: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT status, actor, note, created_at FROM order_history WHERE order_id = $1 ORDER BY id",
    )
    .bind(order.id)
    .fetch_all(db.pool())
    .await?;
    Ok(OrderDetail {
        items: items
            .into_iter()
            .map(|i| OrderItem {
                sku_id: i.0,
                warehouse_id: i.1,
                product_slug: i.2,
                name_zh: i.3,
                name_en: i.4,
                variant_zh: i.5,
                variant_en: i.6,
                code: i.7,
                image: i.8,
                unit_price: i.9,
                quantity: i.10,
            })
            .collect(),
        history: history
            .into_iter()
            .filter_map(|(status, actor, note, at)| {
                Some(HistoryEntry {
                    status: OrderStatus::parse(&status)?,
                    actor,
                    note,
                    at,
                })
            })
            .collect(),
        order,
    })
}

/// A member's orders, newest first (at most `limit`).
pub async fn of_member(db: &Db, member: i64, limit: i64) -> DomainResult<Vec<Order>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM orders WHERE member_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
    ))
    .bind(member)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(Order::try_from).collect()
}

/// The order numbered `number` if `owner` placed it (the member, or the guest holding the
/// cart token it was placed with); `None` for anyone else, exactly as for an unknown number.
pub async fn owned_by(
    db: &Db,
    number: &str,
    owner: &crate::cart::CartOwner,
) -> DomainResult<Option<Order>> {
    let (member, guest) = match owner {
        crate::cart::CartOwner::Member(id) => (Some(id.0), None),
        crate::cart::CartOwner::Guest(token) => {
            (None, Some(crate::members::secrets::digest(token)))
        }
    };
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM orders WHERE number = $1 AND (member_id = $2 OR guest_token_hash = $3)"
    ))
    .bind(number)
    .bind(member)
    .bind(guest)
    .fetch_optional(db.pool())
    .await?;
    row.map(Order::try_from).transpose()
}

/// Whether the order's newest card charge was declined (the shopper may pay again).
pub async fn last_charge_failed(db: &Db, order: i64) -> DomainResult<bool> {
    let status: Option<String> = sqlx::query_scalar(
        "SELECT status FROM payments WHERE order_id = $1 AND kind = 'charge' ORDER BY id DESC LIMIT 1",
    )
    .bind(order)
    .fetch_optional(db.pool())
    .await?;
    Ok(status.as_deref() == Some("failed"))
}
