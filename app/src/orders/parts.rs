//! The parts of an order every page shows alike: the summary (number, date, status, payment,
//! shipping), the items, the money, the address and wishes, and the status history.

use super::types::OrderView;
use crate::i18n::{actor_label, card_label, status_label, t, use_locale, CartMsg, OrderMsg};
use leptos::prelude::*;

#[component]
pub fn OrderDetails(order: OrderView) -> impl IntoView {
    let locale = use_locale();
    let payment = if order.paid {
        format!(
            "{} {}",
            t(OrderMsg::PaymentReceived),
            order.paid_at.clone().unwrap_or_default()
        )
    } else if order.method == "cod" {
        t(OrderMsg::PayOnDelivery).to_string()
    } else {
        t(OrderMsg::PaymentNotReceived).to_string()
    };
    let shipping = if order.shipped {
        format!(
            "{} {}",
            t(OrderMsg::Shipped),
            order.shipped_at.clone().unwrap_or_default()
        )
    } else {
        t(OrderMsg::NotShipped).to_string()
    };
    let method = match order.method.as_str() {
        "cod" => t(OrderMsg::Cod),
        "bank_transfer" => t(OrderMsg::BankTransfer),
        _ => t(card_label(order.card_sandbox)),
    };
    let time = match order.delivery_time.as_str() {
        "weekdays" => t(OrderMsg::TimeWeekdays),
        "weekends" => t(OrderMsg::TimeWeekends),
        "evenings" => t(OrderMsg::TimeEvenings),
        _ => t(OrderMsg::TimeAny),
    };
    view! {
        <dl class="order-facts">
            <dt>{t(OrderMsg::OrderNumber)}</dt><dd class="order-number">{order.number.clone()}</dd>
            <dt>{t(OrderMsg::OrderDate)}</dt><dd>{order.created.clone()}</dd>
            <dt>{t(OrderMsg::Status)}</dt><dd class="order-status" data-status=order.status.clone()>{status_label(&order.status, locale)}</dd>
            <dt>{t(OrderMsg::PaymentMethod)}</dt><dd>{method}</dd>
            <dt>{t(OrderMsg::Payment)}</dt><dd class="order-payment">{payment}</dd>
            <dt>{t(OrderMsg::Shipping)}</dt><dd class="order-shipping">{shipping}</dd>
            {(!order.carrier.is_empty()).then(|| view! {
                <dt>{t(OrderMsg::Carrier)}</dt><dd>{order.carrier.clone()}</dd>
                <dt>{t(OrderMsg::Tracking)}</dt><dd>{order.tracking_number.clone()}</dd>
            })}
        </dl>
        <h2>{t(OrderMsg::ItemsHeading)}</h2>
        <table class="order-items">
            <thead><tr><th scope="col">{t(OrderMsg::ItemsHeading)}</th><th scope="col">{t(OrderMsg::Quantity)}</th><th scope="col">{t(OrderMsg::Subtotal)}</th></tr></thead>
            <tbody>
                {order.items.into_iter().map(|i| view! {
                    <tr>
                        <td><a href=format!("/product/{}", i.slug)>{i.name}</a>" "<small>{i.variant}" · "{i.code}" · "{i.unit_price}</small></td>
                        <td>{i.quantity}</td>
                        <td>{i.line_total}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <dl class="cart-totals order-totals">
            <dt>{t(CartMsg::Items)}</dt><dd>{order.items_total}</dd>
            <dt>{t(CartMsg::Discount)}</dt><dd>"−"{order.discount}</dd>
            <dt>{t(CartMsg::Delivery)}</dt><dd>{order.shipping}</dd>
            <dt class="cart-grand">{t(CartMsg::GrandTotal)}</dt><dd class="cart-grand order-grand-total">{order.grand_total}</dd>
        </dl>
        <h2>{t(OrderMsg::DeliverTo)}</h2>
        <p class="order-address"><strong>{order.recipient}</strong>" "{order.phone}<br/>{order.address}</p>
        <p>{t(OrderMsg::DeliveryTime)}": "{time}</p>
        {(!order.invoice.is_empty()).then(|| view! { <p>{t(OrderMsg::Invoice)}": "{order.invoice.clone()}</p> })}
        {(!order.gift_message.is_empty()).then(|| view! { <p class="order-gift">{t(OrderMsg::GiftMessage)}": "{order.gift_message.clone()}</p> })}
        {(!order.note.is_empty()).then(|| view! { <p class="order-note">{t(OrderMsg::OrderNote)}": "{order.note.clone()}</p> })}
        <h2>{t(OrderMsg::History)}</h2>
        <ol class="order-history">
            {order.history.into_iter().map(|h| view! {
                <li data-status=h.status.clone()>
                    <time>{h.at}</time>" "{status_label(&h.status, locale)}
                    " · "{t(OrderMsg::Actor)}": "{actor_label(&h.actor, locale)}
                    {(h.note == "payment_timeout").then(|| t(OrderMsg::Timeout))}
                </li>
            }).collect_view()}
        </ol>
        <p class="order-policy">
            {t(OrderMsg::ReturnPolicy)}" "
            <a href="/help/returns">{t(crate::i18n::HelpMsg::ReturnsPolicyLink)}</a>
        </p>
    }
}
