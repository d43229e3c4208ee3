//! The member's orders at `/account/orders`: number, date, status, pieces and total, each
//! leading to the order's page.

use super::api::my_orders;
use crate::account::nav::AccountNav;
use crate::i18n::{status_label, t, use_locale, OrderMsg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;

#[component]
pub fn OrdersPage() -> impl IntoView {
    let locale = use_locale();
    let orders = Resource::new(|| (), |_| my_orders());
    view! {
        <Title text=t(OrderMsg::MyOrders)/>
        <Meta name="robots" content="noindex"/>
        <AccountNav/>
        <section class="account-orders">
            <h1>{t(OrderMsg::MyOrders)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match orders.await {
                        Ok(Some(list)) if list.is_empty() => view! { <p>{t(OrderMsg::NoOrders)}</p> }.into_any(),
                        Ok(Some(list)) => view! {
                            <table class="order-list">
                                <thead><tr>
                                    <th scope="col">{t(OrderMsg::OrderNumber)}</th>
                                    <th scope="col">{t(OrderMsg::OrderDate)}</th>
                                    <th scope="col">{t(OrderMsg::Status)}</th>
                                    <th scope="col">{t(crate::i18n::CartMsg::GrandTotal)}</th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|o| view! {
                                        <tr>
                                            <td><a href=format!("/orders/{}", o.number)>{o.number.clone()}</a></td>
                                            <td>{o.created}</td>
                                            <td class="order-status" data-status=o.status.clone()>{status_label(&o.status, locale)}</td>
                                            <td>{o.grand_total}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Ok(None) => view! { <Redirect path="/account/login?next=/account/orders"/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
