//! The order page at `/orders/:number`, for whoever placed the order (the member, or the
//! guest's browser): the confirmation after checkout, payment (pay now, bank instructions,
//! a declined card), cancel before shipment, and a print button with print styles.

use super::api::{get_order, CancelOrder, PayOrder};
use super::parts::OrderDetails;
use super::types::OrderView;
use crate::error::AppError;
use crate::i18n::{checkout_refusal, t, use_locale, OrderMsg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn OrderPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let number = move || params.read().get("number").unwrap_or_default();
    let order = Resource::new(move || (number(), locale), |(n, l)| get_order(n, l));
    view! {
        <Title text=t(OrderMsg::OrderTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="order-page">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match order.await {
                        Ok(order) => view! { <Order order/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Order(order: OrderView) -> impl IntoView {
    let locale = use_locale();
    let pay = ServerAction::<PayOrder>::new();
    let cancel = ServerAction::<CancelOrder>::new();
    let refusal = move || {
        let error = pay
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| cancel.value().get().and_then(Result::err))?;
        Some(match error {
            AppError::Conflict { reason } => checkout_refusal(&reason, locale).to_string(),
            _ => t(crate::i18n::Msg::FormFailed).to_string(),
        })
    };
    let fresh = order.history.len() <= 2 && order.status != "cancelled";
    let number = order.number.clone();
    let number2 = order.number.clone();
    view! {
        <h1>{t(OrderMsg::OrderTitle)}" "{order.number.clone()}</h1>
        {fresh.then(|| view! { <p class="order-thanks">{t(OrderMsg::ThankYou)}</p> })}
        <p class="form-alert" role="alert">{refusal}</p>
        {order.declined.then(|| view! { <p class="order-declined" role="status">{t(OrderMsg::Declined)}</p> })}
        {order.pay_by.clone().map(|by| view! { <p class="order-pay-by">{t(OrderMsg::PayBy)}" "<time>{by}</time></p> })}
        {order.bank_instructions.clone().map(|text| view! {
            <section class="order-bank">
                <h2>{t(OrderMsg::BankInstructions)}</h2>
                <p>{text}</p>
            </section>
        })}
        <div class="order-actions">
            {order.can_pay.then(|| view! {
                <ActionForm action=pay>
                    <input type="hidden" name="number" value=number.clone()/>
                    <button type="submit" class="button-primary">{t(OrderMsg::PayNow)}</button>
                </ActionForm>
            })}
            {order.can_cancel.then(|| view! {
                <ActionForm action=cancel attr:class="order-cancel-form">
                    <input type="hidden" name="number" value=number2.clone()/>
                    <button type="submit" class="button-secondary">{t(OrderMsg::CancelOrder)}</button>
                </ActionForm>
            })}
            <PrintButton/>
        </div>
        <OrderDetails order/>
    }
}

/// Opens the browser's print dialog (the page's print styles leave out the shop's frame).
#[component]
pub fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" class="button-link order-print"
            on:click=move |_| {
                #[cfg(feature = "hydrate")]
                let _ = window().print();
            }>
            {t(OrderMsg::Print)}
        </button>
    }
}
