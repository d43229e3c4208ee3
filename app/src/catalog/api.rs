//! Catalog server functions: thin wrappers that read the catalog and shape it for the page.
//! Remembered choices (page size, view), recently viewed products and the comparison list live
//! in cookies the server reads, so they work without JavaScript.

use super::listing_query::ListingQuery;
use super::types::*;
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
#[cfg(feature = "ssr")]
use {
    super::shape,
    crate::server::{cookie, db, id_list_cookie, remember, remember_ids},
    crate::ui::COMPARE_COOKIE,
    domain::catalog,
    domain::ids::{ProductId, SkuId},
};

/// How many recently viewed products are kept.
pub const RECENTLY_VIEWED: usize = 20;
/// How many products can be compared at once.
pub const COMPARE_MAX: usize = 4;
/// The cookie keeping a guest's recently viewed products (a member's are in their history).
#[cfg(feature = "ssr")]
pub const VIEWED_COOKIE: &str = "viewed";

/// The home page: banners and the blocks staff arranged.
#[server]
pub async fn get_home(locale: Locale) -> Result<HomeView, AppError> {
    shape::home(&db()?, locale.into())
        .await
        .map_err(AppError::from)
}

/// A product on the shelf by slug; `None` when there is no such product for sale.
/// Viewing it puts it first in the shopper's recently viewed list (a member's history).
#[server]
pub async fn get_product(locale: Locale, slug: String) -> Result<Option<ProductView>, AppError> {
    let db = db()?;
    let Some(product) = catalog::product_on_shelf(&db, &slug).await? else {
        return Ok(None);
    };
    crate::account::favourites_api::record_view(&db, product.id).await?;
    let settings = domain::settings::shop(&db).await?;
    let currency = settings.currency_symbol;
    let related = catalog::related(&db, product.id, product.category.id, 8).await?;
    let together = catalog::bought_together(&db, product.id, 4).await?;
    let lang = locale.into();
    let mut view = shape::product(&product, lang, &currency);
    view.currency_code = settings.currency_code;
    let origin = use_context::<crate::PublicUrl>()
        .map(|u| u.0)
        .unwrap_or_default();
    view.url = format!("{origin}{}", view.url);
    view.origin = origin;
    view.related = shape::cards(&related, lang, &currency);
    view.bought_together = shape::cards(&together, lang, &currency);
    Ok(Some(view))
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

/// Page size and view from the URL are remembered; without them the remembered ones apply.
#[cfg(feature = "ssr")]
fn remembered(query: &ListingQuery) -> shape::Remembered {
    if let Some(per) = query
        .per
        .as_deref()
        .filter(|p| matches!(*p, "20" | "40" | "60"))
    {
        remember("per", per);
    }
    if let Some(view) = query
        .view
        .as_deref()
        .filter(|v| matches!(*v, "grid" | "list"))
    {
        remember("view", view);
    }
    shape::Remembered {
        per: query
            .per
            .clone()
            .or_else(|| cookie("per"))
            .and_then(|p| p.parse().ok()),
        view: query.view.clone().or_else(|| cookie("view")),
    }
}

/// A class: a big class's showcase, or a listing; `None` for an unknown class.
/// (JSON arguments: the listing query has nested lists a URL-encoded body cannot carry.)
#[server(input = Json)]
pub async fn get_class_page(
    locale: Locale,
    slug: String,
    query: ListingQuery,
) -> Result<Option<ClassPageView>, AppError> {
    let remembered = remembered(&query);
    shape::class_page(&db()?, locale.into(), &slug, &query, &remembered)
        .await
        .map_err(AppError::from)
}

/// A series, brand, tag or search listing; `None` when it does not exist (a search always does:
/// `slug` is what was typed). At `/api/listing`, the search server function `bench/search` times.
#[server(input = Json, endpoint = "listing")]
pub async fn get_listing(
    locale: Locale,
    kind: ListingKind,
    slug: String,
    query: ListingQuery,
) -> Result<Option<ListingView>, AppError> {
    let remembered = remembered(&query);
    let slug: String = slug
        .chars()
        .take(domain::search::query::MAX_QUERY_CHARS)
        .collect();
    shape::listing(&db()?, locale.into(), kind, &slug, &query, &remembered)
        .await
        .map_err(AppError::from)
}

/// The shopper's recently viewed products, newest first, without the one on screen.
#[server]
pub async fn get_recently_viewed(
    locale: Locale,
    except: Option<String>,
) -> Result<Vec<ProductCard>, AppError> {
    let db = db()?;
    let ids = crate::account::favourites_api::recently_viewed(&db).await?;
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let found = catalog::summaries_by_ids(&db, &ids).await?;
    Ok(found
        .iter()
        .filter(|p| Some(&p.slug) != except.as_ref())
        .map(|p| shape::card(p, locale.into(), &currency))
        .collect())
}

/// The ids on the shopper's comparison list.
#[server]
pub async fn get_compare_ids() -> Result<Vec<i64>, AppError> {
    Ok(id_list_cookie(COMPARE_COOKIE, COMPARE_MAX))
}

/// Adds a product to the comparison list or takes it off. A full list refuses a fifth.
#[server]
pub async fn toggle_compare(product: i64) -> Result<Vec<i64>, AppError> {
    let mut ids = id_list_cookie(COMPARE_COOKIE, COMPARE_MAX);
    if let Some(i) = ids.iter().position(|id| *id == product) {
        ids.remove(i);
    } else {
        let exists = catalog::summaries_by_ids(&db()?, &[ProductId(product)]).await?;
        if exists.is_empty() {
            return Err(AppError::NotFound);
        }
        if ids.len() >= COMPARE_MAX {
            return Err(AppError::Invalid {
                field: "compare".into(),
                rule: "full".into(),
            });
        }
        ids.push(product);
    }
    remember_ids(COMPARE_COOKIE, &ids);
    Ok(ids)
}

/// The comparison table of the products on the list.
#[server]
pub async fn get_compare(locale: Locale) -> Result<CompareView, AppError> {
    let ids: Vec<ProductId> = id_list_cookie(COMPARE_COOKIE, COMPARE_MAX)
        .into_iter()
        .map(ProductId)
        .collect();
    shape::compare(&db()?, locale.into(), &ids)
        .await
        .map_err(AppError::from)
}

/// Everything the site directory lists besides the class tree: brands and tags.
#[server]
pub async fn get_directory(locale: Locale) -> Result<DirectoryView, AppError> {
    let db = db()?;
    let lang = locale.into();
    let brands = catalog::brands(&db)
        .await?
        .into_iter()
        .map(|b| BrandTile {
            slug: b.brand.slug,
            name: b.brand.name.get(lang).to_string(),
            story: b.story.get(lang).to_string(),
            products: b.products,
            image: None,
        })
        .collect();
    let tags = catalog::tags_in_use(&db)
        .await?
        .into_iter()
        .map(|(code, count)| {
            let label = crate::i18n::tag_label(locale, &code);
            (code, label, count)
        })
        .collect();
    Ok(DirectoryView { brands, tags })
}
