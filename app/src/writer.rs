//! Who writes in the public forms (the guestbook, the feedback form): a guest's browser gets a
//! random key (an HttpOnly cookie) so they see their own posts while those wait, and so a form
//! refused without JavaScript can come back with what was typed (a draft kept by the server,
//! `domain::drafts`; nothing typed goes into an address).

/// The cookie holding a guest writer's browser key.
pub const BROWSER_KEY_COOKIE: &str = "writer_key";

#[cfg(feature = "ssr")]
pub mod on_server {
    use super::BROWSER_KEY_COOKIE;
    use crate::error::AppError;
    use domain::drafts::{self, Fields};
    use domain::ids::MemberId;
    use domain::Db;

    /// The guest's browser key, if their browser has a well-formed one.
    pub fn browser_key() -> Option<String> {
        crate::server::cookie(BROWSER_KEY_COOKIE)
            .filter(|k| k.len() == 64 && k.chars().all(|c| c.is_ascii_hexdigit()))
    }

    /// The browser's key (`known`, as read by [`browser_key`]), given one (in the response's
    /// cookie) when it has none.
    pub fn browser_key_or_new(known: Option<String>) -> String {
        let key = known.unwrap_or_else(domain::guestbook::posting::new_browser_key);
        crate::server::remember(BROWSER_KEY_COOKIE, &key);
        key
    }

    /// Whose drafts these are: the member's, else the guest browser's (`None` without a key).
    pub fn draft_owner(member: Option<MemberId>, browser_key: Option<&str>) -> Option<String> {
        match (member, browser_key) {
            (Some(id), _) => Some(drafts::member(id)),
            (None, Some(key)) => drafts::guest(&domain::guestbook::posting::key_hash(key)),
            (None, None) => None,
        }
    }

    /// After a form was sent: a refused one posted without JavaScript (`plain_form`) is kept
    /// as `owner`'s draft of `form`; a taken one forgets the draft. A draft that cannot be
    /// kept costs only the convenience: the form's own answer stands.
    pub async fn settle(
        db: &Db,
        owner: Option<&str>,
        form: &str,
        taken: bool,
        plain_form: bool,
        typed: &[(&str, &str)],
    ) {
        let Some(owner) = owner else {
            return;
        };
        let settled = if taken {
            drafts::clear(db, owner, form).await
        } else if plain_form {
            drafts::keep(db, owner, form, typed, domain::time::now()).await
        } else {
            Ok(())
        };
        if let Err(error) = settled {
            tracing::warn!(%error, form, "draft not kept");
        }
    }

    /// `owner`'s draft of `form`, if a refused form left one.
    pub async fn draft(db: &Db, owner: Option<String>, form: &str) -> Result<Fields, AppError> {
        Ok(match owner {
            Some(owner) => drafts::find(db, &owner, form, domain::time::now())
                .await?
                .unwrap_or_default(),
            None => Fields::default(),
        })
    }
}
