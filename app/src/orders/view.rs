//! Turning a stored order into what the shopper's pages show: money formatted in the shop's
//! currency, names in the page's language, times in the shop's time zone. Server only.

use super::types::{HistoryView, OrderItemView, OrderView};
use crate::error::AppError;
use domain::locale::Lang;
use domain::orders::{OrderDetail, OrderStatus};
use domain::payments::PaymentMethod;
use domain::time::shop_datetime;
use domain::{Db, Money};

/// The order as its pages show it, in `lang`; `card_sandbox` when the card gateway is the
/// sandbox test double (callers read it from the request before their first await).
pub async fn order_view(
    db: &Db,
    d: OrderDetail,
    lang: Lang,
    card_sandbox: bool,
) -> Result<OrderView, AppError> {
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let money = |fen: i64| Money(fen).format(&currency);
    let o = &d.order;
    let en = lang == Lang::En;
    let waiting = o.status == OrderStatus::PendingPayment;
    let bank_instructions = if waiting && o.payment_method == PaymentMethod::BankTransfer {
        Some(domain::payments::bank_instructions(db, lang).await?)
    } else {
        None
    };
    let declined = waiting
        && o.payment_method == PaymentMethod::Card
        && domain::orders::model::last_charge_failed(db, o.id).await?;
    let invoice = match o.invoice_kind.as_str() {
        "company" => format!("{} · {}", o.invoice_title, o.invoice_tax_number),
        "personal" if o.invoice_title.is_empty() => lang.pick("个人", "Personal").to_string(),
        "personal" => o.invoice_title.clone(),
        _ => String::new(),
    };
    Ok(OrderView {
        number: o.number.clone(),
        created: shop_datetime(o.created_at),
        status: o.status.code().to_string(),
        method: o.payment_method.code().to_string(),
        card_sandbox,
        paid: o.paid_at.is_some(),
        paid_at: o.paid_at.map(shop_datetime),
        pay_by: o.pay_by.filter(|_| waiting).map(shop_datetime),
        shipped: o.status.shipped(),
        shipped_at: o.shipped_at.map(shop_datetime),
        carrier: o.carrier.clone(),
        tracking_number: o.tracking_number.clone(),
        items: d
            .items
            .iter()
            .map(|i| OrderItemView {
                slug: i.product_slug.clone(),
                name: if en { &i.name_en } else { &i.name_zh }.clone(),
                variant: if en { &i.variant_en } else { &i.variant_zh }.clone(),
                code: i.code.clone(),
                image: i.image.clone(),
                unit_price: money(i.unit_price),
                quantity: i.quantity,
                line_total: money(i.unit_price * i.quantity),
            })
            .collect(),
        history: d
            .history
            .iter()
            .map(|h| HistoryView {
                status: h.status.code().to_string(),
                actor: h.actor.split(':').next().unwrap_or_default().to_string(),
                note: h.note.clone(),
                at: shop_datetime(h.at),
            })
            .collect(),
        items_total: money(o.items_total),
        discount: money(o.discount),
        shipping: money(o.shipping_fee),
        grand_total: money(o.grand_total),
        recipient: o.recipient.clone(),
        phone: o.phone.clone(),
        address: [&o.region, &o.city, &o.district, &o.street, &o.postcode]
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        delivery_time: o.delivery_time.clone(),
        invoice,
        gift_message: o.gift_message.clone(),
        note: o.note.clone(),
        bank_instructions,
        can_pay: waiting && o.payment_method == PaymentMethod::Card,
        can_cancel: !o.status.shipped()
            && o.status
                .apply(domain::orders::OrderEvent::Cancel, false)
                .is_ok(),
        declined,
    })
}
