//! Editors change the help center: a page's text, a new page, and the FAQ's questions (add,
//! change, delete, reorder). Each change is checked, stamped with who made it and when, and
//! written to the audit log with the record before and after, in one transaction.

use super::checks::{self, ANSWER_MAX, BODY_MAX, QUESTION_MAX, TITLE_MAX};
use super::{faq_on, page_on, Faq, HelpPage};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::FaqId;
use crate::staff::audit::{self, Actor};
use crate::time;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

/// What an editor submits for a page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageText {
    pub title_zh: String,
    pub title_en: String,
    /// Markdown; may be empty when the other language is not (it is shown instead).
    pub body_zh: String,
    pub body_en: String,
}

/// What an editor submits for a question of the FAQ.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqText {
    pub question_zh: String,
    pub question_en: String,
    /// Markdown; may be empty when the other language is not (it is shown instead).
    pub answer_zh: String,
    pub answer_en: String,
}

/// One step up or down the FAQ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shift {
    Up,
    Down,
}

/// The text checked and tidied: (title or question zh, en, body or answer zh, en).
type Checked = (String, String, String, String);

fn check_page(text: &PageText) -> DomainResult<Checked> {
    let title_zh = checks::line("title_zh", &text.title_zh, TITLE_MAX)?;
    let title_en = checks::line("title_en", &text.title_en, TITLE_MAX)?;
    let (body_zh, body_en) = checks::markdown_pair(
        ("body_zh", "body_en"),
        (&text.body_zh, &text.body_en),
        BODY_MAX,
    )?;
    Ok((title_zh, title_en, body_zh, body_en))
}

fn check_faq(text: &FaqText) -> DomainResult<Checked> {
    let question_zh = checks::line("question_zh", &text.question_zh, QUESTION_MAX)?;
    let question_en = checks::line("question_en", &text.question_en, QUESTION_MAX)?;
    let (answer_zh, answer_en) = checks::markdown_pair(
        ("answer_zh", "answer_en"),
        (&text.answer_zh, &text.answer_en),
        ANSWER_MAX,
    )?;
    Ok((question_zh, question_en, answer_zh, answer_en))
}

