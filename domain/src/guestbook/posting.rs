//! Writing a post: the form is checked field by field (a known board; a name for guests; a
//! title and body of sensible length with few links and no invisible tricks), the same text
//! posted again within a week is refused, and the post waits for a moderator or shows at once
//! as the shop has chosen.

use super::{moderation, Moderation};
use crate::contact::links_in;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::members::fields;
use crate::members::secrets::{digest, new_token};
use crate::search::text::{fold, index_tokens};

/// Most characters in a title.
pub const TITLE_MAX: usize = 60;
/// Fewest characters in a body.
pub const BODY_MIN: usize = 5;
/// Most characters in a body.
pub const BODY_MAX: usize = 2_000;
/// Most links in a post.
pub const LINKS_MAX: usize = 2;
/// How long the same text may not be posted again.
pub const DUPLICATE_WINDOW_S: i64 = 7 * 86_400;

/// The form as typed.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub board: String,
    /// A guest's name (a member posts under their account's name).
    pub name: String,
    /// A guest's optional address, to hear when the shop replies.
    pub email: String,
    pub title: String,
    pub body: String,
    pub language: String,
}

/// Who is writing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Writer {
    /// A signed-in member.
    Member(MemberId),
    /// A guest, known only by their browser's key (kept as its SHA-256).
    Guest { browser_key: String },
}

/// What became of a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posted {
    pub id: i64,
    /// Waiting for a moderator (else visible at once).
    pub held: bool,
}

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

/// A new random browser key (kept in the writer's cookie).
pub fn new_browser_key() -> String {
    new_token()
}

/// The SHA-256 (hex) of a browser key, as stored with the posts it wrote.
pub fn key_hash(browser_key: &str) -> String {
    if browser_key.is_empty() {
        return String::new();
    }
    digest(browser_key)
}

/// The text with case, width, spaces and signs removed: what makes two posts "the same".
pub fn fingerprint(body: &str) -> String {
    let bare: String = fold(body).chars().filter(|c| c.is_alphanumeric()).collect();
    digest(&bare)
}

/// The post's words as the guestbook search finds them, space-padded so that a whole token
/// can be matched with `LIKE '% token %'`.
pub fn search_tokens(title: &str, body: &str) -> String {
    format!(" {} ", index_tokens(&format!("{title} {body}")))
}

/// The checked board code, name, address, title and body.
pub(super) struct Checked {
    pub board: String,
    pub name: String,
    pub email: String,
    pub title: String,
    pub body: String,
}

/// Checks a draft by field, in the order the form shows them.
pub(super) fn checked(draft: &Draft, member_name: Option<&str>) -> DomainResult<Checked> {
    let board = draft.board.trim().to_string();
    if board.is_empty() {
        return Err(invalid("board", "required"));
    }
    let (name, email) = match member_name {
        Some(name) => (name.to_string(), String::new()),
        None => {
            let name = fields::name(&draft.name)?;
            let email = if draft.email.trim().is_empty() {
                String::new()
            } else {
                fields::email(&draft.email)?
            };
            (name, email)
        }
    };
    let title = fields::text("title", &draft.title, TITLE_MAX)?;
    if links_in(&title) > 0 {
        return Err(invalid("title", "no_links"));
    }
    let body = fields::passage("body", &draft.body, BODY_MIN, BODY_MAX)?;
    if links_in(&body) > LINKS_MAX {
        return Err(invalid("body", "too_many_links"));
    }
    Ok(Checked {
        board,
        name,
        email,
        title,
        body,
    })
}

