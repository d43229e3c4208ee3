//! The member list staff look members up in: newest first, narrowed by a piece of the e-mail
//! address or the name. Never shows password hashes.

use crate::db::Db;
use crate::error::DomainResult;
use serde::{Deserialize, Serialize};

/// A member as the staff's list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub phone: Option<String>,
    pub verified: bool,
    pub status: String,
    pub joined_at: i64,
    /// What the member has paid in all (fen): their level follows from it.
    pub paid_spend: i64,
}

/// id, email, name, phone, verified at, status, joined at, paid spend.
type Row = (
    i64,
    String,
    String,
    Option<String>,
    Option<i64>,
    String,
    i64,
    i64,
);

/// A page of members (from 1) whose e-mail or name holds `query` (any, when blank); and
/// whether there is another page.
pub async fn find(
    db: &Db,
    query: &str,
    page: i64,
    per_page: i64,
) -> DomainResult<(Vec<Listed>, bool)> {
    let page = page.clamp(1, 100_000);
    let needle: String = query.trim().to_lowercase().chars().take(100).collect();
    let pattern = format!("%{}%", escape_like(&needle));
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT id, email, display_name, phone, email_verified_at, status, created_at, paid_spend \
             FROM members WHERE $1 = '' OR email LIKE $2 ESCAPE '\\' \
             OR LOWER(display_name) LIKE $2 ESCAPE '\\' \
             ORDER BY id DESC LIMIT {} OFFSET {}",
        per_page + 1,
        (page - 1) * per_page
    ))
    .bind(&needle)
    .bind(&pattern)
    .fetch_all(db.pool())
    .await?;
    let more = rows.len() as i64 > per_page;
    let listed = rows
        .into_iter()
        .take(per_page as usize)
        .map(
            |(id, email, name, phone, verified_at, status, joined_at, paid_spend)| Listed {
                id,
                email,
                name,
                phone,
                verified: verified_at.is_some(),
                status,
                joined_at,
                paid_spend,
            },
        )
        .collect();
    Ok((listed, more))
}

/// `text` with LIKE's wildcards and the escape character taken literally.
fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn wildcards_are_taken_literally() {
        assert_eq!(super::escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
