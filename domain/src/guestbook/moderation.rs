//! What moderators do: the queue of posts by status, approve / hide / pin / unpin / delete
//! (soft: the row stays, out of every public list), answer in public as the shop and edit
//! their own answers, and choose pre- or post-moderation. Every action is audit-logged; a
//! guest who left an address hears by mail when the shop answers.

use super::reading::{with_replies, PostRow, POST_COLUMNS};
use super::{Moderation, Post, MODERATION_KEY};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::members::fields;
use crate::notifications::outbox;
use crate::notifications::templates::{linked_mail, Letterhead};
use crate::notifications::Mail;
use crate::staff::audit::{self, Actor};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

/// Most characters in a reply.
pub const REPLY_MAX: usize = 2_000;

/// A post with what only moderators see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub post: Post,
    /// The guest's address (empty for members and guests who gave none).
    pub email: String,
}

/// A moderator's decision on a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Approve,
    Hide,
    Pin,
    Unpin,
    Delete,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Hide => "hide",
            Decision::Pin => "pin",
            Decision::Unpin => "unpin",
            Decision::Delete => "delete",
        }
    }

    pub fn parse(code: &str) -> Option<Decision> {
        [
            Decision::Approve,
            Decision::Hide,
            Decision::Pin,
            Decision::Unpin,
            Decision::Delete,
        ]
        .into_iter()
        .find(|d| d.code() == code)
    }
}

/// Posts with `status` (`pending`, `visible`, `hidden`, `deleted`), newest first; the queue
/// is `pending`.
pub async fn queue(db: &Db, status: &str, at_most: i64) -> DomainResult<Vec<Held>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        post: PostRow,
        email: String,
    }
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {POST_COLUMNS}, p.email FROM guestbook_posts p \
         JOIN guestbook_boards b ON b.id = p.board_id WHERE p.status = $1 \
         ORDER BY p.pinned DESC, p.created_at DESC, p.id DESC LIMIT {}",
        at_most.clamp(1, 500)
    ))
    .bind(status)
    .fetch_all(db.pool())
    .await?;
    let (rows, emails): (Vec<PostRow>, Vec<String>) =
        rows.into_iter().map(|r| (r.post, r.email)).unzip();
    // with_replies keeps the order of the posts it is given.
    let posts = with_replies(db, rows).await?;
    Ok(posts
        .into_iter()
        .zip(emails)
        .map(|(post, email)| Held { post, email })
        .collect())
}

/// How many posts wait for a moderator.
pub async fn waiting(db: &Db) -> DomainResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM guestbook_posts WHERE status = 'pending'")
            .fetch_one(db.pool())
            .await?,
    )
}

async fn status_of(conn: &mut AnyConnection, post: i64) -> DomainResult<(String, i64)> {
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT status, pinned FROM guestbook_posts WHERE id = $1")
            .bind(post)
            .fetch_optional(&mut *conn)
            .await?;
    row.ok_or(DomainError::NotFound)
}

/// Applies a moderator's decision to post `id`.
pub async fn decide(
    db: &Db,
    who: &Actor,
    id: i64,
    decision: Decision,
    now: i64,
) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let (status, pinned) = status_of(tx.conn(), id).await?;
    let (status_after, pinned_after) = match decision {
        Decision::Approve => ("visible", pinned),
        Decision::Hide => ("hidden", pinned),
        Decision::Delete => ("deleted", 0),
        // Pinning a post shows it: a pinned post nobody can see would make no sense.
        Decision::Pin => ("visible", 1),
        Decision::Unpin => (status.as_str(), 0),
    };
    sqlx::query(
        "UPDATE guestbook_posts SET status = $1, pinned = $2, moderated_at = $3, moderated_by = $4 \
         WHERE id = $5",
    )
    .bind(status_after)
    .bind(pinned_after)
    .bind(now)
    .bind(who.staff.map(|s| s.0))
    .bind(id)
    .execute(tx.conn())
    .await?;
    let state = |s: &str, p: i64| format!("{s}{}", if p != 0 { ", pinned" } else { "" });
    audit::record(
        tx.conn(),
        who,
        &format!("guestbook.{}", decision.code()),
        &format!("guestbook_post:{id}"),
        Some(&state(&status, pinned)),
        Some(&state(status_after, pinned_after)),
        now,
    )
    .await?;
    tx.commit().await
}