/// Changes the text of the page at `slug`. An unknown page is `NotFound`.
pub async fn update_page(
    db: &Db,
    who: &Actor,
    slug: &str,
    text: &PageText,
) -> DomainResult<HelpPage> {
    let (title_zh, title_en, body_zh, body_en) = check_page(text)?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let before = page_on(tx.conn(), slug)
        .await?
        .ok_or(DomainError::NotFound)?;
    sqlx::query(
        "UPDATE help_pages SET title_zh = $1, title_en = $2, body_zh = $3, body_en = $4, \
         updated_at = $5, updated_by = $6 WHERE id = $7",
    )
    .bind(&title_zh)
    .bind(&title_en)
    .bind(&body_zh)
    .bind(&body_en)
    .bind(now)
    .bind(who.staff.map(|s| s.0))
    .bind(before.id)
    .execute(tx.conn())
    .await?;
    let after = page_on(tx.conn(), slug)
        .await?
        .ok_or(DomainError::NotFound)?;
    let subject = format!("help_page:{slug}");
    audit::record(
        tx.conn(),
        who,
        "help.page.update",
        &subject,
        Some(&before),
        Some(&after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Adds a page at `/help/{slug}`, last in the menu. A slug in use is `Invalid(slug, taken)`.
pub async fn create_page(
    db: &Db,
    who: &Actor,
    slug: &str,
    text: &PageText,
) -> DomainResult<HelpPage> {
    let slug = checks::slug(slug)?;
    let (title_zh, title_en, body_zh, body_en) = check_page(text)?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    if page_on(tx.conn(), &slug).await?.is_some() {
        return Err(DomainError::Invalid {
            field: "slug",
            rule: "taken",
        });
    }
    sqlx::query(
        "INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at, \
         updated_by) VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM help_pages), \
         $2, $3, $4, $5, $6, $7)",
    )
    .bind(&slug)
    .bind(&title_zh)
    .bind(&title_en)
    .bind(&body_zh)
    .bind(&body_en)
    .bind(now)
    .bind(who.staff.map(|s| s.0))
    .execute(tx.conn())
    .await?;
    let after = page_on(tx.conn(), &slug)
        .await?
        .ok_or(DomainError::NotFound)?;
    let subject = format!("help_page:{slug}");
    audit::record(
        tx.conn(),
        who,
        "help.page.create",
        &subject,
        None,
        Some(&after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Adds a question at the end of the FAQ.
pub async fn create_faq(db: &Db, who: &Actor, text: &FaqText) -> DomainResult<Faq> {
    let (question_zh, question_en, answer_zh, answer_en) = check_faq(text)?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, \
         updated_at, updated_by) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM help_faqs), \
         $1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&question_zh)
    .bind(&question_en)
    .bind(&answer_zh)
    .bind(&answer_en)
    .bind(now)
    .bind(who.staff.map(|s| s.0))
    .fetch_one(tx.conn())
    .await?;
    let after = faq_on(tx.conn(), FaqId(id))
        .await?
        .ok_or(DomainError::NotFound)?;
    let subject = format!("help_faq:{id}");
    audit::record(
        tx.conn(),
        who,
        "help.faq.create",
        &subject,
        None,
        Some(&after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Changes a question and its answer. An unknown question is `NotFound`.
pub async fn update_faq(db: &Db, who: &Actor, id: FaqId, text: &FaqText) -> DomainResult<Faq> {
    let (question_zh, question_en, answer_zh, answer_en) = check_faq(text)?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let before = faq_on(tx.conn(), id).await?.ok_or(DomainError::NotFound)?;
    sqlx::query(
        "UPDATE help_faqs SET question_zh = $1, question_en = $2, answer_zh = $3, answer_en = $4, \
         updated_at = $5, updated_by = $6 WHERE id = $7",
    )
    .bind(&question_zh)
    .bind(&question_en)
    .bind(&answer_zh)
    .bind(&answer_en)
    .bind(now)
    .bind(who.staff.map(|s| s.0))
    .bind(id.0)
    .execute(tx.conn())
    .await?;
    let after = faq_on(tx.conn(), id).await?.ok_or(DomainError::NotFound)?;
    let subject = format!("help_faq:{}", id.0);
    audit::record(
        tx.conn(),
        who,
        "help.faq.update",
        &subject,
        Some(&before),
        Some(&after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Deletes a question; the log keeps what it said. An unknown question is `NotFound`.
pub async fn delete_faq(db: &Db, who: &Actor, id: FaqId) -> DomainResult<()> {
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let before = faq_on(tx.conn(), id).await?.ok_or(DomainError::NotFound)?;
    sqlx::query("DELETE FROM help_faqs WHERE id = $1")
        .bind(id.0)
        .execute(tx.conn())
        .await?;
    let subject = format!("help_faq:{}", id.0);
    audit::record(
        tx.conn(),
        who,
        "help.faq.delete",
        &subject,
        Some(&before),
        None,
        now,
    )
    .await?;
    tx.commit().await
}

/// Puts the FAQ in the order of `order`, which must name every question once
/// (else `Invalid(order, mismatch)`: someone added or deleted one meanwhile).
pub async fn reorder_faqs(db: &Db, who: &Actor, order: &[FaqId]) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let before = faq_order(tx.conn()).await?;
    let mut wanted: Vec<FaqId> = order.to_vec();
    wanted.sort();
    wanted.dedup();
    let mut known = before.clone();
    known.sort();
    if wanted.len() != order.len() || wanted != known {
        return Err(DomainError::Invalid {
            field: "order",
            rule: "mismatch",
        });
    }
    write_order(tx.conn(), who, &before, order).await?;
    tx.commit().await
}

/// Moves one question a step up or down the FAQ (nothing happens at either end). An unknown
/// question is `NotFound`.
pub async fn move_faq(db: &Db, who: &Actor, id: FaqId, shift: Shift) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let before = faq_order(tx.conn()).await?;
    let at = before
        .iter()
        .position(|f| *f == id)
        .ok_or(DomainError::NotFound)?;
    let to = match shift {
        Shift::Up => at.checked_sub(1),
        Shift::Down => Some(at + 1).filter(|to| *to < before.len()),
    };
    let Some(to) = to else {
        return tx.rollback().await;
    };
    let mut order = before.clone();
    order.swap(at, to);
    write_order(tx.conn(), who, &before, &order).await?;
    tx.commit().await
}

/// The FAQ's ids in their order.
async fn faq_order(conn: &mut AnyConnection) -> DomainResult<Vec<FaqId>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM help_faqs ORDER BY position, id")
        .fetch_all(conn)
        .await?;
    Ok(ids.into_iter().map(FaqId).collect())
}

/// Numbers the questions 1, 2, 3 … in `order` and logs the order before and after.
async fn write_order(
    conn: &mut AnyConnection,
    who: &Actor,
    before: &[FaqId],
    order: &[FaqId],
) -> DomainResult<()> {
    let now = time::now();
    for (position, id) in order.iter().enumerate() {
        sqlx::query("UPDATE help_faqs SET position = $1 WHERE id = $2")
            .bind(position as i64 + 1)
            .bind(id.0)
            .execute(&mut *conn)
            .await?;
    }
    audit::record(
        conn,
        who,
        "help.faq.reorder",
        "help_faqs",
        Some(&before),
        Some(&order),
        now,
    )
    .await
}
