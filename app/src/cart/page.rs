//! The cart page: each line with its picture, variant, price (a changed price shown beside the
//! one it had), quantity, save for later and remove; saved lines apart; the totals from the
//! same pricing as checkout. Every button is a form that works without JavaScript.

use super::api::{
    get_cart, AcceptCartPrices, EmptyCart, RemoveCartLine, SaveCartLine, SetCartQuantity,
};
use super::types::{CartLineView, CartView};
use crate::account::shopper::CartCount;
use crate::error::AppError;
use crate::i18n::{t, use_locale, CartMsg, Msg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The actions every line shares; any of them done reloads the cart.
#[derive(Clone, Copy)]
struct Actions {
    quantity: ServerAction<SetCartQuantity>,
    save: ServerAction<SaveCartLine>,
    remove: ServerAction<RemoveCartLine>,
    empty: ServerAction<EmptyCart>,
    accept: ServerAction<AcceptCartPrices>,
}

#[component]
pub fn CartPage() -> impl IntoView {
    let locale = use_locale();
    let actions = Actions {
        quantity: ServerAction::new(),
        save: ServerAction::new(),
        remove: ServerAction::new(),
        empty: ServerAction::new(),
        accept: ServerAction::new(),
    };
    let versions = move || {
        (
            actions.quantity.version().get(),
            actions.save.version().get(),
            actions.remove.version().get(),
            actions.empty.version().get(),
            actions.accept.version().get(),
        )
    };
    let cart = Resource::new(
        move || (locale, versions()),
        move |(locale, _)| get_cart(locale),
    );
    // The answer of the action done last: its count goes to the header at once, its refusal
    // (if any) above the cart.
    let last = RwSignal::new(None::<Result<i64, AppError>>);
    follow(move || actions.quantity.value().get(), last);
    follow(move || actions.save.value().get(), last);
    follow(move || actions.remove.value().get(), last);
    follow(move || actions.empty.value().get(), last);
    follow(move || actions.accept.value().get(), last);
    if let Some(CartCount(count)) = use_context::<CartCount>() {
        Effect::new(move |_| {
            if let Some(Ok(n)) = last.get() {
                count.set(n);
            }
        });
    }
    let error = move || match last.get()? {
        Err(e) => Some(super::refusal(&e, locale)),
        Ok(_) => None,
    };
    view! {
        <Title text=t(Msg::Cart)/>
        <Meta name="robots" content="noindex"/>
        <section class="cart-page">
            <h1>{t(Msg::Cart)}</h1>
            <p class="form-alert" role="alert">{error}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match cart.await {
                        Ok(view) => view! { <Cart view actions/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// Copies each new answer of one action into `last`.
fn follow(
    answer: impl Fn() -> Option<Result<i64, AppError>> + Send + Sync + 'static,
    last: RwSignal<Option<Result<i64, AppError>>>,
) {
    Effect::new(move |_| {
        if let Some(answer) = answer() {
            last.set(Some(answer));
        }
    });
}

#[component]
fn Cart(view: CartView, actions: Actions) -> impl IntoView {
    let (saved, lines): (Vec<_>, Vec<_>) = view.lines.into_iter().partition(|l| l.saved);
    if lines.is_empty() && saved.is_empty() {
        return view! {
            <p class="empty-state">{t(CartMsg::Empty)}" "<a href="/">{t(CartMsg::GoShopping)}</a></p>
        }
        .into_any();
    }
    view! {
        {view.needs_attention.then(|| view! {
            <div class="cart-attention" role="status">
                <p>{t(CartMsg::NeedsAttention)}</p>
                <ActionForm action=actions.accept>
                    <button type="submit" class="button-secondary">{t(CartMsg::AcceptPrices)}</button>
                </ActionForm>
            </div>
        })}
        <ul class="cart-lines">
            {lines.into_iter().map(|line| view! { <Line line actions/> }).collect_view()}
        </ul>
        {(view.units > 0).then(|| view! {
            <dl class="cart-totals" data-testid="cart-totals">
                <dt>{t(CartMsg::Items)}" ("{view.units}")"</dt><dd class="cart-items">{view.items}</dd>
                <dt>{t(CartMsg::Discount)}</dt><dd>"−"{view.discount}</dd>
                <dt>{t(CartMsg::Delivery)}</dt><dd class="cart-shipping">{view.shipping}</dd>
                <dt class="cart-grand">{t(CartMsg::GrandTotal)}</dt><dd class="cart-grand cart-grand-total">{view.grand_total}</dd>
            </dl>
            {view.free_delivery_in.map(|left| view! { <p class="cart-free-note">{crate::i18n::free_delivery_in(use_locale(), &left)}</p> })}
            {(!view.needs_attention).then(|| view! {
                <a href="/checkout" class="button-primary cart-checkout" rel="nofollow">{t(crate::i18n::OrderMsg::GoToCheckout)}</a>
            })}
            <ActionForm action=actions.empty attr:class="cart-empty-form">
                <button type="submit" class="button-link">{t(CartMsg::EmptyCart)}</button>
            </ActionForm>
        })}
        {(!saved.is_empty()).then(|| view! {
            <h2>{t(CartMsg::SavedForLater)}</h2>
            <ul class="cart-lines cart-saved">
                {saved.into_iter().map(|line| view! { <Line line actions/> }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

#[component]
fn Line(line: CartLineView, actions: Actions) -> impl IntoView {
    let href = (!line.slug.is_empty()).then(|| format!("/product/{}", line.slug));
    let sku = line.sku;
    let quantity_id = format!("quantity-{sku}");
    view! {
        <li class="cart-line" class:cart-line-unavailable=line.unavailable data-sku=sku>
            <a href=href.clone() class="cart-line-image" tabindex="-1" aria-hidden="true">
                {line.image.map(|src| view! { <img src=src alt="" width="96" height="120" loading="lazy"/> })}
            </a>
            <div class="cart-line-body">
                <a href=href class="cart-line-name">{if line.name.is_empty() { t(CartMsg::NoLongerSold).to_string() } else { line.name }}</a>
                <span class="cart-line-variant">{line.variant}" · "{line.code}</span>
                <span class="cart-line-price">
                    {line.unit_price}
                    {line.price_was.map(|was| view! { <span class="cart-price-was">" "{crate::i18n::price_was(use_locale(), &was)}</span> })}
                </span>
                {line.unavailable.then(|| view! {
                    <span class="cart-line-stock" role="status">{crate::i18n::only_available(use_locale(), line.available)}</span>
                })}
                <div class="cart-line-actions">
                    {(!line.saved).then(|| view! {
                        <ActionForm action=actions.quantity attr:class="cart-quantity-form">
                            <input type="hidden" name="sku" value=sku/>
                            <label for=quantity_id.clone()>{t(Msg::Quantity)}</label>
                            <input id=quantity_id.clone() type="number" name="quantity" min="0" max="99" inputmode="numeric" value=line.quantity/>
                            <button type="submit" class="button-secondary">{t(CartMsg::Update)}</button>
                        </ActionForm>
                    })}
                    <ActionForm action=actions.save>
                        <input type="hidden" name="sku" value=sku/>
                        <input type="hidden" name="saved" value=if line.saved { "0" } else { "1" }/>
                        <button type="submit" class="button-link">{if line.saved { t(CartMsg::MoveToCart) } else { t(CartMsg::SaveForLater) }}</button>
                    </ActionForm>
                    <ActionForm action=actions.remove>
                        <input type="hidden" name="sku" value=sku/>
                        <button type="submit" class="button-link">{t(CartMsg::Remove)}</button>
                    </ActionForm>
                </div>
            </div>
            <span class="cart-line-total">{line.line_total}</span>
        </li>
    }
}
