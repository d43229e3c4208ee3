//! Server functions of the cart: read it, add to it, change or save a line, remove one, empty
//! it, accept changed prices. Each answers with the cart's new piece count for the header.

use super::types::CartView;
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::owner::owner,
    crate::server::db,
    domain::cart::{self, CartOwner},
    domain::ids::SkuId,
};

/// The shopper's cart (empty for a guest who has none), priced for delivery to the default
/// region until checkout knows the address.
#[server(endpoint = "cart")]
pub async fn get_cart(locale: Locale) -> Result<CartView, AppError> {
    let db = db()?;
    match owner(&db, false).await? {
        Some(owner) => cart_view(&db, &owner, locale).await,
        None => Ok(CartView::default()),
    }
}

/// The owner's cart as the cart and checkout pages show it.
#[cfg(feature = "ssr")]
pub(crate) async fn cart_view(
    db: &domain::Db,
    owner: &CartOwner,
    locale: Locale,
) -> Result<CartView, AppError> {
    let lang: domain::locale::Lang = locale.into();
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let shipping = domain::checkout::shipping::table(db).await?;
    let contents = cart::contents(db, owner, &shipping, None).await?;
    let money = |m: domain::Money| m.format(&currency);
    let spend = contents.totals.items - contents.totals.discount;
    Ok(CartView {
        lines: contents
            .lines
            .iter()
            .map(|l| {
                let offer = l.offer.as_ref();
                super::types::CartLineView {
                    sku: l.sku.0,
                    slug: offer.map(|o| o.slug.clone()).unwrap_or_default(),
                    name: offer
                        .map(|o| o.name.get(lang).to_string())
                        .unwrap_or_default(),
                    variant: offer
                        .map(|o| o.variant.get(lang).to_string())
                        .unwrap_or_default(),
                    code: offer.map(|o| o.code.clone()).unwrap_or_default(),
                    image: offer.and_then(|o| o.image.clone()),
                    quantity: l.quantity,
                    unit_price: money(offer.map_or(l.price_when_added, |o| o.price)),
                    price_was: l.price_changed().then(|| money(l.price_when_added)),
                    line_total: money(offer.map_or(l.price_when_added, |o| o.price) * l.quantity),
                    available: l.available,
                    saved: l.saved_for_later,
                    unavailable: l.unavailable(),
                }
            })
            .collect(),
        units: contents.totals.units,
        items: money(contents.totals.items),
        discount: money(contents.totals.discount),
        shipping: money(contents.totals.shipping),
        grand_total: money(contents.totals.grand_total),
        free_delivery_in: shipping
            .free_over
            .filter(|over| contents.totals.units > 0 && spend < *over)
            .map(|over| money(over - spend)),
        needs_attention: contents.needs_attention(),
    })
}

/// Puts pieces of a variant in the cart (a guest's first gets a cart cookie).
#[server(endpoint = "cart/add")]
pub async fn add_to_cart(sku: i64, quantity: i64) -> Result<i64, AppError> {
    let db = db()?;
    let owner = owner(&db, true).await?.ok_or(AppError::NotFound)?;
    cart::add(&db, &owner, SkuId(sku), quantity, domain::time::now()).await?;
    count(&db, &owner).await
}

/// Sets a line's quantity (0 takes it out).
#[server(endpoint = "cart/quantity")]
pub async fn set_cart_quantity(sku: i64, quantity: i64) -> Result<i64, AppError> {
    let (db, owner) = existing().await?;
    cart::set_quantity(&db, &owner, SkuId(sku), quantity, domain::time::now()).await?;
    count(&db, &owner).await
}

/// Moves a line to "saved for later" (`saved` = 1) or back into the cart (0).
#[server(endpoint = "cart/save")]
pub async fn save_cart_line(sku: i64, saved: i64) -> Result<i64, AppError> {
    let (db, owner) = existing().await?;
    cart::save_for_later(&db, &owner, SkuId(sku), saved != 0, domain::time::now()).await?;
    count(&db, &owner).await
}

/// Takes a line out of the cart.
#[server(endpoint = "cart/remove")]
pub async fn remove_cart_line(sku: i64) -> Result<i64, AppError> {
    let (db, owner) = existing().await?;
    cart::remove(&db, &owner, SkuId(sku), domain::time::now()).await?;
    count(&db, &owner).await
}

/// Empties the cart (saved lines stay).
#[server(endpoint = "cart/empty")]
pub async fn empty_cart() -> Result<i64, AppError> {
    let (db, owner) = existing().await?;
    cart::empty(&db, &owner, domain::time::now()).await?;
    count(&db, &owner).await
}

/// The shopper has seen the changed prices and takes them.
#[server(endpoint = "cart/accept-prices")]
pub async fn accept_cart_prices() -> Result<i64, AppError> {
    let (db, owner) = existing().await?;
    cart::accept_prices(&db, &owner, domain::time::now()).await?;
    count(&db, &owner).await
}

/// The request's cart, which must exist already (`NotFound` otherwise).
#[cfg(feature = "ssr")]
async fn existing() -> Result<(domain::Db, CartOwner), AppError> {
    let db = db()?;
    let owner = owner(&db, false).await?.ok_or(AppError::NotFound)?;
    Ok((db, owner))
}

#[cfg(feature = "ssr")]
async fn count(db: &domain::Db, owner: &CartOwner) -> Result<i64, AppError> {
    Ok(cart::count(db, owner).await?)
}
