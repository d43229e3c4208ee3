//! The newsletter's subscriber list: sign-up with double opt-in (a mailed link confirms the
//! address), the consent record of when and from where each step happened, members managing
//! it in their account, and unsubscribing through the signed link every newsletter mail
//! carries. Sending campaigns belongs to marketing; this keeps the list they send to.

pub mod mails;
pub mod token;

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::members::fields;
use crate::members::secrets::{digest, new_token};
use crate::notifications::outbox;
use crate::notifications::templates::Letterhead;
use sqlx::AnyConnection;

/// Where a sign-up or an unsubscription came from, for the consent record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Home,
    Footer,
    Account,
    /// The confirmation or unsubscribe link in a mail.
    MailLink,
    /// A mail program's one-click unsubscribe (RFC 8058).
    MailHeader,
}

impl Source {
    pub fn code(self) -> &'static str {
        match self {
            Source::Home => "home",
            Source::Footer => "footer",
            Source::Account => "account",
            Source::MailLink => "mail_link",
            Source::MailHeader => "mail_header",
        }
    }

    /// The sign-up box a form names; anything else counts as the footer's (on every page).
    pub fn of_form(name: &str) -> Source {
        if name == "home" {
            Source::Home
        } else {
            Source::Footer
        }
    }
}

/// Where an address stands on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Asked, waiting for the confirmation link.
    Pending,
    Subscribed,
    Unsubscribed,
}

impl Status {
    fn parse(code: &str) -> Option<Status> {
        match code {
            "pending" => Some(Status::Pending),
            "subscribed" => Some(Status::Subscribed),
            "unsubscribed" => Some(Status::Unsubscribed),
            _ => None,
        }
    }
}

/// What a sign-up did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUp {
    /// A confirmation mail is on its way.
    ConfirmationSent,
    /// The address was already on the list; nothing was sent.
    AlreadySubscribed,
    /// A member with a verified address is on the list at once.
    Subscribed,
}

/// One place a request came from: the form and the page it was on.
#[derive(Clone, Debug)]
pub struct Origin<'a> {
    pub source: Source,
    pub page: &'a str,
}

