//! Drafts: what a shopper typed into a form that was refused when posted without JavaScript,
//! kept a quarter of an hour so the page that comes back shows it again (with JavaScript the
//! page never leaves, so nothing is kept). Each owner has at most one draft per form.

use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::MemberId;
use std::collections::BTreeMap;

/// How long a draft is kept.
pub const KEPT_S: i64 = 15 * 60;

/// The most characters kept of one field (every form's own limits are lower).
pub const FIELD_MAX: usize = 4_000;

/// Field name → the text typed.
pub type Fields = BTreeMap<String, String>;

/// The owner name of a signed-in member's drafts.
pub fn member(id: MemberId) -> String {
    format!("member:{}", id.0)
}

/// The owner name of a guest's drafts, from their browser key's SHA-256; `None` without a key.
pub fn guest(key_hash: &str) -> Option<String> {
    (!key_hash.is_empty()).then(|| format!("guest:{key_hash}"))
}

/// Keeps `fields` as `owner`'s draft of `form` (replacing the one before), and forgets drafts
/// that have expired.
pub async fn keep(
    db: &Db,
    owner: &str,
    form: &str,
    fields: &[(&str, &str)],
    now: i64,
) -> DomainResult<()> {
    let fields: Fields = fields
        .iter()
        .map(|(name, text)| (name.to_string(), text.chars().take(FIELD_MAX).collect()))
        .collect();
    let json = serde_json::to_string(&fields).unwrap_or_default();
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM form_drafts WHERE expires_at <= $1")
        .bind(now)
        .execute(tx.conn())
        .await?;
    sqlx::query(
        "INSERT INTO form_drafts (owner, form, fields, expires_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (owner, form) DO UPDATE SET fields = excluded.fields, \
         expires_at = excluded.expires_at",
    )
    .bind(owner)
    .bind(form)
    .bind(&json)
    .bind(now + KEPT_S)
    .execute(tx.conn())
    .await?;
    tx.commit().await
}

/// `owner`'s draft of `form`, unless it has expired.
pub async fn find(db: &Db, owner: &str, form: &str, now: i64) -> DomainResult<Option<Fields>> {
    let json: Option<String> = sqlx::query_scalar(
        "SELECT fields FROM form_drafts WHERE owner = $1 AND form = $2 AND expires_at > $3",
    )
    .bind(owner)
    .bind(form)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

/// Forgets `owner`'s draft of `form` (the form went through).
pub async fn clear(db: &Db, owner: &str, form: &str) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM form_drafts WHERE owner = $1 AND form = $2")
        .bind(owner)
        .bind(form)
        .execute(tx.conn())
        .await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::each_database;

    #[tokio::test]
    async fn a_draft_comes_back_until_replaced_cleared_or_expired() {
        each_database(|db| async move {
            let now = 1_000_000;
            let me = member(MemberId(7));
            let long = "长".repeat(FIELD_MAX + 10);
            keep(
                &db,
                &me,
                "guestbook",
                &[("title", "配送"), ("body", &long)],
                now,
            )
            .await
            .expect("keep");
            let found = find(&db, &me, "guestbook", now + 1)
                .await
                .expect("find")
                .expect("kept");
            assert_eq!(found["title"], "配送");
            assert_eq!(found["body"].chars().count(), FIELD_MAX);
            // Another form, another owner: nothing.
            assert_eq!(find(&db, &me, "review:1", now).await.expect("find"), None);
            let guest = guest("ab12").expect("a key");
            assert_eq!(
                find(&db, &guest, "guestbook", now).await.expect("find"),
                None
            );
            assert_eq!(super::guest(""), None);
            // Typed again: replaced.
            keep(&db, &me, "guestbook", &[("title", "再来")], now + 2)
                .await
                .expect("keep");
            let found = find(&db, &me, "guestbook", now + 3)
                .await
                .expect("find")
                .expect("kept");
            assert_eq!(found.get("body"), None);
            assert_eq!(found["title"], "再来");
            // Expired: gone, and deleted by the next keep.
            assert_eq!(
                find(&db, &me, "guestbook", now + 2 + KEPT_S)
                    .await
                    .expect("find"),
                None
            );
            keep(
                &db,
                &guest,
                "guestbook",
                &[("title", "x")],
                now + 2 + KEPT_S,
            )
            .await
            .expect("keep");
            let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM form_drafts")
                .fetch_one(db.pool())
                .await
                .expect("count");
            assert_eq!(rows, 1, "the expired draft was deleted");
            // Cleared once the form goes through.
            clear(&db, &guest, "guestbook").await.expect("clear");
            assert_eq!(
                find(&db, &guest, "guestbook", now + 3 + KEPT_S)
                    .await
                    .expect("find"),
                None
            );
        })
        .await;
    }
}
