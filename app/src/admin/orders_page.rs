//! The back office's orders: the newest orders by status or number, each with the moves the
//! staff member's roles allow (transfer received, start processing, ship with carrier and
//! tracking number, delivered).

use super::orders_api::{list_orders, AdminOrderRow, MoveOrder};
use super::shell::refusal;
use crate::error::AppError;
use crate::i18n::{
    card_label, checkout_refusal, status_label, t, use_locale, AdminMsg, Msg, OrderMsg,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const STATUSES: [&str; 9] = [
    "pending_payment",
    "paid",
    "cod_confirmed",
    "processing",
    "shipped",
    "delivered",
    "completed",
    "cancelled",
    "refunded",
];

#[component]
pub fn AdminOrdersPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let moved = ServerAction::<MoveOrder>::new();
    let asked = Memo::new(move |_| {
        let q = query.read();
        (
            q.get("status").unwrap_or_default(),
            q.get("number").unwrap_or_default(),
        )
    });
    let orders = Resource::new(
        move || (asked.get(), moved.version().get()),
        |((status, number), _)| list_orders(status, number),
    );
    let outcome = move || match moved.value().get()? {
        Ok(()) => Some(t(AdminMsg::OrderMoved).to_string()),
        Err(AppError::Conflict { reason }) => Some(checkout_refusal(&reason, locale).to_string()),
        Err(AppError::Invalid { field, .. }) if field == "tracking" || field == "carrier" => {
            Some(format!("{}: {}", t(OrderMsg::Tracking), t(Msg::FormFailed)))
        }
        Err(_) => Some(t(Msg::FormFailed).to_string()),
    };
    view! {
        <Title text=t(AdminMsg::Orders)/>
        <h1>{t(AdminMsg::Orders)}</h1>
        <form method="get" action="/admin/orders" class="admin-search" role="search">
            <label for="order-number">{t(AdminMsg::FindOrder)}</label>
            <input id="order-number" name="number" type="search" inputmode="numeric" maxlength="18"
                prop:value=move || asked.get().1/>
            <select name="status" aria-label=t(OrderMsg::Status)>
                <option value="">{t(AdminMsg::AllStatuses)}</option>
                {STATUSES.iter().map(|s| view! {
                    <option value=*s selected=move || asked.get().0 == *s>{status_label(s, locale)}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button-secondary">{t(Msg::Search)}</button>
        </form>
        <p class="form-alert" role="status">{outcome}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match orders.await {
                    Ok(rows) if rows.is_empty() => view! { <p>{t(AdminMsg::NoOrdersFound)}</p> }.into_any(),
                    Ok(rows) => view! {
                        <table class="admin-table orders-table">
                            <thead><tr>
                                <th scope="col">{t(OrderMsg::OrderNumber)}</th>
                                <th scope="col">{t(OrderMsg::OrderDate)}</th>
                                <th scope="col">{t(OrderMsg::Status)}</th>
                                <th scope="col">{t(OrderMsg::PaymentMethod)}</th>
                                <th scope="col">{t(crate::i18n::CartMsg::GrandTotal)}</th>
                                <th scope="col">{t(OrderMsg::DeliverTo)}</th>
                                <th scope="col"></th>
                            </tr></thead>
                            <tbody>{rows.into_iter().map(|row| view! { <Row row moved/> }).collect_view()}</tbody>
                        </table>
                    }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Transition>
    }
}

#[component]
fn Row(row: AdminOrderRow, moved: ServerAction<MoveOrder>) -> impl IntoView {
    let locale = use_locale();
    let method = match row.method.as_str() {
        "cod" => t(OrderMsg::Cod),
        "bank_transfer" => t(OrderMsg::BankTransfer),
        _ => t(card_label(row.card_sandbox)),
    };
    let number = row.number.clone();
    view! {
        <tr data-order=row.number.clone()>
            <td class="order-number">{row.number.clone()}</td>
            <td>{row.created}</td>
            <td class="order-status" data-status=row.status.clone()>{status_label(&row.status, locale)}</td>
            <td>{method}</td>
            <td>{row.grand_total}</td>
            <td>{row.recipient}" · "{row.region}
                {(!row.tracking_number.is_empty()).then(|| view! { <br/><small>{row.carrier.clone()}" "{row.tracking_number.clone()}</small> })}
            </td>
            <td class="order-moves">
                {row.moves.into_iter().map(|m| view! { <Move number=number.clone() action=m moved/> }).collect_view()}
            </td>
        </tr>
    }
}

#[component]
fn Move(number: String, action: String, moved: ServerAction<MoveOrder>) -> impl IntoView {
    let label = match action.as_str() {
        "transfer_received" => t(AdminMsg::TransferReceived),
        "process" => t(AdminMsg::StartProcessing),
        "ship" => t(AdminMsg::ShipOrder),
        _ => t(AdminMsg::MarkDelivered),
    };
    let ship = action == "ship";
    view! {
        <ActionForm action=moved attr:class="order-move-form">
            <input type="hidden" name="number" value=number/>
            <input type="hidden" name="action" value=action/>
            {ship.then(|| view! {
                <input name="carrier" type="text" required maxlength="40" placeholder=t(AdminMsg::CarrierLabel) aria-label=t(AdminMsg::CarrierLabel)/>
                <input name="tracking" type="text" required maxlength="40" placeholder=t(AdminMsg::TrackingLabel) aria-label=t(AdminMsg::TrackingLabel)/>
            })}
            <button type="submit" class="button-secondary">{label}</button>
        </ActionForm>
    }
}
