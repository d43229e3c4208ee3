//! Server functions of the member's favourites and browsing history. A guest who asks to keep
//! a favourite is sent to log in, and back to the page afterwards.

use crate::catalog::types::ProductCard;
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use {
    super::session,
    crate::catalog::shape,
    crate::server::db,
    domain::ids::ProductId,
    domain::members::{favourites, history},
};

/// A product in the browsing history, with the day it was last viewed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ViewedCard {
    pub card: ProductCard,
    /// `YYYY-MM-DD` in the shop's time zone.
    pub day: String,
}

/// Adds the product to the member's favourites, or takes it out; returns the favourites' ids.
/// A guest gets none and is redirected to log in, and back to this page afterwards.
#[server(endpoint = "favourites/toggle")]
pub async fn toggle_favourite(product: i64) -> Result<Vec<i64>, AppError> {
    let db = db()?;
    let Ok(member) = session::member(&db).await else {
        let back = super::next::back_here().unwrap_or_else(|| "/".into());
        let login = format!("/account/login?next={}", crate::ui::encode_component(&back));
        // An answer, not an error: the browser follows a server function's redirect only then.
        leptos_axum::redirect(&login);
        return Ok(Vec::new());
    };
    favourites::toggle(&db, member, ProductId(product), domain::time::now()).await?;
    let ids = favourites::ids(&db, member).await?;
    Ok(ids.into_iter().map(|id| id.0).collect())
}

/// The signed-in member's favourites on the shelf, newest first; `None` for a guest.
#[server(endpoint = "favourites")]
pub async fn get_favourites(locale: Locale) -> Result<Option<Vec<ProductCard>>, AppError> {
    let db = db()?;
    let Ok(member) = session::member(&db).await else {
        return Ok(None);
    };
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let products = favourites::products(&db, member).await?;
    Ok(Some(
        products
            .iter()
            .map(|p| shape::card(p, locale.into(), &currency))
            .collect(),
    ))
}

/// The signed-in member's browsing history, newest first; `None` for a guest.
#[server(endpoint = "history")]
pub async fn get_history(locale: Locale) -> Result<Option<Vec<ViewedCard>>, AppError> {
    let db = db()?;
    let Ok(member) = session::member(&db).await else {
        return Ok(None);
    };
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let viewed = history::recent(&db, member, history::KEPT_VIEWS).await?;
    Ok(Some(
        viewed
            .iter()
            .map(|v| ViewedCard {
                card: shape::card(&v.product, locale.into(), &currency),
                day: domain::time::shop_date(v.viewed_at),
            })
            .collect(),
    ))
}

/// Forgets the signed-in member's browsing history.
#[server(endpoint = "history/clear")]
pub async fn clear_history() -> Result<(), AppError> {
    let db = db()?;
    let member = session::member(&db).await?;
    history::clear(&db, member).await?;
    Ok(())
}

/// Records a product view: in the member's history when signed in, else in the guest's cookie.
#[cfg(feature = "ssr")]
pub async fn record_view(db: &domain::Db, product: ProductId) -> Result<(), AppError> {
    use crate::catalog::api::{RECENTLY_VIEWED, VIEWED_COOKIE};
    use crate::server::{id_list_cookie, remember_ids};
    if let Ok(member) = session::member(db).await {
        history::record(db, member, product, domain::time::now()).await?;
        return Ok(());
    }
    let mut viewed = id_list_cookie(VIEWED_COOKIE, RECENTLY_VIEWED);
    viewed.retain(|id| *id != product.0);
    viewed.insert(0, product.0);
    viewed.truncate(RECENTLY_VIEWED);
    remember_ids(VIEWED_COOKIE, &viewed);
    Ok(())
}

/// The recently viewed products' ids, newest first: the member's history, else the cookie.
#[cfg(feature = "ssr")]
pub async fn recently_viewed(db: &domain::Db) -> Result<Vec<ProductId>, AppError> {
    use crate::catalog::api::{RECENTLY_VIEWED, VIEWED_COOKIE};
    if let Ok(member) = session::member(db).await {
        return Ok(history::recent_ids(db, member, RECENTLY_VIEWED as i64).await?);
    }
    Ok(
        crate::server::id_list_cookie(VIEWED_COOKIE, RECENTLY_VIEWED)
            .into_iter()
            .map(ProductId)
            .collect(),
    )
}
