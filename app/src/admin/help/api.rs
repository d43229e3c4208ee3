//! Server functions of the help center's editor. Every one needs `EditContent` (administrators
//! and editors), checked here on the server; the domain checks each text and writes the audit
//! log. Refused texts answer `Invalid { field, rule }` for the form to show beside the field.

use crate::error::AppError;
use crate::ui::SafeMarkup;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use {
    crate::admin::access::{require, Access},
    domain::content::help::{self, FaqText, PageText, Shift},
    domain::ids::FaqId,
    domain::time::shop_datetime,
    domain::Db,
};

/// A help page in the editor's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRow {
    pub slug: String,
    pub title_zh: String,
    pub title_en: String,
    pub updated: String,
}

/// A question in the editor's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqRow {
    pub id: i64,
    pub question_zh: String,
    pub question_en: String,
    pub updated: String,
}

/// Everything the help center's editor lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpContents {
    pub pages: Vec<PageRow>,
    pub faqs: Vec<FaqRow>,
}

/// A page's texts as stored, to edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageDraft {
    pub slug: String,
    pub title_zh: String,
    pub title_en: String,
    pub body_zh: String,
    pub body_en: String,
}

/// A question and its answer as stored, to edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqDraft {
    pub id: i64,
    pub question_zh: String,
    pub question_en: String,
    pub answer_zh: String,
    pub answer_en: String,
}

/// The signed-in staff member, if their roles let them edit the shop's content.
#[cfg(feature = "ssr")]
async fn editor(db: &Db) -> Result<Access, AppError> {
    require(db, domain::staff::Permission::EditContent).await
}

/// The help pages and the FAQ, in order.
#[server(endpoint = "admin/help")]
pub async fn help_overview() -> Result<HelpContents, AppError> {
    let db = crate::server::db()?;
    editor(&db).await?;
    let pages = help::pages(&db).await?;
    let faqs = help::faqs(&db).await?;
    Ok(HelpContents {
        pages: pages
            .into_iter()
            .map(|p| PageRow {
                updated: shop_datetime(p.updated_at),
                slug: p.slug,
                title_zh: p.title.zh,
                title_en: p.title.en,
            })
            .collect(),
        faqs: faqs
            .into_iter()
            .map(|f| FaqRow {
                id: f.id.0,
                updated: shop_datetime(f.updated_at),
                question_zh: f.question.zh,
                question_en: f.question.en,
            })
            .collect(),
    })
}

/// The page at `/help/{slug}` as stored.
#[server(endpoint = "admin/help/page")]
pub async fn help_page_draft(slug: String) -> Result<PageDraft, AppError> {
    let db = crate::server::db()?;
    editor(&db).await?;
    let page = help::page(&db, &slug).await?.ok_or(AppError::NotFound)?;
    Ok(PageDraft {
        slug: page.slug,
        title_zh: page.title.zh,
        title_en: page.title.en,
        body_zh: page.body.zh,
        body_en: page.body.en,
    })
}

/// Saves the texts of the page at `/help/{slug}`.
#[server(endpoint = "admin/help/page/save")]
pub async fn save_help_page(
    slug: String,
    title_zh: String,
    title_en: String,
    body_zh: String,
    body_en: String,
) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let me = editor(&db).await?;
    let text = PageText {
        title_zh,
        title_en,
        body_zh,
        body_en,
    };
    help::update_page(&db, &me.actor(), &slug, &text).await?;
    Ok(())
}

/// One question with its answer as stored.
#[server(endpoint = "admin/help/faq")]
pub async fn help_faq_draft(id: i64) -> Result<FaqDraft, AppError> {
    let db = crate::server::db()?;
    editor(&db).await?;
    let faq = help::faq(&db, FaqId(id)).await?.ok_or(AppError::NotFound)?;
    Ok(FaqDraft {
        id: faq.id.0,
        question_zh: faq.question.zh,
        question_en: faq.question.en,
        answer_zh: faq.answer.zh,
        answer_en: faq.answer.en,
    })
}

/// Adds a question at the end of the FAQ, then shows the list.
#[server(endpoint = "admin/help/faq/add")]
pub async fn add_help_faq(
    question_zh: String,
    question_en: String,
    answer_zh: String,
    answer_en: String,
) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let me = editor(&db).await?;
    let text = FaqText {
        question_zh,
        question_en,
        answer_zh,
        answer_en,
    };
    let faq = help::create_faq(&db, &me.actor(), &text).await?;
    leptos_axum::redirect(&format!("/admin/content/help#faq-{}", faq.id.0));
    Ok(())
}

/// Saves a question and its answer.
#[server(endpoint = "admin/help/faq/save")]
pub async fn save_help_faq(
    id: i64,
    question_zh: String,
    question_en: String,
    answer_zh: String,
    answer_en: String,
) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let me = editor(&db).await?;
    let text = FaqText {
        question_zh,
        question_en,
        answer_zh,
        answer_en,
    };
    help::update_faq(&db, &me.actor(), FaqId(id), &text).await?;
    Ok(())
}

/// Deletes a question (the audit log keeps what it said).
#[server(endpoint = "admin/help/faq/delete")]
pub async fn delete_help_faq(id: i64) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let me = editor(&db).await?;
    help::delete_faq(&db, &me.actor(), FaqId(id)).await?;
    Ok(())
}

/// Moves a question one place `up` or `down` the FAQ.
#[server(endpoint = "admin/help/faq/move")]
pub async fn move_help_faq(id: i64, direction: String) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let me = editor(&db).await?;
    let shift = match direction.as_str() {
        "up" => Shift::Up,
        "down" => Shift::Down,
        _ => return Err(AppError::BadRequest),
    };
    help::move_faq(&db, &me.actor(), FaqId(id), shift).await?;
    Ok(())
}

/// `markdown` as the shop will show it: the shop's own renderer, so the preview is the result.
#[server(endpoint = "admin/help/preview")]
pub async fn preview_markdown(markdown: String) -> Result<SafeMarkup, AppError> {
    let db = crate::server::db()?;
    editor(&db).await?;
    if markdown.chars().count() > help::BODY_MAX {
        return Err(AppError::Invalid {
            field: "markdown".into(),
            rule: "too_long".into(),
        });
    }
    Ok(domain::content::markdown::render(&markdown).into())
}
