//! Reading the guestbook: a page of posts (pinned first, then newest), of one board or all,
//! optionally matching a search (the product search's tokens and query, run over the posts'
//! own tokens, so Chinese, stems and synonyms work alike), and one post on its own page.
//! Shoppers see visible posts, and their own posts that wait for a moderator.

use super::{Post, Reply};
use crate::db::Db;
use crate::error::DomainResult;
use crate::search::query::{self, Term};
use crate::search::{synonyms, Vocabulary};

/// Posts on a page.
pub const PAGE_SIZE: i64 = 20;

/// Who is reading: their own waiting posts are shown to them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reader {
    pub member: Option<i64>,
    /// The SHA-256 of the browser's key (see [`super::posting::key_hash`]), or empty.
    pub key_hash: String,
}

/// A page of posts and how many match in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostPage {
    pub posts: Vec<Post>,
    pub total: i64,
}

#[derive(sqlx::FromRow)]
pub(super) struct PostRow {
    pub id: i64,
    pub board: String,
    pub name: String,
    pub title: String,
    pub body: String,
    pub status: String,
    pub pinned: i64,
    pub by_member: i64,
    pub created_at: i64,
}

impl PostRow {
    pub(super) fn into_post(self, replies: Vec<Reply>) -> Post {
        Post {
            id: self.id,
            board: self.board,
            name: self.name,
            title: self.title,
            body: self.body,
            status: self.status,
            pinned: self.pinned != 0,
            by_member: self.by_member != 0,
            created_at: self.created_at,
            replies,
        }
    }
}

pub(super) const POST_COLUMNS: &str = "p.id, b.code AS board, p.name, p.title, p.body, p.status, \
     p.pinned, CASE WHEN p.member_id IS NULL THEN 0 ELSE 1 END AS by_member, p.created_at";

/// Posts the reader may see: visible ones and their own waiting ones (`$1` member, `$2` key).
const SEEN_BY_READER: &str = "(p.status = 'visible' OR (p.status = 'pending' AND \
     ((p.member_id IS NOT NULL AND p.member_id = $1) OR (p.author_key <> '' AND p.author_key = $2))))";

/// A page (from 1) of the posts `reader` may see, of `board` (all for `""`), matching `typed`
/// (all when nothing searchable was typed).
pub async fn page(
    db: &Db,
    reader: &Reader,
    board: &str,
    typed: &str,
    page: i64,
) -> DomainResult<PostPage> {
    let (search, terms) = matching(db, typed, 4).await?;
    let filter = format!("{SEEN_BY_READER} AND ($3 = '' OR b.code = $3){search}");
    let from = "FROM guestbook_posts p JOIN guestbook_boards b ON b.id = p.board_id";
    let count_sql = format!("SELECT COUNT(*) {from} WHERE {filter}");
    let mut count = sqlx::query_scalar(&count_sql)
        .bind(reader.member.unwrap_or(0))
        .bind(&reader.key_hash)
        .bind(board);
    for term in &terms {
        count = count.bind(term);
    }
    let total: i64 = count.fetch_one(db.pool()).await?;
    let offset = (page.max(1) - 1).min(10_000) * PAGE_SIZE;
    let sql = format!(
        "SELECT {POST_COLUMNS} {from} WHERE {filter} \
         ORDER BY p.pinned DESC, p.created_at DESC, p.id DESC LIMIT {PAGE_SIZE} OFFSET {offset}"
    );
    let mut rows = sqlx::query_as::<_, PostRow>(&sql)
        .bind(reader.member.unwrap_or(0))
        .bind(&reader.key_hash)
        .bind(board);
    for term in &terms {
        rows = rows.bind(term);
    }
    let rows = rows.fetch_all(db.pool()).await?;
    let posts = with_replies(db, rows).await?;
    Ok(PostPage { posts, total })
}

/// Post `id` if `reader` may see it.
pub async fn post(db: &Db, reader: &Reader, id: i64) -> DomainResult<Option<Post>> {
    let row: Option<PostRow> = sqlx::query_as(&format!(
        "SELECT {POST_COLUMNS} FROM guestbook_posts p JOIN guestbook_boards b ON b.id = p.board_id \
         WHERE {SEEN_BY_READER} AND p.id = $3"
    ))
    .bind(reader.member.unwrap_or(0))
    .bind(&reader.key_hash)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(row) => with_replies(db, vec![row]).await?.pop(),
        None => None,
    })
}

/// The posts with their replies, oldest reply first.
pub(super) async fn with_replies(db: &Db, rows: Vec<PostRow>) -> DomainResult<Vec<Post>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
    let replies: Vec<Reply> = sqlx::query_as(&format!(
        "SELECT r.id, r.post_id, r.staff_id, s.display_name AS staff_name, r.body, r.created_at, \
         r.edited_at FROM guestbook_replies r JOIN staff_accounts s ON s.id = r.staff_id \
         WHERE r.post_id IN ({}) ORDER BY r.id",
        ids.join(", ")
    ))
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let mine = replies
                .iter()
                .filter(|r| r.post_id == row.id)
                .cloned()
                .collect();
            row.into_post(mine)
        })
        .collect())
}

/// The search condition (` AND (…)`, or empty) over the posts' tokens and its bound values,
/// numbered from `$first`. Tokens hold only letters and digits, so they cannot reach LIKE's
/// own signs.
pub(super) async fn matching(
    db: &Db,
    typed: &str,
    first: usize,
) -> DomainResult<(String, Vec<String>)> {
    let understood = query::parse(typed, &synonyms(db).await?, &Vocabulary::default());
    let mut values = Vec::new();
    let parts: Vec<String> = understood
        .parts
        .iter()
        .map(|part| {
            let alternatives: Vec<String> = part
                .alternatives
                .iter()
                .map(|terms| {
                    let all: Vec<String> = terms
                        .iter()
                        .map(|term| {
                            values.push(match term {
                                Term::Exact(w) => format!("% {w} %"),
                                Term::Prefix(w) => format!("% {w}%"),
                            });
                            format!("p.search_tokens LIKE ${}", first + values.len() - 1)
                        })
                        .collect();
                    format!("({})", all.join(" AND "))
                })
                .collect();
            format!("({})", alternatives.join(" OR "))
        })
        .collect();
    if parts.is_empty() {
        return Ok((String::new(), values));
    }
    Ok((format!(" AND {}", parts.join(" AND ")), values))
}
