//! Server functions of checkout: what the page needs, the price to one region, and placing
//! the order (then on to the order's page, or to the gateway's page for a card).

// Placing takes one argument per form field, as the plain form posts them.
#![allow(clippy::too_many_arguments)]

use super::types::{CheckoutView, PriceQuote};
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::cart::owner::owner,
    crate::server::{db, gateway},
    domain::cart::CartOwner,
};

/// The cart, the member's addresses, the payment methods and a fresh submit key.
#[server(endpoint = "checkout")]
pub async fn get_checkout(locale: Locale) -> Result<CheckoutView, AppError> {
    let db = db()?;
    let card_sandbox = gateway()?.is_sandbox();
    let owner = owner(&db, false).await?;
    let cart = match &owner {
        Some(owner) => crate::cart::api::cart_view(&db, owner, locale).await?,
        None => Default::default(),
    };
    let (member_email, addresses) = match owner {
        Some(CartOwner::Member(id)) => {
            let member = domain::members::member(&db, id)
                .await?
                .ok_or(AppError::NotFound)?;
            let book = crate::account::addresses::address_book(&db, id).await?;
            (Some(member.email), book)
        }
        _ => (None, Vec::new()),
    };
    let methods = domain::payments::enabled(&db).await?;
    Ok(CheckoutView {
        cart,
        member_email,
        addresses,
        methods: methods.iter().map(|m| m.code().to_string()).collect(),
        card_sandbox,
        key: new_key(),
    })
}

/// The cart's price delivered to `region` (a province), by checkout's own pricing.
#[server(endpoint = "checkout/quote")]
pub async fn price_to(region: String) -> Result<PriceQuote, AppError> {
    let db = db()?;
    let Some(owner) = owner(&db, false).await? else {
        return Ok(PriceQuote::default());
    };
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let shipping = domain::checkout::shipping::table(&db).await?;
    let region = region.trim();
    let region = (!region.is_empty() && region.chars().count() <= 40).then_some(region);
    let t = domain::cart::contents(&db, &owner, &shipping, region)
        .await?
        .totals;
    let money = |m: domain::Money| m.format(&currency);
    Ok(PriceQuote {
        items: money(t.items),
        discount: money(t.discount),
        shipping: money(t.shipping),
        grand_total: money(t.grand_total),
    })
}

/// Places the order. A retried submit (same `key`) lands on the same order.
#[server(endpoint = "checkout/place")]
pub async fn place_order(
    key: String,
    #[server(default)] email: String,
    #[server(default)] address_id: String,
    #[server(default)] recipient: String,
    #[server(default)] phone: String,
    #[server(default)] country: String,
    #[server(default)] region: String,
    #[server(default)] city: String,
    #[server(default)] district: String,
    #[server(default)] street: String,
    #[server(default)] postcode: String,
    #[server(default)] delivery_time: String,
    #[server(default)] invoice_kind: String,
    #[server(default)] invoice_title: String,
    #[server(default)] invoice_tax_number: String,
    #[server(default)] gift_message: String,
    #[server(default)] note: String,
    #[server(default)] payment_method: String,
) -> Result<(), AppError> {
    use domain::checkout::form::CheckoutForm;
    use domain::checkout::place::{place, Placement};
    use domain::members::addresses::AddressForm;
    // Everything the request carries is read before the first await.
    let (db, gateway) = (db()?, gateway()?);
    let language = crate::current_locale().tag();
    let owner = owner(&db, false).await?.ok_or(AppError::Invalid {
        field: "cart".into(),
        rule: "empty".into(),
    })?;
    let address_id = match address_id.trim() {
        "" | "new" => None,
        id => Some(id.parse::<i64>().map_err(|_| AppError::Invalid {
            field: "address_id".into(),
            rule: "unknown_choice".into(),
        })?),
    };
    let form = CheckoutForm {
        email,
        address_id,
        address: AddressForm {
            recipient,
            phone,
            country,
            region,
            city,
            district,
            street,
            postcode,
        },
        delivery_time,
        invoice_kind,
        invoice_title,
        invoice_tax_number,
        gift_message,
        note,
        payment_method,
    };
    let shop = domain::settings::shop(&db).await?;
    let head = crate::account::api::on_server::letterhead(&db).await?;
    let placed = place(
        &db,
        &Placement {
            owner: &owner,
            key: &key,
            form: &form,
            language,
            head: &head,
            currency: &shop.currency_symbol,
            now: domain::time::now(),
        },
    )
    .await?;
    let back = format!("/orders/{}", placed.number);
    let next = if placed.method == domain::payments::PaymentMethod::Card {
        let order = domain::orders::model::by_number(&db, &placed.number)
            .await?
            .ok_or(AppError::NotFound)?;
        match domain::payments::card::start(&db, &gateway, &order, &shop.currency_code, &back).await
        {
            Ok(url) => url,
            // Already paid (a replayed submit): the order's page says so.
            Err(domain::DomainError::Conflict(_)) => back,
            Err(other) => return Err(other.into()),
        }
    } else {
        back
    };
    leptos_axum::redirect(&next);
    Ok(())
}

/// A fresh idempotency key: 128 random bits as 32 hex characters.
#[cfg(feature = "ssr")]
fn new_key() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
