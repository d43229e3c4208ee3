//! Server functions of the back office's read-only pages: the dashboard's figures, the audit
//! log, the mail outbox and the member directory, each behind its own permission.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a dashboard figure counts (its label).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Figure {
    ProductsOnShelf,
    ProductsSoldOut,
    ProductsNotLive,
    Members,
    MembersJoinedToday,
    MembersVerified,
    SearchesToday,
    SearchesWithoutResults,
    MailsQueued,
    MailsDead,
    StaffPending,
}

/// One line of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    /// `YYYY-MM-DD HH:MM` in the shop's time zone.
    pub at: String,
    /// The staff member's e-mail; `None` for the shop itself.
    pub who: Option<String>,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub address: String,
}

/// A page of something, and whether another follows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub rows: Vec<T>,
    pub page: i64,
    pub more: bool,
}

/// A mail in the outbox as staff see it (without its body).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub kind: String,
    /// `queued`, `sent` or `dead`.
    pub status: String,
    pub tries: i64,
    pub last_error: Option<String>,
    pub created: String,
    pub sent: Option<String>,
}

/// A member in the staff's directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub phone: Option<String>,
    pub verified: bool,
    pub status: String,
    pub joined: String,
    /// The member level, in the page's language.
    pub level: String,
}

/// Rows per page of the audit log and the member directory.
#[cfg(feature = "ssr")]
const PER_PAGE: i64 = 50;

/// The shop's figures as they stand now.
#[server(endpoint = "admin/dashboard")]
pub async fn get_dashboard() -> Result<Vec<(Figure, i64)>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    super::access::require(&db, Permission::Dashboard).await?;
    let f = domain::staff::dashboard::figures(&db, domain::time::now()).await?;
    Ok(vec![
        (Figure::ProductsOnShelf, f.products_on_shelf),
        (Figure::ProductsSoldOut, f.products_sold_out),
        (Figure::ProductsNotLive, f.products_not_live),
        (Figure::Members, f.members),
        (Figure::MembersJoinedToday, f.members_joined_today),
        (Figure::MembersVerified, f.members_verified),
        (Figure::SearchesToday, f.searches_today),
        (
            Figure::SearchesWithoutResults,
            f.searches_today_without_results,
        ),
        (Figure::MailsQueued, f.mails_queued),
        (Figure::MailsDead, f.mails_dead),
        (Figure::StaffPending, f.staff_pending),
    ])
}

/// A page of the audit log, newest first.
#[server(endpoint = "admin/audit")]
pub async fn get_audit_log(page: i64) -> Result<Page<AuditRow>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    super::access::require(&db, Permission::ReadAuditLog).await?;
    let page = page.clamp(1, 100_000);
    let (entries, more) = domain::staff::audit::page(&db, page, PER_PAGE).await?;
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: domain::time::shop_datetime(e.at),
            who: e.staff_email,
            action: e.action,
            subject: e.subject,
            before: e.before_json,
            after: e.after_json,
            address: e.address,
        })
        .collect();
    Ok(Page { rows, page, more })
}

/// The newest 200 mails in the outbox.
#[server(endpoint = "admin/outbox")]
pub async fn get_outbox() -> Result<Vec<OutboxRow>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    super::access::require(&db, Permission::ReadOutbox).await?;
    let mails = domain::notifications::outbox::newest(&db, 200).await?;
    Ok(mails
        .into_iter()
        .map(|m| OutboxRow {
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            kind: m.kind,
            status: m.status,
            tries: m.tries,
            last_error: m.last_error,
            created: domain::time::shop_datetime(m.created_at),
            sent: m.sent_at.map(domain::time::shop_datetime),
        })
        .collect())
}

/// Members whose e-mail or name holds `query`, newest first.
#[server(endpoint = "admin/members")]
pub async fn find_members(query: String, page: i64) -> Result<Page<MemberRow>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    super::access::require(&db, Permission::ReadMembers).await?;
    let page = page.clamp(1, 100_000);
    let (found, more) = domain::members::directory::find(&db, &query, page, PER_PAGE).await?;
    let levels = domain::members::levels::all(&db).await?;
    let lang: domain::locale::Lang = crate::current_locale().into();
    let level = |spend: i64| {
        domain::members::levels::standing(&levels, domain::Money(spend))
            .map(|s| s.level.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let rows = found
        .into_iter()
        .map(|m| MemberRow {
            id: m.id,
            email: m.email,
            name: m.name,
            phone: m.phone,
            verified: m.verified,
            status: m.status,
            joined: domain::time::shop_date(m.joined_at),
            level: level(m.paid_spend),
        })
        .collect();
    Ok(Page { rows, page, more })
}