/// Stores a post from `writer`; held for a moderator when the shop pre-moderates.
pub async fn submit(db: &Db, draft: &Draft, writer: &Writer, now: i64) -> DomainResult<Posted> {
    let member = match writer {
        Writer::Member(id) => Some(member_name(db, *id).await?),
        Writer::Guest { .. } => None,
    };
    let form = checked(draft, member.as_deref())?;
    let fingerprint = fingerprint(&form.body);
    let held = moderation(db).await? == Moderation::Before;
    let language = if draft.language == "en" {
        "en"
    } else {
        "zh-CN"
    };
    let (member_id, author_key) = match writer {
        Writer::Member(id) => (Some(id.0), String::new()),
        Writer::Guest { browser_key } => (None, key_hash(browser_key)),
    };
    let mut tx = db.begin_write().await?;
    let board: Option<i64> = sqlx::query_scalar("SELECT id FROM guestbook_boards WHERE code = $1")
        .bind(&form.board)
        .fetch_optional(tx.conn())
        .await?;
    let board = board.ok_or(invalid("board", "required"))?;
    let repeated: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM guestbook_posts WHERE fingerprint = $1 AND created_at > $2 \
         AND status <> 'deleted'",
    )
    .bind(&fingerprint)
    .bind(now - DUPLICATE_WINDOW_S)
    .fetch_one(tx.conn())
    .await?;
    if repeated > 0 {
        return Err(invalid("body", "duplicate"));
    }
    let tokens = search_tokens(&form.title, &form.body);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO guestbook_posts (board_id, member_id, name, email, author_key, title, body, \
         language, status, fingerprint, search_tokens, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(board)
    .bind(member_id)
    .bind(&form.name)
    .bind(&form.email)
    .bind(&author_key)
    .bind(&form.title)
    .bind(&form.body)
    .bind(language)
    .bind(if held { "pending" } else { "visible" })
    .bind(&fingerprint)
    .bind(&tokens)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    tx.commit().await?;
    Ok(Posted { id, held })
}

/// The name a member posts under: their display name, else the part of their address before
/// the `@` (never the whole address).
pub async fn member_name(db: &Db, member: MemberId) -> DomainResult<String> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT display_name, email FROM members WHERE id = $1")
            .bind(member.0)
            .fetch_optional(db.pool())
            .await?;
    let (name, email) = row.ok_or(DomainError::NotFound)?;
    let name = name.trim();
    Ok(if name.is_empty() {
        email.split('@').next().unwrap_or_default().to_string()
    } else {
        name.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(body: &str) -> Draft {
        Draft {
            board: "delivery".into(),
            name: "小王".into(),
            title: "配送很快".into(),
            body: body.into(),
            ..Draft::default()
        }
    }

    fn rule(d: &Draft) -> String {
        match checked(d, None) {
            Ok(_) => "ok".into(),
            Err(DomainError::Invalid { field, rule }) => format!("{field}:{rule}"),
            Err(e) => format!("{e}"),
        }
    }

    #[test]
    fn drafts_are_checked_by_field() {
        assert_eq!(rule(&draft("第二天就到了，谢谢！")), "ok");
        assert_eq!(rule(&draft("  ")), "body:required");
        assert_eq!(rule(&draft("好")), "body:too_short");
        assert_eq!(rule(&draft(&"长".repeat(BODY_MAX + 1))), "body:too_long");
        assert_eq!(
            rule(&draft("see http://a.cn http://b.cn http://c.cn")),
            "body:too_many_links"
        );
        assert_eq!(
            rule(&draft("hidden \u{202E}gpj.exe text")),
            "body:malformed"
        );
        assert_eq!(
            rule(&Draft {
                name: " ".into(),
                ..draft("第二天就到了")
            }),
            "name:required"
        );
        assert_eq!(
            rule(&Draft {
                email: "not-an-address".into(),
                ..draft("第二天就到了")
            }),
            "email:malformed"
        );
        assert_eq!(
            rule(&Draft {
                title: "buy at http://spam.cn".into(),
                ..draft("第二天就到了")
            }),
            "title:no_links"
        );
        assert_eq!(
            rule(&Draft {
                board: "".into(),
                ..draft("第二天就到了")
            }),
            "board:required"
        );
        // A member's name comes from the account, whatever the form says.
        let member = checked(
            &Draft {
                name: "".into(),
                ..draft("第二天就到了")
            },
            Some("李雷"),
        );
        assert!(member.is_ok_and(|c| c.name == "李雷" && c.email.is_empty()));
    }

    #[test]
    fn the_same_text_has_the_same_fingerprint_whatever_its_spacing_and_case() {
        assert_eq!(fingerprint("Great shop!!"), fingerprint("great   SHOP"));
        assert_eq!(fingerprint("好 店"), fingerprint("好店。"));
        assert_ne!(fingerprint("Great shop"), fingerprint("Great shops"));
        assert_eq!(key_hash(""), "");
        assert_eq!(key_hash("abc").len(), 64);
    }
}
