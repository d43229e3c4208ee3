//! What an add-to-cart button says once it has been pressed ("added · view cart", or why
//! not), keeping the header's cart count in step. Shared by the product page and the listing
//! cards' quick add.

use super::api::AddToCart;
use crate::i18n::{t, use_locale, CartMsg};
use leptos::prelude::*;

#[component]
pub fn AddedNote(add: ServerAction<AddToCart>) -> impl IntoView {
    let locale = use_locale();
    let cart_count = use_context::<crate::account::shopper::CartCount>();
    Effect::new(move |_| {
        if let (Some(Ok(n)), Some(count)) = (add.value().get(), cart_count) {
            count.0.set(n);
        }
    });
    let note = move || match add.value().get()? {
        Ok(_) => Some(
            view! { {t(CartMsg::AddedToCart)}" · "<a href="/cart">{t(CartMsg::ViewCart)}</a> }
                .into_any(),
        ),
        Err(e) => {
            Some(view! { <span class="field-error">{super::refusal(&e, locale)}</span> }.into_any())
        }
    };
    view! { <p class="cart-note" role="status" aria-live="polite">{note}</p> }
}