fn reply_text(typed: &str) -> DomainResult<String> {
    fields::passage("reply", typed, 1, REPLY_MAX)
}

/// The shop answers post `id` in public; the reply's id. A guest who left an address is told.
pub async fn reply(
    db: &Db,
    who: &Actor,
    id: i64,
    typed: &str,
    head: &Letterhead,
    now: i64,
) -> DomainResult<i64> {
    let body = reply_text(typed)?;
    let staff = who.staff.ok_or(DomainError::Conflict("only staff reply"))?;
    let mut tx = db.begin_write().await?;
    let row: Option<(String, String, String, String)> =
        sqlx::query_as("SELECT email, language, title, status FROM guestbook_posts WHERE id = $1")
            .bind(id)
            .fetch_optional(tx.conn())
            .await?;
    let (email, language, title, status) = row.ok_or(DomainError::NotFound)?;
    if status == "deleted" {
        return Err(DomainError::NotFound);
    }
    let reply: i64 = sqlx::query_scalar(
        "INSERT INTO guestbook_replies (post_id, staff_id, body, created_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(id)
    .bind(staff.0)
    .bind(&body)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    audit::record(
        tx.conn(),
        who,
        "guestbook.reply",
        &format!("guestbook_post:{id}"),
        None,
        Some(&body),
        now,
    )
    .await?;
    if !email.is_empty() {
        let mail = answered_mail(&email, &language, id, &title, head);
        outbox::enqueue(tx.conn(), &mail, now).await?;
    }
    tx.commit().await?;
    Ok(reply)
}

/// A moderator edits their own reply `id`.
pub async fn edit_reply(db: &Db, who: &Actor, id: i64, typed: &str, now: i64) -> DomainResult<()> {
    let body = reply_text(typed)?;
    let mut tx = db.begin_write().await?;
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT staff_id, body FROM guestbook_replies WHERE id = $1")
            .bind(id)
            .fetch_optional(tx.conn())
            .await?;
    let (author, before) = row.ok_or(DomainError::NotFound)?;
    if who.staff.map(|s| s.0) != Some(author) {
        return Err(DomainError::Conflict("only the reply's author edits it"));
    }
    sqlx::query("UPDATE guestbook_replies SET body = $1, edited_at = $2 WHERE id = $3")
        .bind(&body)
        .bind(now)
        .bind(id)
        .execute(tx.conn())
        .await?;
    audit::record(
        tx.conn(),
        who,
        "guestbook.edit_reply",
        &format!("guestbook_reply:{id}"),
        Some(&before),
        Some(&body),
        now,
    )
    .await?;
    tx.commit().await
}

/// Chooses pre- or post-moderation.
pub async fn set_moderation(db: &Db, who: &Actor, mode: Moderation, now: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let before: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(MODERATION_KEY)
        .fetch_optional(tx.conn())
        .await?;
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(MODERATION_KEY)
    .bind(mode.code())
    .execute(tx.conn())
    .await?;
    audit::record(
        tx.conn(),
        who,
        "guestbook.moderation",
        MODERATION_KEY,
        before.as_ref(),
        Some(&mode.code().to_string()),
        now,
    )
    .await?;
    tx.commit().await
}

/// "The shop answered your post", to a guest who left an address.
fn answered_mail(to: &str, language: &str, id: i64, title: &str, head: &Letterhead) -> Mail {
    let link = format!("{}/guestbook/post/{id}", head.url);
    let (subject, paragraphs, button) = if language == "en" {
        (
            format!("{} answered your post", head.shop),
            vec![
                "Hello,".to_string(),
                format!("{} has answered your guestbook post “{title}”.", head.shop),
            ],
            "Read the answer",
        )
    } else {
        (
            format!("{}回复了您的留言", head.shop),
            vec![
                "您好：".to_string(),
                format!("{}已回复您在留言板的留言「{title}」。", head.shop),
            ],
            "查看回复",
        )
    };
    linked_mail(
        to,
        language,
        "guestbook_answered",
        &link,
        subject,
        &paragraphs,
        button,
    )
}
