//! The feedback form's messages: checked (length, at most a few links, a known topic, a page
//! of this site), stored, mailed to the staff whose role answers the topic (administrators
//! when nobody holds it), acknowledged to the sender when they gave an address, and kept in
//! the staff inbox until someone marks them answered.

pub mod mails;

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{MemberId, StaffId};
use crate::members::fields;
use crate::notifications::outbox;
use crate::notifications::templates::Letterhead;
use crate::staff::audit::{self, Actor};
use crate::staff::Role;
use serde::{Deserialize, Serialize};

/// Most characters in a message.
pub const BODY_MAX: usize = 2_000;
/// Fewest characters in a message.
pub const BODY_MIN: usize = 5;
/// Most links in a message (spam carries many).
pub const LINKS_MAX: usize = 3;

/// What a message is about; it decides who gets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    Order,
    Delivery,
    Payment,
    Product,
    Site,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::Order,
        Topic::Delivery,
        Topic::Payment,
        Topic::Product,
        Topic::Site,
        Topic::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Topic::Order => "order",
            Topic::Delivery => "delivery",
            Topic::Payment => "payment",
            Topic::Product => "product",
            Topic::Site => "site",
            Topic::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The department that answers it.
    pub fn role(self) -> Role {
        match self {
            Topic::Order | Topic::Other => Role::CustomerService,
            Topic::Delivery => Role::Warehouse,
            Topic::Payment => Role::Finance,
            Topic::Product => Role::Operations,
            Topic::Site => Role::Editor,
        }
    }
}

/// The form as typed.
#[derive(Clone, Debug, Default)]
pub struct Feedback {
    pub topic: String,
    pub name: String,
    pub email: String,
    pub body: String,
    pub page: String,
    pub language: String,
}

/// A message in the staff inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Message {
    pub id: i64,
    pub topic: String,
    pub name: String,
    pub email: String,
    pub body: String,
    pub page: String,
    pub status: String,
    pub created_at: i64,
    pub answered_at: Option<i64>,
}

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

/// The links in `text` (`http://`, `https://`, `www.`).
pub fn links_in(text: &str) -> usize {
    let lower = text.to_lowercase();
    ["http://", "https://", "www."]
        .iter()
        .map(|p| lower.matches(p).count())
        .sum::<usize>()
        - lower.matches("://www.").count()
}

/// Checks the form; the cleaned topic, name, address, body and page.
fn checked(form: &Feedback) -> DomainResult<(Topic, String, String, String, String)> {
    let topic = Topic::parse(form.topic.trim()).ok_or(invalid("topic", "required"))?;
    let name = form.name.trim();
    let name = if name.is_empty() {
        String::new()
    } else {
        fields::name(name)?
    };
    let email = if form.email.trim().is_empty() {
        String::new()
    } else {
        fields::email(&form.email)?
    };
    let body = fields::passage("body", &form.body, BODY_MIN, BODY_MAX)?;
    if links_in(&body) > LINKS_MAX {
        return Err(invalid("body", "too_many_links"));
    }
    // Only a path on this site; anything else is dropped rather than refused (it is context).
    let page = form.page.trim();
    let page = if page.starts_with('/')
        && !page.starts_with("//")
        && page.chars().count() <= 300
        && !page.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        page.to_string()
    } else {
        String::new()
    };
    Ok((topic, name, email, body, page))
}

