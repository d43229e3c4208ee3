//! The feedback form's server functions: a honeypot field, a minimum fill time and 5 messages
//! an hour per network address keep robots out; the domain checks the rest. A message refused
//! without JavaScript is kept as a draft (`crate::writer`) for the page it goes back to.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The drafts' name for the feedback form.
#[cfg(feature = "ssr")]
const DRAFT_FORM: &str = "contact";

/// What the form starts with: the server's clock (the fill time starts here) and what a
/// refused message had, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
    pub started: i64,
    pub topic: String,
    pub name: String,
    pub email: String,
    pub body: String,
}

/// Sends a feedback message; its number. `website` is a honeypot (left empty by people; a
/// robot that fills it is thanked and ignored) and `started` the time the form was shown.
#[server(endpoint = "contact/send")]
#[allow(clippy::too_many_arguments)]
pub async fn send_feedback(
    topic: String,
    name: String,
    email: String,
    body: String,
    page: String,
    website: String,
    started: i64,
) -> Result<i64, AppError> {
    use crate::account::api::on_server::{client_address, session, Holder};
    use crate::writer::on_server::{browser_key, browser_key_or_new, draft_owner, settle};
    if !website.is_empty() {
        return Ok(0);
    }
    // Everything the request carries is read before the first await.
    let db = crate::server::db()?;
    let address = client_address();
    let plain_form = crate::server::asks_for_page();
    let known_key = browser_key();
    let language = match crate::current_locale() {
        crate::i18n::Locale::En => "en",
        crate::i18n::Locale::ZhCn => "zh-CN",
    };
    let member = match session::current(&db).await? {
        Some(Holder::Member(id)) => Some(id),
        _ => None,
    };
    // A guest posting without JavaScript needs a key for their draft.
    let key = match (member, plain_form) {
        (None, true) => Some(browser_key_or_new(known_key)),
        _ => known_key,
    };
    let form = domain::contact::Feedback {
        topic,
        name,
        email,
        body,
        page,
        language: language.into(),
    };
    let outcome = submit(&db, &form, member, &address, started).await;
    let typed = [
        ("topic", form.topic.as_str()),
        ("name", &form.name),
        ("email", &form.email),
        ("body", &form.body),
    ];
    let owner = draft_owner(member, key.as_deref());
    settle(
        &db,
        owner.as_deref(),
        DRAFT_FORM,
        outcome.is_ok(),
        plain_form,
        &typed,
    )
    .await;
    // Without JavaScript the page that comes back says the message was taken.
    if let (Ok(id), true) = (&outcome, plain_form) {
        leptos_axum::redirect(&format!("/contact?sent={id}"));
    }
    outcome
}

/// The checks a person's message passes (fill time, the limit, the domain's), then the message.
#[cfg(feature = "ssr")]
async fn submit(
    db: &domain::Db,
    form: &domain::contact::Feedback,
    member: Option<domain::ids::MemberId>,
    address: &str,
    started: i64,
) -> Result<i64, AppError> {
    use crate::account::api::on_server::{letterhead, within};
    use domain::rate_limit::{self, CONTACT_MESSAGES};
    crate::server::human_pace(started)?;
    let now = domain::time::now();
    let key = format!("contact:{address}");
    within(db, &key, CONTACT_MESSAGES).await?;
    let head = letterhead(db).await?;
    let id = domain::contact::submit(db, form, member, &head, now).await?;
    rate_limit::count(db, &key, CONTACT_MESSAGES, now).await?;
    Ok(id)
}

/// The server's clock, for the form's fill time, and what a refused message had.
#[server(endpoint = "contact/start")]
pub async fn form_start() -> Result<Opening, AppError> {
    use crate::account::api::on_server::{session, Holder};
    use crate::writer::on_server::{browser_key, draft, draft_owner};
    let db = crate::server::db()?;
    let key = browser_key();
    let member = match session::current(&db).await? {
        Some(Holder::Member(id)) => Some(id),
        _ => None,
    };
    let mut typed = draft(&db, draft_owner(member, key.as_deref()), DRAFT_FORM).await?;
    let mut take = |name: &str| typed.remove(name).unwrap_or_default();
    Ok(Opening {
        started: domain::time::now(),
        topic: take("topic"),
        name: take("name"),
        email: take("email"),
        body: take("body"),
    })
}
