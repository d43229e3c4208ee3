//! Quick add on a product card: the card opens a small panel of its colour × size variants,
//! loaded when first opened, and one tap puts a piece of the chosen one in the cart. Without
//! JavaScript the panel points to the product page instead.

use crate::cart::api::AddToCart;
use crate::error::AppError;
use crate::i18n::{t, use_locale, CartMsg, Locale, Msg};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One variant a shopper can add from a card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuickOption {
    pub sku_id: i64,
    /// Colour and size, as "Navy / M".
    pub label: String,
    pub price: String,
    pub available: i64,
}

/// The variants of the product `slug` on the shelf, in the page's order; empty when it is
/// not for sale.
#[server]
pub async fn quick_add_options(locale: Locale, slug: String) -> Result<Vec<QuickOption>, AppError> {
    let db = crate::server::db()?;
    let Some(product) = domain::catalog::product_on_shelf(&db, &slug).await? else {
        return Ok(Vec::new());
    };
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let view = super::shape::product(&product, locale.into(), &currency);
    let label = |options: &[super::types::OptionView], id: i64| {
        options
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.label.clone())
            .unwrap_or_default()
    };
    Ok(view
        .variants
        .iter()
        .map(|v| QuickOption {
            sku_id: v.sku_id,
            label: format!(
                "{} / {}",
                label(&view.colours, v.colour_id),
                label(&view.sizes, v.size_id)
            ),
            price: v.price.clone(),
            available: v.available,
        })
        .collect())
}

#[component]
pub fn QuickAdd(slug: String) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/product/{slug}");
    // Loads on the first opening only; the server render never asks.
    let opened = RwSignal::new(false);
    let options = Resource::new(
        move || opened.get(),
        move |opened| {
            let slug = slug.clone();
            async move {
                if opened {
                    Some(quick_add_options(locale, slug).await)
                } else {
                    None
                }
            }
        },
    );
    let add = ServerAction::<AddToCart>::new();
    let on_page = {
        let href = href.clone();
        move || view! { <a href=href.clone()>{t(CartMsg::ChooseOnPage)}</a> }
    };
    let panel = move || {
        let on_page = on_page.clone();
        Suspend::new(async move {
            match options.await {
                Some(Ok(list)) if !list.is_empty() => view! {
                    <ul class="quick-add-options">
                        {list.into_iter().map(|o| view! {
                            <li>
                                <ActionForm action=add>
                                    <input type="hidden" name="sku" value=o.sku_id/>
                                    <input type="hidden" name="quantity" value="1"/>
                                    <button type="submit" class="quick-add-option" data-sku=o.sku_id
                                        disabled=move || o.available <= 0 || add.pending().get()>
                                        <span>{o.label}</span>
                                        <span class="quick-add-price">
                                            {if o.available > 0 { o.price } else { t(Msg::SoldOut).to_string() }}
                                        </span>
                                    </button>
                                </ActionForm>
                            </li>
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
                Some(Err(_)) => view! {
                    <p class="field-error">{t(CartMsg::CartFailed)}" · "{on_page()}</p>
                }
                .into_any(),
                _ => view! { <p>{on_page()}</p> }.into_any(),
            }
        })
    };
    view! {
        <details class="quick-add">
            <summary class="quick-add-toggle" on:click=move |_| opened.set(true)
                aria-label=t(CartMsg::QuickAdd)>
                {t(Msg::AddToCart)}
            </summary>
            <div class="quick-add-panel">
                <Transition fallback=move || view! { <p>{t(CartMsg::Loading)}</p> }>{panel}</Transition>
                <crate::cart::AddedNote add/>
            </div>
        </details>
    }
}
