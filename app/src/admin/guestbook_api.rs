//! Server functions of guestbook moderation (permission `Moderate`): posts by status, a
//! moderator's decision, the shop's answer and its author's edit, and the moderation mode.

use crate::error::AppError;
use crate::guestbook::api::PostView;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A post as moderators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldPost {
    pub post: PostView,
    /// Hidden, deleted or waiting (the public status the page shows).
    pub status: String,
    pub email: String,
}

/// The moderation page's contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationView {
    pub posts: Vec<HeldPost>,
    /// `pre` or `post`.
    pub mode: String,
    pub waiting: i64,
    /// The moderator looking (only their own answers get an edit box).
    pub me: i64,
}

/// The newest 200 posts with `status` (`pending` when unknown).
#[server(endpoint = "admin/guestbook")]
pub async fn get_moderation(status: String) -> Result<ModerationView, AppError> {
    use crate::guestbook::api::on_server::post_view;
    use domain::guestbook::{self, moderation};
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    let status = match status.as_str() {
        "visible" | "hidden" | "deleted" => status.as_str(),
        _ => "pending",
    };
    let boards = guestbook::boards(&db).await?;
    let posts = moderation::queue(&db, status, 200)
        .await?
        .into_iter()
        .map(|held| HeldPost {
            status: held.post.status.clone(),
            post: post_view(held.post, &boards),
            email: held.email,
        })
        .collect();
    Ok(ModerationView {
        posts,
        mode: guestbook::moderation(&db).await?.code().into(),
        waiting: moderation::waiting(&db).await?,
        me: access.actor().staff.map_or(0, |s| s.0),
    })
}

/// Applies `decision` (`approve`, `hide`, `pin`, `unpin`, `delete`) to post `id`.
#[server(endpoint = "admin/guestbook/decide")]
pub async fn decide_post(id: i64, decision: String) -> Result<(), AppError> {
    use domain::guestbook::moderation::{self, Decision};
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    let decision = Decision::parse(&decision).ok_or_else(|| AppError::Invalid {
        field: "decision".into(),
        rule: "unknown".into(),
    })?;
    moderation::decide(&db, &access.actor(), id, decision, domain::time::now()).await?;
    Ok(())
}

/// The shop answers post `id` in public.
#[server(endpoint = "admin/guestbook/reply")]
pub async fn reply_to_post(id: i64, body: String) -> Result<(), AppError> {
    use crate::account::api::on_server::letterhead;
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    let head = letterhead(&db).await?;
    let now = domain::time::now();
    domain::guestbook::moderation::reply(&db, &access.actor(), id, &body, &head, now).await?;
    Ok(())
}

/// A moderator rewrites their own answer `id`.
#[server(endpoint = "admin/guestbook/edit-reply")]
pub async fn edit_reply(id: i64, body: String) -> Result<(), AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    let now = domain::time::now();
    domain::guestbook::moderation::edit_reply(&db, &access.actor(), id, &body, now).await?;
    Ok(())
}

/// Chooses pre-moderation (`pre`) or post-moderation (`post`).
#[server(endpoint = "admin/guestbook/mode")]
pub async fn set_moderation_mode(mode: String) -> Result<(), AppError> {
    use domain::guestbook::{moderation, Moderation};
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    let mode = Moderation::parse(&mode).ok_or_else(|| AppError::Invalid {
        field: "mode".into(),
        rule: "unknown".into(),
    })?;
    moderation::set_moderation(&db, &access.actor(), mode, domain::time::now()).await?;
    Ok(())
}
