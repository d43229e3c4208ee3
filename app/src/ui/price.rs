//! A price, with the list price struck through when the product is on sale.

use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn Price(
    #[prop(into)] price: Signal<String>,
    #[prop(into)] was: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <span class="price">
            <span class="visually-hidden">{t(Msg::SalePrice)}" "</span>
            <strong class="price-now">{price}</strong>
            {move || was.get().map(|was| view! {
                <span class="visually-hidden">{t(Msg::ListPrice)}" "</span>
                <s class="price-was">{was}</s>
            })}
        </span>
    }
}
