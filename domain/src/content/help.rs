//! The customer service center (`/help`): its pages — shopping guide, service promise, returns,
//! payment methods, delivery, shipping times — and the FAQ, each in Simplified Chinese and
//! English, written in Markdown (shown through [`super::markdown`]). Reading is here; staff
//! edits are in `edits`, what they must satisfy in `checks`, the FAQ's search in `search`.

mod checks;
mod edits;
mod search;

pub use checks::{is_slug, ANSWER_MAX, BODY_MAX, QUESTION_MAX, TITLE_MAX};
pub use edits::{
    create_faq, create_page, delete_faq, move_faq, reorder_faqs, update_faq, update_page, FaqText,
    PageText, Shift,
};
pub use search::search_faqs;

use super::markdown::{self, SafeHtml};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{FaqId, StaffId};
use crate::locale::{Bilingual, Lang};
use serde::Serialize;
use sqlx::{Any, Executor, FromRow};

/// The pages every shop has, in menu order: the shop's footer and checkout may link to them.
pub const STANDARD_PAGES: [&str; 6] = [
    "shopping-guide",
    "service-promise",
    "returns",
    "payment-methods",
    "delivery",
    "shipping-times",
];

/// A help page as stored, in both languages (for the editor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HelpPage {
    pub id: i64,
    pub slug: String,
    pub position: i64,
    pub title: Bilingual,
    /// Markdown.
    pub body: Bilingual,
    pub updated_at: i64,
    /// Who last changed it; `None` for the shop's own text.
    pub updated_by: Option<StaffId>,
}

/// One entry of the help center's menu, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MenuEntry {
    pub slug: String,
    pub title: String,
}

/// A help page ready to show in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ShownPage {
    pub slug: String,
    pub title: String,
    pub html: SafeHtml,
    pub updated_at: i64,
}

/// A question and its answer as stored, in both languages (for the editor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Faq {
    pub id: FaqId,
    pub position: i64,
    pub question: Bilingual,
    /// Markdown.
    pub answer: Bilingual,
    pub updated_at: i64,
    pub updated_by: Option<StaffId>,
}

/// A question and its answer ready to show in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ShownFaq {
    pub id: FaqId,
    pub question: String,
    pub answer: SafeHtml,
}

impl HelpPage {
    /// The page in `lang` (the other language where this one is empty), its body as HTML.
    pub fn shown(&self, lang: Lang) -> ShownPage {
        ShownPage {
            slug: self.slug.clone(),
            title: self.title.get(lang).to_string(),
            html: markdown::render(self.body.get(lang)),
            updated_at: self.updated_at,
        }
    }
}

impl Faq {
    /// The question and answer in `lang` (the other language where this one is empty).
    pub fn shown(&self, lang: Lang) -> ShownFaq {
        ShownFaq {
            id: self.id,
            question: self.question.get(lang).to_string(),
            answer: markdown::render(self.answer.get(lang)),
        }
    }
}

#[derive(FromRow)]
struct PageRow {
    id: i64,
    slug: String,
    position: i64,
    title_zh: String,
    title_en: String,
    body_zh: String,
    body_en: String,
    updated_at: i64,
    updated_by: Option<i64>,
}

impl From<PageRow> for HelpPage {
    fn from(r: PageRow) -> Self {
        HelpPage {
            id: r.id,
            slug: r.slug,
            position: r.position,
            title: Bilingual::new(r.title_zh, r.title_en),
            body: Bilingual::new(r.body_zh, r.body_en),
            updated_at: r.updated_at,
            updated_by: r.updated_by.map(StaffId),
        }
    }
}

#[derive(FromRow)]
struct FaqRow {
    id: i64,
    position: i64,
    question_zh: String,
    question_en: String,
    answer_zh: String,
    answer_en: String,
    updated_at: i64,
    updated_by: Option<i64>,
}

impl From<FaqRow> for Faq {
    fn from(r: FaqRow) -> Self {
        Faq {
            id: FaqId(r.id),
            position: r.position,
            question: Bilingual::new(r.question_zh, r.question_en),
            answer: Bilingual::new(r.answer_zh, r.answer_en),
            updated_at: r.updated_at,
            updated_by: r.updated_by.map(StaffId),
        }
    }
}

const PAGE_COLUMNS: &str =
    "id, slug, position, title_zh, title_en, body_zh, body_en, updated_at, updated_by";
const FAQ_COLUMNS: &str =
    "id, position, question_zh, question_en, answer_zh, answer_en, updated_at, updated_by";

/// The help center's menu in `lang`, in order.
pub async fn menu(db: &Db, lang: Lang) -> DomainResult<Vec<MenuEntry>> {
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT slug, title_zh, title_en FROM help_pages ORDER BY position, id")
            .fetch_all(db.pool())
            .await?;
    Ok(rows
        .into_iter()
        .map(|(slug, zh, en)| MenuEntry {
            title: lang.pick(&zh, &en).to_string(),
            slug,
        })
        .collect())
}

/// Every help page in both languages, in order (for the back office's list).
pub async fn pages(db: &Db) -> DomainResult<Vec<HelpPage>> {
    let rows: Vec<PageRow> = sqlx::query_as(&format!(
        "SELECT {PAGE_COLUMNS} FROM help_pages ORDER BY position, id"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(HelpPage::from).collect())
}

/// The page at `/help/{slug}`, or `None` (also for a slug that could not be one).
pub async fn page(db: &Db, slug: &str) -> DomainResult<Option<HelpPage>> {
    page_on(db.pool(), slug).await
}

/// The page at `/help/{slug}` in `lang`, ready to show.
pub async fn shown_page(db: &Db, slug: &str, lang: Lang) -> DomainResult<Option<ShownPage>> {
    Ok(page(db, slug).await?.map(|p| p.shown(lang)))
}

/// Every question of the FAQ in both languages, in order.
pub async fn faqs(db: &Db) -> DomainResult<Vec<Faq>> {
    let rows: Vec<FaqRow> = sqlx::query_as(&format!(
        "SELECT {FAQ_COLUMNS} FROM help_faqs ORDER BY position, id"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(Faq::from).collect())
}

/// The FAQ in `lang`, in order, ready to show (the accordion of `/help`).
pub async fn shown_faqs(db: &Db, lang: Lang) -> DomainResult<Vec<ShownFaq>> {
    Ok(faqs(db).await?.iter().map(|f| f.shown(lang)).collect())
}

/// One question with its answer, or `None`.
pub async fn faq(db: &Db, id: FaqId) -> DomainResult<Option<Faq>> {
    faq_on(db.pool(), id).await
}

pub(crate) async fn page_on<'c, E>(ex: E, slug: &str) -> DomainResult<Option<HelpPage>>
where
    E: Executor<'c, Database = Any>,
{
    if !is_slug(slug) {
        return Ok(None);
    }
    let row: Option<PageRow> = sqlx::query_as(&format!(
        "SELECT {PAGE_COLUMNS} FROM help_pages WHERE slug = $1"
    ))
    .bind(slug)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(HelpPage::from))
}

pub(crate) async fn faq_on<'c, E>(ex: E, id: FaqId) -> DomainResult<Option<Faq>>
where
    E: Executor<'c, Database = Any>,
{
    let row: Option<FaqRow> = sqlx::query_as(&format!(
        "SELECT {FAQ_COLUMNS} FROM help_faqs WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(Faq::from))
}
