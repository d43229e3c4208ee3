//! Suggestions under the header search box while a shopper types: the best matching products
//! (thumbnail and price), matching classes and brands, and the shop's hot searches.

use super::types::ProductCard;
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// Hot searches offered in the box.
pub const HOT_OFFERED: usize = 8;

/// A class or brand to go to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NamedLink {
    pub href: String,
    pub name: String,
}

/// What to offer for `typed`: hot searches when nothing is typed, matches otherwise.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SuggestView {
    pub typed: String,
    pub products: Vec<ProductCard>,
    pub classes: Vec<NamedLink>,
    pub brands: Vec<NamedLink>,
    pub hot: Vec<String>,
}

/// Suggestions for what is typed in the search box (a GET, so the answer may be cached for a
/// few seconds by the browser or a proxy: it depends on nothing but the two arguments).
#[server(endpoint = "suggest", input = GetUrl)]
pub async fn get_suggestions(locale: Locale, typed: String) -> Result<SuggestView, AppError> {
    use crate::catalog::shape;
    use crate::server::db;
    use domain::search;

    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("public, max-age=30"),
        );
    }
    let typed: String = typed.chars().take(search::query::MAX_QUERY_CHARS).collect();
    let db = db()?;
    if typed.trim().is_empty() {
        let hot = search::log::hot_now(&db, HOT_OFFERED as i64).await?;
        return Ok(SuggestView {
            hot,
            ..SuggestView::default()
        });
    }
    let lang = locale.into();
    let found = search::suggest(&db, &typed).await?;
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    let products = domain::catalog::summaries_remembered(&db, &found.products).await?;
    let link = |kind: &str, slug: &str, name: &domain::locale::Bilingual| NamedLink {
        href: format!("/{kind}/{slug}"),
        name: name.get(lang).to_string(),
    };
    Ok(SuggestView {
        products: shape::cards(&products, lang, &currency),
        classes: found
            .classes
            .iter()
            .map(|c| link("class", &c.slug, &c.name))
            .collect(),
        brands: found
            .brands
            .iter()
            .map(|b| link("brand", &b.slug, &b.name))
            .collect(),
        hot: Vec::new(),
        typed,
    })
}
