//! Colour × size picker with prices and live stock from the server for the chosen variant.

use super::api::get_stock;
use super::types::{ProductView, VariantView};
use crate::i18n::{in_stock_count, only_left, t, use_locale, Locale, Msg};
use crate::ui::{safe_colour, Price};
use leptos::prelude::*;

/// At or below this many pieces the page says "only N left".
const LOW_STOCK: i64 = 5;

/// The stock line for a number of sellable pieces.
pub fn stock_text(locale: Locale, available: i64) -> String {
    match available {
        n if n <= 0 => Msg::SoldOut.text(locale).to_string(),
        n if n <= LOW_STOCK => only_left(locale, n),
        n => in_stock_count(locale, n),
    }
}

#[component]
pub fn VariantPicker(
    product: ProductView,
    selected_colour: RwSignal<Option<i64>>,
) -> impl IntoView {
    let locale = use_locale();
    let variants = StoredValue::new(product.variants.clone());
    // Start on the first variant that can be bought, else the first one.
    let first = product
        .variants
        .iter()
        .find(|v| v.available > 0)
        .or(product.variants.first())
        .cloned();
    let colour = RwSignal::new(first.as_ref().map(|v| v.colour_id));
    let size = RwSignal::new(first.as_ref().map(|v| v.size_id));
    Effect::new(move |_| selected_colour.set(colour.get()));

    let chosen = Memo::new(move |_| {
        let (c, s) = (colour.get()?, size.get()?);
        variants.with_value(|vs| {
            vs.iter()
                .find(|v| v.colour_id == c && v.size_id == s)
                .cloned()
        })
    });
    let live = Resource::new(
        move || chosen.get().map(|v| v.sku_id),
        |sku| async move {
            match sku {
                Some(sku) => Some(get_stock(sku).await),
                None => None,
            }
        },
    );
    let exists = move |c: i64, s: i64| {
        variants.with_value(|vs| vs.iter().any(|v| v.colour_id == c && v.size_id == s))
    };
    let fallback_price = (product.price.clone(), product.was_price.clone());
    let price = Signal::derive({
        let p = fallback_price.0.clone();
        move || chosen.get().map(|v| v.price).unwrap_or_else(|| p.clone())
    });
    let was = Signal::derive(move || {
        chosen
            .get()
            .map(|v| v.was_price)
            .unwrap_or_else(|| fallback_price.1.clone())
    });

    let add = ServerAction::<crate::cart::api::AddToCart>::new();

    view! {
        <div class="variant-picker">
            <p class="product-price"><Price price was/></p>
            <fieldset class="option-group">
                <legend>{t(Msg::Colour)}</legend>
                {product.colours.into_iter().map(|c| {
                    let id = c.id;
                    view! {
                        <button type="button" class="option colour-option" data-colour=id
                            aria-pressed=move || (colour.get() == Some(id)).to_string()
                            on:click=move |_| colour.set(Some(id))>
                            <span class="swatch" style=format!("background:{}", safe_colour(&c.swatch)) aria-hidden="true"></span>
                            {c.label}
                        </button>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="option-group">
                <legend>{t(Msg::Size)}</legend>
                {product.sizes.into_iter().map(|s| {
                    let id = s.id;
                    let sold_out = move || colour.get().is_some_and(|c| {
                        variants.with_value(|vs| vs.iter().any(|v| v.colour_id == c && v.size_id == id && v.available <= 0))
                    });
                    view! {
                        <button type="button" class="option size-option" data-size=id
                            class:sold-out=sold_out
                            disabled=move || colour.get().is_some_and(|c| !exists(c, id))
                            aria-pressed=move || (size.get() == Some(id)).to_string()
                            on:click=move |_| size.set(Some(id))>
                            {s.label}
                        </button>
                    }
                }).collect_view()}
            </fieldset>
            <p class="stock" role="status" aria-live="polite" data-testid="stock">
                <Transition fallback=move || t(Msg::CheckingStock)>
                    {move || Suspend::new(async move {
                        match live.await {
                            Some(Ok(stock)) => {
                                let level = match stock.available {
                                    n if n <= 0 => "stock-live stock-out",
                                    n if n <= LOW_STOCK => "stock-live stock-low",
                                    _ => "stock-live",
                                };
                                view! {
                                    <span class=level data-sku=stock.sku_id data-available=stock.available>
                                        {stock_text(locale, stock.available)}
                                    </span>
                                }.into_any()
                            }
                            Some(Err(_)) => view! { <span class="stock-error">{t(Msg::StockCheckFailed)}</span> }.into_any(),
                            None => view! { <span>{t(Msg::Unavailable)}</span> }.into_any(),
                        }
                    })}
                </Transition>
            </p>
            {move || chosen.get().map(|v: VariantView| view! {
                <p class="sku-code">{t(Msg::SkuCode)}": "<code>{v.code}</code></p>
            })}
            <ActionForm action=add attr:class="add-to-cart-form">
                <input type="hidden" name="sku" value=move || chosen.get().map(|v| v.sku_id)/>
                <Quantity limit=Signal::derive(move || chosen.get().map(|v| v.available).unwrap_or(0))/>
                <button type="submit" class="add-to-cart"
                    disabled=move || add.pending().get() || chosen.get().is_none_or(|v| v.available <= 0)>
                    {t(Msg::AddToCart)}
                </button>
            </ActionForm>
            <crate::cart::AddedNote add/>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_lines() {
        assert_eq!(stock_text(Locale::En, 0), "Sold out");
        assert_eq!(stock_text(Locale::En, -2), "Sold out");
        assert_eq!(stock_text(Locale::En, 3), "Only 3 left");
        assert_eq!(stock_text(Locale::ZhCn, 5), "仅剩 5 件");
        assert_eq!(stock_text(Locale::En, 6), "In stock (6)");
    }
}

/// Most pieces of one variant a shopper can pick at once.
const MAX_QUANTITY: i64 = 99;

/// A quantity field with − and + buttons, kept between 1 and what can be sold (at most 99).
#[component]
fn Quantity(limit: Signal<i64>) -> impl IntoView {
    let quantity = RwSignal::new(1i64);
    let max = move || limit.get().clamp(1, MAX_QUANTITY);
    Effect::new(move |_| {
        let top = max();
        if quantity.get_untracked() > top {
            quantity.set(top);
        }
    });
    let at_max = move || quantity.get() >= max();
    let at_min = move || quantity.get() <= 1;
    view! {
        <div class="quantity" role="group" aria-labelledby="quantity-label">
            <span id="quantity-label">{t(Msg::Quantity)}</span>
            <button type="button" aria-label=t(Msg::Decrease) disabled=at_min
                on:click=move |_| quantity.update(|q| *q = (*q - 1).max(1))>"−"</button>
            <input type="number" name="quantity" inputmode="numeric" min="1" max=max aria-labelledby="quantity-label"
                prop:value=move || quantity.get().to_string()
                on:change=move |ev| {
                    let typed = event_target_value(&ev).trim().parse::<i64>().unwrap_or(1);
                    quantity.set(typed.clamp(1, max()));
                }/>
            <button type="button" aria-label=t(Msg::Increase) disabled=at_max
                on:click=move |_| quantity.update(|q| *q = (*q + 1).min(max()))>"+"</button>
        </div>
    }
}
