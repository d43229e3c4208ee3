//! Server functions of the staff inbox (permission `AnswerMessages`): the feedback form's
//! messages by status, and marking one answered or new again.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A message as the inbox shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxRow {
    pub id: i64,
    pub topic: String,
    pub name: String,
    pub email: String,
    pub body: String,
    pub page: String,
    pub status: String,
    pub received: String,
    pub answered: Option<String>,
}

/// The newest 200 messages with `status` (`new`, `answered`, or all for anything else).
#[server(endpoint = "admin/inbox")]
pub async fn get_inbox(status: String) -> Result<Vec<InboxRow>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    super::access::require(&db, Permission::AnswerMessages).await?;
    let status = match status.as_str() {
        "new" | "answered" => status.as_str(),
        _ => "",
    };
    let messages = domain::contact::inbox(&db, status, 200).await?;
    Ok(messages
        .into_iter()
        .map(|m| InboxRow {
            id: m.id,
            topic: m.topic,
            name: m.name,
            email: m.email,
            body: m.body,
            page: m.page,
            status: m.status,
            received: domain::time::shop_datetime(m.created_at),
            answered: m.answered_at.map(domain::time::shop_datetime),
        })
        .collect())
}

/// Marks message `id` answered (`answered` = true) or new again.
#[server(endpoint = "admin/inbox/mark")]
pub async fn mark_message(id: i64, answered: bool) -> Result<(), AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::AnswerMessages).await?;
    domain::contact::mark(&db, &access.actor(), id, answered, domain::time::now()).await?;
    Ok(())
}
