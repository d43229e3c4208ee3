//! The guestbook (a public message board): its boards, what a post and the shop's reply look
//! like, and whether posts wait for a moderator. Writing ([`posting`]), reading and searching
//! ([`reading`]), moderating and replying ([`moderation`]) and showing links safely
//! ([`linkify`]) live in the submodules.

pub mod linkify;
pub mod moderation;
pub mod posting;
pub mod reading;

use crate::db::Db;
use crate::error::DomainResult;
use crate::settings;
use serde::{Deserialize, Serialize};

/// The setting that says whether posts wait for a moderator (`pre`) or show at once (`post`).
pub const MODERATION_KEY: &str = "guestbook.moderation";

/// A board (topic) of the guestbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Board {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
}

/// A post as shoppers see it (never the writer's address or browser key).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: i64,
    pub board: String,
    pub name: String,
    pub title: String,
    pub body: String,
    /// `pending`, `visible`, `hidden` or `deleted`.
    pub status: String,
    pub pinned: bool,
    /// Written by a signed-in member (not just a name typed by a guest).
    pub by_member: bool,
    pub created_at: i64,
    pub replies: Vec<Reply>,
}

/// The shop's public answer under a post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Reply {
    pub id: i64,
    pub post_id: i64,
    pub staff_id: i64,
    /// The member of staff who wrote it.
    pub staff_name: String,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
}

/// When posts become visible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Moderation {
    /// Held until a moderator approves them.
    Before,
    /// Visible at once; moderators hide what should not stay.
    After,
}

impl Moderation {
    pub fn code(self) -> &'static str {
        match self {
            Moderation::Before => "pre",
            Moderation::After => "post",
        }
    }

    pub fn parse(code: &str) -> Option<Moderation> {
        match code {
            "pre" => Some(Moderation::Before),
            "post" => Some(Moderation::After),
            _ => None,
        }
    }
}

/// The boards in their order.
pub async fn boards(db: &Db) -> DomainResult<Vec<Board>> {
    Ok(
        sqlx::query_as("SELECT code, name_zh, name_en FROM guestbook_boards ORDER BY position, id")
            .fetch_all(db.pool())
            .await?,
    )
}

/// Whether posts wait for a moderator (the default) or show at once.
pub async fn moderation(db: &Db) -> DomainResult<Moderation> {
    Ok(settings::get(db, MODERATION_KEY)
        .await?
        .as_deref()
        .and_then(Moderation::parse)
        .unwrap_or(Moderation::Before))
}
