//! The feedback form's server function: a honeypot field, a minimum fill time and 5 messages
//! an hour per network address keep robots out; the domain checks the rest.

use crate::error::AppError;
use leptos::prelude::*;

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
    use crate::account::api::on_server::{client_address, letterhead, session, within, Holder};
    use domain::rate_limit::{self, CONTACT_MESSAGES};
    if !website.is_empty() {
        return Ok(0);
    }
    crate::server::human_pace(started)?;
    let now = domain::time::now();
    let db = crate::server::db()?;
    let key = format!("contact:{}", client_address());
    within(&db, &key, CONTACT_MESSAGES).await?;
    let member = match session::current(&db).await? {
        Some(Holder::Member(id)) => Some(id),
        _ => None,
    };
    let language = match crate::current_locale() {
        crate::i18n::Locale::En => "en",
        crate::i18n::Locale::ZhCn => "zh-CN",
    };
    let form = domain::contact::Feedback {
        topic,
        name,
        email,
        body,
        page,
        language: language.into(),
    };
    let head = letterhead(&db).await?;
    let id = domain::contact::submit(&db, &form, member, &head, now).await?;
    rate_limit::count(&db, &key, CONTACT_MESSAGES, now).await?;
    Ok(id)
}

/// The server's clock, for the form's fill time.
#[server(endpoint = "contact/clock")]
pub async fn form_clock() -> Result<i64, AppError> {
    Ok(domain::time::now())
}