async fn event(
    conn: &mut AnyConnection,
    subscriber: i64,
    kind: &str,
    origin: &Origin<'_>,
    now: i64,
) -> DomainResult<()> {
    let page: String = origin.page.chars().take(300).collect();
    sqlx::query(
        "INSERT INTO newsletter_events (subscriber_id, event, source, page, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(subscriber)
    .bind(kind)
    .bind(origin.source.code())
    .bind(page)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Asks to put `typed` on the list: a confirmation mail goes out unless the address is
/// already subscribed. Asking again sends a fresh link (the old one stops working).
pub async fn sign_up(
    db: &Db,
    typed: &str,
    language: &str,
    member: Option<MemberId>,
    origin: &Origin<'_>,
    head: &Letterhead,
    now: i64,
) -> DomainResult<SignUp> {
    let email = fields::email(typed)?;
    let language = if language == "en" { "en" } else { "zh-CN" };
    let mut tx = db.begin_write().await?;
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM newsletter_subscribers WHERE email = $1")
            .bind(&email)
            .fetch_optional(tx.conn())
            .await?;
    if row.as_ref().is_some_and(|(_, s)| s == "subscribed") {
        tx.rollback().await?;
        return Ok(SignUp::AlreadySubscribed);
    }
    let token = new_token();
    let expires = now + mails::CONFIRM_DAYS * 86_400;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO newsletter_subscribers (email, language, status, member_id, confirm_hash, \
         confirm_expires_at, requested_at) VALUES ($1, $2, 'pending', $3, $4, $5, $6) \
         ON CONFLICT (email) DO UPDATE SET language = $2, status = 'pending', \
         member_id = COALESCE($3, newsletter_subscribers.member_id), confirm_hash = $4, \
         confirm_expires_at = $5, requested_at = $6 RETURNING id",
    )
    .bind(&email)
    .bind(language)
    .bind(member.map(|m| m.0))
    .bind(digest(&token))
    .bind(expires)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    event(tx.conn(), id, "requested", origin, now).await?;
    outbox::enqueue(
        tx.conn(),
        &mails::confirm(&email, language, head, &token),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(SignUp::ConfirmationSent)
}

/// Confirms the address a mailed link names; the welcome (the first newsletter mail) follows.
/// Opening the link again after it worked is fine; an unknown or expired link is refused.
pub async fn confirm(db: &Db, token: &str, head: &Letterhead, now: i64) -> DomainResult<String> {
    let bad = |rule| DomainError::Invalid {
        field: "token",
        rule,
    };
    if token.is_empty() || token.len() > 128 {
        return Err(bad("bad"));
    }
    token::secret(db).await?;
    let mut tx = db.begin_write().await?;
    let row: Option<(i64, String, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT id, email, language, status, confirm_expires_at FROM newsletter_subscribers \
         WHERE confirm_hash = $1",
    )
    .bind(digest(token))
    .fetch_optional(tx.conn())
    .await?;
    let Some((id, email, language, status, expires)) = row else {
        tx.rollback().await?;
        return Err(bad("bad"));
    };
    match status.as_str() {
        "subscribed" => {
            tx.rollback().await?;
            return Ok(email);
        }
        "pending" if expires.is_some_and(|e| e >= now) => {}
        "pending" => {
            tx.rollback().await?;
            return Err(bad("expired"));
        }
        _ => {
            tx.rollback().await?;
            return Err(bad("bad"));
        }
    }
    subscribe_row(tx.conn(), id, &email, &language, head, now).await?;
    let origin = Origin {
        source: Source::MailLink,
        page: "",
    };
    event(tx.conn(), id, "confirmed", &origin, now).await?;
    tx.commit().await?;
    Ok(email)
}

/// Marks subscriber `id` subscribed and queues the welcome with its unsubscribe link.
async fn subscribe_row(
    conn: &mut AnyConnection,
    id: i64,
    email: &str,
    language: &str,
    head: &Letterhead,
    now: i64,
) -> DomainResult<()> {
    sqlx::query(
        "UPDATE newsletter_subscribers SET status = 'subscribed', confirmed_at = $1, \
         unsubscribed_at = NULL WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    let secret: String =
        sqlx::query_scalar("SELECT value FROM settings WHERE key = 'newsletter_secret'")
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| DomainError::Internal("newsletter secret missing".into()))?;
    let unsubscribe = token::sign(&secret, id, email);
    outbox::enqueue(
        conn,
        &mails::welcome(email, language, head, &unsubscribe),
        now,
    )
    .await
}

/// Takes the address a signed unsubscribe token names off the list. Idempotent: a second
/// time changes nothing. A forged or altered token is refused.
pub async fn unsubscribe(
    db: &Db,
    typed_token: &str,
    source: Source,
    now: i64,
) -> DomainResult<String> {
    let bad = DomainError::Invalid {
        field: "token",
        rule: "bad",
    };
    let id = token::subscriber_of(typed_token).ok_or(bad)?;
    let secret = token::secret(db).await?;
    let mut tx = db.begin_write().await?;
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT email, status FROM newsletter_subscribers WHERE id = $1")
            .bind(id)
            .fetch_optional(tx.conn())
            .await?;
    let Some((email, status)) =
        row.filter(|(email, _)| token::verify(&secret, typed_token, id, email))
    else {
        tx.rollback().await?;
        return Err(DomainError::Invalid {
            field: "token",
            rule: "bad",
        });
    };
    if status != "unsubscribed" {
        leave(tx.conn(), id, source, now).await?;
    }
    tx.commit().await?;
    Ok(email)
}

async fn leave(conn: &mut AnyConnection, id: i64, source: Source, now: i64) -> DomainResult<()> {
    sqlx::query(
        "UPDATE newsletter_subscribers SET status = 'unsubscribed', unsubscribed_at = $1, \
         confirm_hash = NULL, confirm_expires_at = NULL WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    event(conn, id, "unsubscribed", &Origin { source, page: "" }, now).await
}

/// Where the member's address stands on the list (`None`: never asked).
pub async fn member_status(db: &Db, member: MemberId) -> DomainResult<Option<Status>> {
    let status: Option<String> = sqlx::query_scalar(
        "SELECT s.status FROM newsletter_subscribers s JOIN members m ON m.email = s.email \
         WHERE m.id = $1",
    )
    .bind(member.0)
    .fetch_optional(db.pool())
    .await?;
    Ok(status.as_deref().and_then(Status::parse))
}

/// A member subscribes from their account: at once when their address is verified (the
/// verification was the opt-in), else through the confirmation mail.
pub async fn member_sign_up(
    db: &Db,
    member: MemberId,
    head: &Letterhead,
    now: i64,
) -> DomainResult<SignUp> {
    let row: Option<(String, String, Option<i64>)> = sqlx::query_as(
        "SELECT email, language, email_verified_at FROM members WHERE id = $1 AND status = 'active'",
    )
    .bind(member.0)
    .fetch_optional(db.pool())
    .await?;
    let (email, language, verified) = row.ok_or(DomainError::NotFound)?;
    let origin = Origin {
        source: Source::Account,
        page: "/account/newsletter",
    };
    if verified.is_none() {
        return sign_up(db, &email, &language, Some(member), &origin, head, now).await;
    }
    token::secret(db).await?;
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO newsletter_subscribers (email, language, status, member_id, requested_at) \
         VALUES ($1, $2, 'pending', $3, $4) ON CONFLICT (email) DO UPDATE SET member_id = $3 \
         RETURNING id",
    )
    .bind(&email)
    .bind(&language)
    .bind(member.0)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    let status: String =
        sqlx::query_scalar("SELECT status FROM newsletter_subscribers WHERE id = $1")
            .bind(id)
            .fetch_one(tx.conn())
            .await?;
    if status == "subscribed" {
        tx.rollback().await?;
        return Ok(SignUp::AlreadySubscribed);
    }
    event(tx.conn(), id, "requested", &origin, now).await?;
    subscribe_row(tx.conn(), id, &email, &language, head, now).await?;
    event(tx.conn(), id, "confirmed", &origin, now).await?;
    tx.commit().await?;
    Ok(SignUp::Subscribed)
}

/// A member leaves the list from their account.
pub async fn member_leave(db: &Db, member: MemberId, now: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT s.id FROM newsletter_subscribers s JOIN members m ON m.email = s.email \
         WHERE m.id = $1 AND s.status <> 'unsubscribed'",
    )
    .bind(member.0)
    .fetch_optional(tx.conn())
    .await?;
    if let Some(id) = id {
        leave(tx.conn(), id, Source::Account, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
