//! Catalog server functions: thin wrappers that read the catalog and shape it for the page.

use super::types::*;
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {super::shape, crate::server::db, domain::catalog, domain::ids::SkuId};

/// Products per listing page.
pub const PER_PAGE: i64 = 20;

/// The home page: banners, announcements, best sellers of each series, new arrivals.
#[server]
pub async fn get_home(locale: Locale) -> Result<HomeView, AppError> {
    shape::home(&db()?, locale.into())
        .await
        .map_err(AppError::from)
}

/// A product on the shelf by slug; `None` when there is no such product for sale.
#[server]
pub async fn get_product(locale: Locale, slug: String) -> Result<Option<ProductView>, AppError> {
    let db = db()?;
    let Some(product) = catalog::product_on_shelf(&db, &slug).await? else {
        return Ok(None);
    };
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    Ok(Some(shape::product(&product, locale.into(), &currency)))
}

/// Live stock of one variant, asked when the shopper picks a colour and a size.
#[server]
pub async fn get_stock(sku_id: i64) -> Result<StockView, AppError> {
    let availability = domain::inventory::sku_availability(&db()?, SkuId(sku_id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(StockView {
        sku_id,
        available: availability.available.max(0),
    })
}

/// A page of a class listing; `None` for an unknown class.
#[server]
pub async fn get_class(
    locale: Locale,
    slug: String,
    page: i64,
) -> Result<Option<ListingView>, AppError> {
    shape::class_listing(&db()?, locale.into(), &slug, page.clamp(1, 10_000))
        .await
        .map_err(AppError::from)
}

/// Products whose name contains the words typed (a plain first search; ranking comes later).
#[server]
pub async fn search_products(
    locale: Locale,
    q: String,
    page: i64,
) -> Result<ListingView, AppError> {
    shape::search_listing(&db()?, locale.into(), &q, page.clamp(1, 10_000))
        .await
        .map_err(AppError::from)
}

/// A page of a series listing; `None` for an unknown series.
#[server]
pub async fn get_series(
    locale: Locale,
    slug: String,
    page: i64,
) -> Result<Option<ListingView>, AppError> {
    shape::series_listing(&db()?, locale.into(), &slug, page.clamp(1, 10_000))
        .await
        .map_err(AppError::from)
}