/// Takes a message: stores it, mails the topic's staff and acknowledges it to the sender, in
/// one transaction. The message's id.
pub async fn submit(
    db: &Db,
    form: &Feedback,
    member: Option<MemberId>,
    head: &Letterhead,
    now: i64,
) -> DomainResult<i64> {
    let (topic, name, email, body, page) = checked(form)?;
    let language = if form.language == "en" { "en" } else { "zh-CN" };
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO contact_messages (topic, name, email, body, page, member_id, language, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(topic.code())
    .bind(&name)
    .bind(&email)
    .bind(&body)
    .bind(&page)
    .bind(member.map(|m| m.0))
    .bind(language)
    .bind(now)
    .fetch_one(tx.conn())
    .await?;
    let staff = recipients(tx.conn(), topic.role()).await?;
    let message = Message {
        id,
        topic: topic.code().into(),
        name,
        email: email.clone(),
        body,
        page,
        status: "new".into(),
        created_at: now,
        answered_at: None,
    };
    for to in &staff {
        outbox::enqueue(tx.conn(), &mails::to_staff(to, &message, head), now).await?;
    }
    if !email.is_empty() {
        outbox::enqueue(
            tx.conn(),
            &mails::acknowledgement(&email, language, id, head),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// The active staff holding `role`, else the active administrators.
async fn recipients(conn: &mut sqlx::AnyConnection, role: Role) -> DomainResult<Vec<String>> {
    for role in [role, Role::Administrator] {
        let found: Vec<String> = sqlx::query_scalar(
            "SELECT a.email FROM staff_accounts a JOIN staff_roles r ON r.staff_id = a.id \
             WHERE r.role = $1 AND a.status = 'active' ORDER BY a.id",
        )
        .bind(role.code())
        .fetch_all(&mut *conn)
        .await?;
        if !found.is_empty() {
            return Ok(found);
        }
    }
    Ok(Vec::new())
}

/// The inbox: messages with `status` (`new`, `answered`, or every one for `""`), newest first.
pub async fn inbox(db: &Db, status: &str, at_most: i64) -> DomainResult<Vec<Message>> {
    Ok(sqlx::query_as(&format!(
        "SELECT id, topic, name, email, body, page, status, created_at, answered_at \
         FROM contact_messages WHERE ($1 = '' OR status = $1) ORDER BY id DESC LIMIT {}",
        at_most.clamp(1, 500)
    ))
    .bind(status)
    .fetch_all(db.pool())
    .await?)
}

/// Staff mark message `id` answered (or new again, `answered` = false); audit-logged.
pub async fn mark(db: &Db, who: &Actor, id: i64, answered: bool, now: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let before: Option<String> =
        sqlx::query_scalar("SELECT status FROM contact_messages WHERE id = $1")
            .bind(id)
            .fetch_optional(tx.conn())
            .await?;
    let before = before.ok_or(DomainError::NotFound)?;
    let after = if answered { "answered" } else { "new" };
    sqlx::query(
        "UPDATE contact_messages SET status = $1, answered_at = $2, answered_by = $3 WHERE id = $4",
    )
    .bind(after)
    .bind(answered.then_some(now))
    .bind(if answered {
        who.staff.map(|s: StaffId| s.0)
    } else {
        None
    })
    .bind(id)
    .execute(tx.conn())
    .await?;
    audit::record(
        tx.conn(),
        who,
        "contact.mark",
        &format!("contact_message:{id}"),
        Some(&before),
        Some(&after.to_string()),
        now,
    )
    .await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(body: &str) -> Feedback {
        Feedback {
            topic: "order".into(),
            body: body.into(),
            ..Feedback::default()
        }
    }

    #[test]
    fn forms_are_checked_by_field() {
        let rule = |f: &Feedback| match checked(f) {
            Err(DomainError::Invalid { field, rule }) => format!("{field}:{rule}"),
            Ok(_) => "ok".into(),
            Err(e) => panic!("{e}"),
        };
        assert_eq!(rule(&form("Where is my parcel?")), "ok");
        assert_eq!(rule(&form("  ")), "body:required");
        assert_eq!(rule(&form("hi")), "body:too_short");
        assert_eq!(rule(&form(&"x".repeat(BODY_MAX + 1))), "body:too_long");
        // A line break a browser sends as \r\n is one character typed.
        let lines = format!(
            "{}\r\n{}",
            "x".repeat(BODY_MAX / 2),
            "y".repeat(BODY_MAX / 2 - 1)
        );
        assert_eq!(rule(&form(&lines)), "ok");
        assert_eq!(
            rule(&form("spam http://a.cn https://b.cn www.c.cn http://d.cn")),
            "body:too_many_links"
        );
        assert_eq!(
            rule(&form("two https://www.a.cn and www.b.cn are fine")),
            "ok"
        );
        assert_eq!(rule(&form("bad \u{202E}txt.exe")), "body:malformed");
        assert_eq!(
            rule(&Feedback {
                topic: "spam".into(),
                ..form("Hello there")
            }),
            "topic:required"
        );
        assert_eq!(
            rule(&Feedback {
                email: "nope".into(),
                ..form("Hello there")
            }),
            "email:malformed"
        );
        let (_, _, email, _, page) = checked(&Feedback {
            email: " Me@Shop.CN ".into(),
            page: "//evil.example/x".into(),
            ..form("Hello there")
        })
        .expect("ok");
        assert_eq!((email.as_str(), page.as_str()), ("me@shop.cn", ""));
        let (_, _, _, _, page) = checked(&Feedback {
            page: "/product/oxford?x=1".into(),
            ..form("Hello there")
        })
        .expect("ok");
        assert_eq!(page, "/product/oxford?x=1");
    }

    #[test]
    fn every_topic_has_a_department() {
        for topic in Topic::ALL {
            assert_eq!(Topic::parse(topic.code()), Some(topic));
            assert_ne!(topic.role(), Role::Marketing);
        }
    }
}
