//! A responsive grid of product cards.

use super::Price;
use crate::catalog::types::ProductCard;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn ProductGrid(products: Vec<ProductCard>) -> impl IntoView {
    if products.is_empty() {
        return view! { <p class="empty-state">{t(Msg::NoProductsHere)}</p> }.into_any();
    }
    view! {
        <ul class="product-grid">
            {products
                .into_iter()
                .map(|p| {
                    let href = format!("/product/{}", p.slug);
                    view! {
                        <li class="product-card">
                            <a href=href.clone() class="product-card-image" tabindex="-1" aria-hidden="true">
                                {p.image.map(|src| view! { <img src=src alt="" loading="lazy" width="300" height="375"/> })}
                            </a>
                            <div class="product-card-body">
                                <span class="product-card-brand">{p.brand}</span>
                                <a href=href class="product-card-name">{p.name}</a>
                                <Price price=p.price was=p.was_price/>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
