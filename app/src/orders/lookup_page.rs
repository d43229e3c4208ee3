//! The order inquiry at `/orders/lookup`: order number plus the e-mail or phone used shows the
//! order (date, payment, shipping, carrier and tracking, history, items). A wrong pair and an
//! unknown number get the same answer. `?number=` fills the number in (the mail's link).

use super::api::LookupOrder;
use super::order_page::PrintButton;
use super::parts::OrderDetails;
use crate::account::forms::{FormAlert, Submit};
use crate::i18n::{t, use_locale, OrderMsg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn LookupPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<LookupOrder>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let query = use_query_map();
    let number = query.read_untracked().get("number").unwrap_or_default();
    let answer = move || match action.value().get() {
        Some(Ok(Some(order))) => Some(
            view! {
                <div class="order-found"><PrintButton/><OrderDetails order/></div>
            }
            .into_any(),
        ),
        Some(Ok(None)) => Some(
            view! {
                <p class="order-not-found" role="status">{t(OrderMsg::NoSuchOrder)}</p>
            }
            .into_any(),
        ),
        _ => None,
    };
    view! {
        <Title text=t(OrderMsg::LookupTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="account-form order-lookup">
            <h1>{t(OrderMsg::LookupTitle)}</h1>
            <p>{t(OrderMsg::LookupIntro)}</p>
            <FormAlert error fields=&[]/>
            <ActionForm action>
                <input type="hidden" name="locale" value=format!("{locale:?}")/>
                <div class="form-field">
                    <label for="lookup-number">{t(OrderMsg::OrderNumber)}</label>
                    <input id="lookup-number" name="number" type="text" inputmode="numeric" required maxlength="40"
                        autocomplete="off" value=number/>
                </div>
                <div class="form-field">
                    <label for="lookup-contact">{t(OrderMsg::ContactLabel)}</label>
                    <input id="lookup-contact" name="contact" type="text" required maxlength="254" autocomplete="email"/>
                </div>
                <Submit label=t(OrderMsg::LookUp) pending=action.pending().into()/>
            </ActionForm>
        </section>
        <section class="order-page">{answer}</section>
    }
}
