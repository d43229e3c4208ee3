//! Product cards in a grid (pictures first) or a list (more text), with rating, sales, stock
//! and the compare toggle.

use super::{CompareToggle, Price};
use crate::catalog::types::ProductCard;
use crate::i18n::{rating_text, sold_count, t, use_locale, Msg};
use leptos::prelude::*;

#[component]
pub fn ProductGrid(
    products: Vec<ProductCard>,
    /// `grid` or `list`.
    #[prop(default = "grid")]
    view: &'static str,
) -> impl IntoView {
    if products.is_empty() {
        return view! { <p class="empty-state">{t(Msg::NoProductsHere)}</p> }.into_any();
    }
    let class = if view == "list" {
        "product-grid product-list"
    } else {
        "product-grid"
    };
    view! {
        <ul class=class>
            {products.into_iter().map(|p| view! { <Card product=p/> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Card(product: ProductCard) -> impl IntoView {
    let locale = use_locale();
    let p = product;
    let href = format!("/product/{}", p.slug);
    view! {
        <li class="product-card" class:sold-out=!p.in_stock data-product=p.id>
            <a href=href.clone() class="product-card-image" tabindex="-1" aria-hidden="true">
                {p.image.map(|src| view! { <img src=src alt="" loading="lazy" width="300" height="375"/> })}
                {(!p.in_stock).then(|| view! { <span class="badge-out">{t(Msg::OutOfStockBadge)}</span> })}
            </a>
            <div class="product-card-body">
                <span class="product-card-brand">{p.brand}</span>
                <a href=href class="product-card-name">{p.name}</a>
                <span class="product-card-subtitle">{p.subtitle}</span>
                <Price price=p.price was=p.was_price/>
                <span class="product-card-meta">
                    {p.rating.map(|r| view! {
                        <span class="rating">
                            <span aria-hidden="true">"★ "{r.clone()}</span>
                            <span class="visually-hidden">{format!("{}: {}", t(Msg::RatingLabel), rating_text(locale, &r, p.rating_count))}</span>
                        </span>
                    })}
                    <span class="sold">{sold_count(locale, p.sales)}</span>
                </span>
                <CompareToggle product=p.id/>
            </div>
        </li>
    }
}
