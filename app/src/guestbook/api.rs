//! The guestbook's server functions: a page of posts (by board, by search), one post, and
//! posting. Posting keeps robots out with a honeypot field, a minimum fill time and rate
//! limits per network address and per member; the domain checks the rest. A guest's browser
//! gets a random key (`crate::writer`) so they see their own posts while those wait.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Text or a link, as the page shows it (links only to `http(s)` addresses).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkedRun {
    Text(String),
    Link(String),
}

/// A post as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostView {
    pub id: i64,
    pub board: String,
    pub board_name: String,
    pub name: String,
    pub by_member: bool,
    pub title: String,
    pub body: Vec<LinkedRun>,
    pub waiting: bool,
    pub pinned: bool,
    pub when: String,
    pub replies: Vec<ReplyView>,
}

/// The shop's answer under a post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyView {
    pub id: i64,
    pub staff_id: i64,
    pub staff_name: String,
    pub body: Vec<LinkedRun>,
    /// The text as typed (for its author's edit box).
    pub text: String,
    pub when: String,
    pub edited: bool,
}

/// A board in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardView {
    pub code: String,
    pub name: String,
}

/// A page of the guestbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestbookView {
    pub boards: Vec<BoardView>,
    pub posts: Vec<PostView>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The signed-in member's name (they post under it), else `None`.
    pub member_name: Option<String>,
    /// The server's clock when the page was made (the form's fill time starts here).
    pub started: i64,
    /// What the reader typed into a form refused without JavaScript, to fill the form again.
    pub draft: Option<Typed>,
}

/// The writing form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Typed {
    pub board: String,
    pub name: String,
    pub email: String,
    pub title: String,
    pub body: String,
}

/// The drafts' name for the guestbook's form.
#[cfg(feature = "ssr")]
const DRAFT_FORM: &str = "guestbook";

/// What became of a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posted {
    pub id: i64,
    pub held: bool,
}

#[cfg(feature = "ssr")]
pub(crate) mod on_server {
    use super::*;
    use crate::account::api::on_server::{session, Holder};
    use domain::guestbook::{self, linkify, reading::Reader};

    pub fn runs(text: &str) -> Vec<LinkedRun> {
        linkify::segments(text)
            .into_iter()
            .map(|s| match s {
                linkify::Segment::Text(t) => LinkedRun::Text(t),
                linkify::Segment::Link(l) => LinkedRun::Link(l),
            })
            .collect()
    }

    pub fn board_name(board: &guestbook::Board) -> String {
        match crate::current_locale() {
            crate::i18n::Locale::En => board.name_en.clone(),
            crate::i18n::Locale::ZhCn => board.name_zh.clone(),
        }
    }

    pub fn post_view(post: guestbook::Post, boards: &[guestbook::Board]) -> PostView {
        let board_name = boards
            .iter()
            .find(|b| b.code == post.board)
            .map(board_name)
            .unwrap_or_default();
        PostView {
            id: post.id,
            board: post.board,
            board_name,
            name: post.name,
            by_member: post.by_member,
            title: post.title,
            body: runs(&post.body),
            waiting: post.status == "pending",
            pinned: post.pinned,
            when: domain::time::shop_datetime(post.created_at),
            replies: post
                .replies
                .into_iter()
                .map(|r| ReplyView {
                    id: r.id,
                    staff_id: r.staff_id,
                    staff_name: r.staff_name,
                    body: runs(&r.body),
                    text: r.body,
                    when: domain::time::shop_datetime(r.created_at),
                    edited: r.edited_at.is_some(),
                })
                .collect(),
        }
    }

    /// Who reads: the signed-in member, and the guest's browser key.
    pub async fn reader(db: &domain::Db) -> Result<(Reader, Option<i64>), AppError> {
        let key = crate::writer::on_server::browser_key().unwrap_or_default();
        let member = match session::current(db).await? {
            Some(Holder::Member(id)) => Some(id.0),
            _ => None,
        };
        let reader = Reader {
            member,
            key_hash: domain::guestbook::posting::key_hash(&key),
        };
        Ok((reader, member))
    }

    /// The reader's draft of the form, if a refused post left one.
    pub async fn typed(db: &domain::Db, owner: Option<String>) -> Result<Option<Typed>, AppError> {
        let mut fields = crate::writer::on_server::draft(db, owner, DRAFT_FORM).await?;
        if fields.is_empty() {
            return Ok(None);
        }
        let mut take = |name: &str| fields.remove(name).unwrap_or_default();
        Ok(Some(Typed {
            board: take("board"),
            name: take("name"),
            email: take("email"),
            title: take("title"),
            body: take("body"),
        }))
    }
}

