//! The audit log: every staff action, written in the same transaction as the change itself, with
//! who did it, from where, when, and the record before and after.

use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::StaffId;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

/// Who acts: a staff member (or the shop itself, for first start and the command line) and the
/// address the request came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub staff: Option<StaffId>,
    pub address: String,
}

impl Actor {
    /// The shop itself (first start, the command line).
    pub fn shop() -> Actor {
        Actor {
            staff: None,
            address: "local".into(),
        }
    }
}

/// One staff action as the log shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    /// The staff member's e-mail; `None` for the shop itself.
    pub staff_email: Option<String>,
    pub action: String,
    pub subject: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub address: String,
}

/// Writes one action to the log on `conn`, inside the caller's transaction.
pub async fn record<T: Serialize>(
    conn: &mut AnyConnection,
    actor: &Actor,
    action: &str,
    subject: &str,
    before: Option<&T>,
    after: Option<&T>,
    now: i64,
) -> DomainResult<()> {
    let json = |v: Option<&T>| v.and_then(|v| serde_json::to_string(v).ok());
    sqlx::query(
        "INSERT INTO audit_log (staff_id, action, subject, before_json, after_json, address, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(actor.staff.map(|s| s.0))
    .bind(action)
    .bind(subject)
    .bind(json(before))
    .bind(json(after))
    .bind(&actor.address)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A page of the log, newest first: `page` counts from 1. Returns the entries and whether an
/// older page exists.
pub async fn page(db: &Db, page: i64, per_page: i64) -> DomainResult<(Vec<AuditEntry>, bool)> {
    let page = page.clamp(1, 100_000);
    let mut entries: Vec<AuditEntry> = sqlx::query_as(&format!(
        "SELECT l.id, l.at, s.email AS staff_email, l.action, l.subject, l.before_json, \
         l.after_json, l.address FROM audit_log l LEFT JOIN staff_accounts s ON s.id = l.staff_id \
         ORDER BY l.id DESC LIMIT {} OFFSET {}",
        per_page + 1,
        (page - 1) * per_page
    ))
    .fetch_all(db.pool())
    .await?;
    let more = entries.len() as i64 > per_page;
    entries.truncate(per_page as usize);
    Ok((entries, more))
}
