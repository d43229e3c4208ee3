//! Newsletter server functions: the sign-up box (rate-limited per network address and per
//! e-mail address, with a honeypot field), the confirm and unsubscribe pages' buttons, and the
//! member's own setting.

use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::account::api::on_server::{client_address, letterhead, session, within, Holder},
    crate::server::db,
    domain::newsletter::{self, Origin, SignUp, Source},
    domain::rate_limit::{self, NEWSLETTER_MAILS, NEWSLETTER_SIGNUPS},
};

/// Asks to put `email` on the list from the box `form` (`home` or `footer`) on `page`. The
/// answer is the same whether or not the address was on the list already. `website` is a
/// honeypot: people leave it empty, and a filled one is thanked and ignored.
#[server(endpoint = "newsletter/subscribe")]
pub async fn subscribe_newsletter(
    email: String,
    form: String,
    page: String,
    website: String,
) -> Result<(), AppError> {
    if !website.is_empty() {
        return Ok(());
    }
    let db = db()?;
    let now = domain::time::now();
    let place = format!("newsletter-ip:{}", client_address());
    within(&db, &place, NEWSLETTER_SIGNUPS).await?;
    let address = domain::members::fields::email(&email)?;
    let mailbox = format!("newsletter-mail:{address}");
    within(&db, &mailbox, NEWSLETTER_MAILS).await?;
    rate_limit::count(&db, &place, NEWSLETTER_SIGNUPS, now).await?;
    let member = match session::current(&db).await? {
        Some(Holder::Member(id)) => Some(id),
        _ => None,
    };
    let language = match crate::current_locale() {
        crate::i18n::Locale::En => "en",
        crate::i18n::Locale::ZhCn => "zh-CN",
    };
    let page: String = page.chars().take(300).collect();
    let origin = Origin {
        source: Source::of_form(&form),
        page: &page,
    };
    let head = letterhead(&db).await?;
    if newsletter::sign_up(&db, &address, language, member, &origin, &head, now).await?
        == SignUp::ConfirmationSent
    {
        rate_limit::count(&db, &mailbox, NEWSLETTER_MAILS, now).await?;
    }
    Ok(())
}

/// The confirm page's button: the mailed token puts the address on the list.
#[server(endpoint = "newsletter/confirm")]
pub async fn confirm_newsletter(token: String) -> Result<(), AppError> {
    let db = db()?;
    let head = letterhead(&db).await?;
    newsletter::confirm(&db, &token, &head, domain::time::now()).await?;
    Ok(())
}

/// The unsubscribe page's button: the signed token takes the address off the list.
#[server(endpoint = "newsletter/unsubscribe")]
pub async fn unsubscribe_newsletter(token: String) -> Result<(), AppError> {
    let db = db()?;
    newsletter::unsubscribe(&db, &token, Source::MailLink, domain::time::now()).await?;
    Ok(())
}

/// The signed-in member's place on the list: `none`, `pending`, `subscribed` or
/// `unsubscribed`; `None` when nobody is signed in.
#[server(endpoint = "newsletter/mine")]
pub async fn my_newsletter() -> Result<Option<String>, AppError> {
    use domain::newsletter::Status;
    let db = db()?;
    let Some(Holder::Member(member)) = session::current(&db).await? else {
        return Ok(None);
    };
    Ok(Some(
        match newsletter::member_status(&db, member).await? {
            None => "none",
            Some(Status::Pending) => "pending",
            Some(Status::Subscribed) => "subscribed",
            Some(Status::Unsubscribed) => "unsubscribed",
        }
        .to_string(),
    ))
}

/// The member subscribes (`subscribe` = true) or leaves; the new place on the list.
#[server(endpoint = "newsletter/set-mine")]
pub async fn set_my_newsletter(subscribe: bool) -> Result<String, AppError> {
    let db = db()?;
    let member = session::member(&db).await?;
    let now = domain::time::now();
    if !subscribe {
        newsletter::member_leave(&db, member, now).await?;
        return Ok("unsubscribed".into());
    }
    let key = format!("newsletter-member:{member}");
    within(&db, &key, NEWSLETTER_MAILS).await?;
    rate_limit::count(&db, &key, NEWSLETTER_MAILS, now).await?;
    let head = letterhead(&db).await?;
    Ok(
        match newsletter::member_sign_up(&db, member, &head, now).await? {
            SignUp::ConfirmationSent => "pending",
            SignUp::AlreadySubscribed | SignUp::Subscribed => "subscribed",
        }
        .to_string(),
    )
}