/// Page `page` of the guestbook, of `board` (every board for ""), matching `q`.
#[server(endpoint = "guestbook/page")]
pub async fn get_guestbook(board: String, q: String, page: i64) -> Result<GuestbookView, AppError> {
    use crate::writer::on_server::{browser_key, draft_owner};
    use domain::guestbook::{self, reading};
    use on_server::*;
    let db = crate::server::db()?;
    let key = browser_key();
    let (reader, member) = reader(&db).await?;
    let owner = draft_owner(member.map(domain::ids::MemberId), key.as_deref());
    let draft = typed(&db, owner).await?;
    let boards = guestbook::boards(&db).await?;
    let board = if boards.iter().any(|b| b.code == board) {
        board
    } else {
        String::new()
    };
    let found = reading::page(&db, &reader, &board, &q, page).await?;
    let pages = (found.total + reading::PAGE_SIZE - 1) / reading::PAGE_SIZE;
    let member_name = match member {
        Some(id) => {
            Some(domain::guestbook::posting::member_name(&db, domain::ids::MemberId(id)).await?)
        }
        None => None,
    };
    Ok(GuestbookView {
        posts: found
            .posts
            .into_iter()
            .map(|p| post_view(p, &boards))
            .collect(),
        boards: boards
            .iter()
            .map(|b| BoardView {
                code: b.code.clone(),
                name: board_name(b),
            })
            .collect(),
        total: found.total,
        page: page.clamp(1, pages.max(1)),
        pages,
        member_name,
        started: domain::time::now(),
        draft,
    })
}

/// Post `id`, if the reader may see it.
#[server(endpoint = "guestbook/post")]
pub async fn get_guestbook_post(id: i64) -> Result<Option<PostView>, AppError> {
    use on_server::*;
    let db = crate::server::db()?;
    let (reader, _) = reader(&db).await?;
    let boards = domain::guestbook::boards(&db).await?;
    Ok(domain::guestbook::reading::post(&db, &reader, id)
        .await?
        .map(|p| post_view(p, &boards)))
}

/// Writes a post. `website` is a honeypot (people leave it empty; a robot that fills it is
/// thanked and ignored) and `started` the time the form was shown. Guests post at most 5
/// times an hour from one network address; members 10 times a day per account. A form posted
/// without JavaScript that is refused keeps what was typed as a draft for the page it returns to.
#[server(endpoint = "guestbook/write")]
#[allow(clippy::too_many_arguments)]
pub async fn write_post(
    board: String,
    #[server(default)] name: String,
    #[server(default)] email: String,
    title: String,
    body: String,
    website: String,
    started: i64,
) -> Result<Posted, AppError> {
    use crate::account::api::on_server::{client_address, session, Holder};
    use domain::guestbook::posting::{Draft, Writer};
    use domain::rate_limit::{
        GUESTBOOK_MEMBER_POSTS_PER_ADDRESS, GUESTBOOK_POSTS, GUESTBOOK_POSTS_PER_MEMBER,
    };
    if !website.is_empty() {
        return Ok(Posted { id: 0, held: true });
    }
    // Everything the request carries is read before the first await.
    let db = crate::server::db()?;
    let address = client_address();
    let plain_form = crate::server::asks_for_page();
    let known_key = crate::writer::on_server::browser_key();
    let language = match crate::current_locale() {
        crate::i18n::Locale::En => "en",
        crate::i18n::Locale::ZhCn => "zh-CN",
    };
    // Guests are counted by network address; members by account, and loosely by address.
    let (writer, limits) = match session::current(&db).await? {
        Some(Holder::Member(id)) => (
            Writer::Member(id),
            vec![
                (
                    format!("guestbook-member:{}", id.0),
                    GUESTBOOK_POSTS_PER_MEMBER,
                ),
                (
                    format!("guestbook-members:{address}"),
                    GUESTBOOK_MEMBER_POSTS_PER_ADDRESS,
                ),
            ],
        ),
        _ => {
            let key = crate::writer::on_server::browser_key_or_new(known_key);
            let limits = vec![(format!("guestbook:{address}"), GUESTBOOK_POSTS)];
            (Writer::Guest { browser_key: key }, limits)
        }
    };
    let owner = match &writer {
        Writer::Member(id) => crate::writer::on_server::draft_owner(Some(*id), None),
        Writer::Guest { browser_key } => {
            crate::writer::on_server::draft_owner(None, Some(browser_key))
        }
    };
    let draft = Draft {
        board,
        name,
        email,
        title,
        body,
        language: language.into(),
    };
    let now = domain::time::now();
    let outcome = submit(&db, &draft, &writer, &limits, started, now).await;
    let typed = [
        ("board", draft.board.as_str()),
        ("name", &draft.name),
        ("email", &draft.email),
        ("title", &draft.title),
        ("body", &draft.body),
    ];
    let (taken, owner) = (outcome.is_ok(), owner.as_deref());
    crate::writer::on_server::settle(&db, owner, DRAFT_FORM, taken, plain_form, &typed).await;
    outcome
}

/// The checks a person's post passes (fill time, limits, the domain's), then the post itself.
#[cfg(feature = "ssr")]
async fn submit(
    db: &domain::Db,
    draft: &domain::guestbook::posting::Draft,
    writer: &domain::guestbook::posting::Writer,
    limits: &[(String, domain::rate_limit::Limit)],
    started: i64,
    now: i64,
) -> Result<Posted, AppError> {
    crate::server::human_pace(started)?;
    for (key, limit) in limits {
        crate::server::within(db, key, *limit).await?;
    }
    let posted = domain::guestbook::posting::submit(db, draft, writer, now).await?;
    for (key, limit) in limits {
        domain::rate_limit::count(db, key, *limit, now).await?;
    }
    Ok(Posted {
        id: posted.id,
        held: posted.held,
    })
}
