//! Server functions of the help center: its front (the pages with a summary of each), one page
//! by its address, and the FAQ searched by what the shopper typed (every question when nothing
//! was). Everything comes in the shopper's language, Markdown already rendered safe.

use super::types::{FaqView, HelpCard, HelpPageView};
use crate::error::AppError;
use crate::i18n::Locale;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::types::HelpLink,
    crate::server::db,
    domain::content::help,
    domain::content::markdown::{excerpt, plain_text},
};

/// Characters of a page's text on the center's cards.
#[cfg(feature = "ssr")]
const SUMMARY_CHARS: usize = 60;
/// Characters of a page's text in its description for search engines.
#[cfg(feature = "ssr")]
const DESCRIPTION_CHARS: usize = 150;

/// The help pages in menu order, each with the start of its text.
#[server(endpoint = "help/center")]
pub async fn get_help_center(locale: Locale) -> Result<Vec<HelpCard>, AppError> {
    let lang = locale.into();
    let pages = help::pages(&db()?).await?;
    Ok(pages
        .iter()
        .map(|p| HelpCard {
            slug: p.slug.clone(),
            title: p.title.get(lang).to_string(),
            summary: excerpt(&plain_text(p.body.get(lang)), SUMMARY_CHARS),
        })
        .collect())
}

/// The help page at `/help/{slug}`; `NotFound` for any other address.
#[server(endpoint = "help/page")]
pub async fn get_help_page(slug: String, locale: Locale) -> Result<HelpPageView, AppError> {
    let db = db()?;
    let lang = locale.into();
    let page = help::page(&db, &slug).await?.ok_or(AppError::NotFound)?;
    let menu = help::menu(&db, lang).await?;
    let shown = page.shown(lang);
    Ok(HelpPageView {
        description: excerpt(&plain_text(page.body.get(lang)), DESCRIPTION_CHARS),
        updated: domain::time::shop_date(shown.updated_at),
        html: shown.html.into(),
        title: shown.title,
        slug: shown.slug,
        menu: menu
            .into_iter()
            .map(|m| HelpLink {
                slug: m.slug,
                title: m.title,
            })
            .collect(),
    })
}

/// The questions matching `query` in either language (all of them for an empty query), best
/// matches first.
#[server(endpoint = "help/faqs")]
pub async fn find_faqs(query: String, locale: Locale) -> Result<Vec<FaqView>, AppError> {
    let lang = locale.into();
    let found = help::search_faqs(&db()?, &query).await?;
    Ok(found
        .iter()
        .map(|faq| {
            let shown = faq.shown(lang);
            FaqView {
                id: shown.id.0,
                question: shown.question,
                answer: shown.answer.into(),
            }
        })
        .collect())
}
