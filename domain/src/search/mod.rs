//! The product search engine, one seam over both databases: SQLite FTS5 and PostgreSQL's
//! tsvector/GIN index hold the same tokens (made in Rust by [`text`]), are queried with the same
//! [`query::Query`], and ranked by the same rules ([`rank`]). Search terms are logged without
//! anything about who searched ([`log`]). Other searches (guestbook, staff's order and member
//! look-ups) reuse [`text`] and [`query`] over their own tables.

pub mod generation;
pub mod index;
pub mod log;
pub mod query;
pub mod rank;
pub mod reindex;
pub mod suggest;
pub mod text;
pub mod typo;

pub use index::index_products;
pub use query::{Query, Synonyms};
pub use rank::{Hit, Score, MAX_RANKED};
pub use reindex::{ensure_indexed, reindex_all};
pub use suggest::{suggest, Suggestions};
pub use typo::Vocabulary;

use crate::db::Db;
use crate::error::DomainResult;
use std::time::Duration;

/// How long the synonym list and the spelling vocabulary are remembered.
const WORDS_TTL: Duration = Duration::from_secs(60);

/// The synonym groups staff keep (`search_synonyms`).
pub async fn synonyms(db: &Db) -> DomainResult<Synonyms> {
    let db2 = db.clone();
    db.memo()
        .remember("search-synonyms".into(), WORDS_TTL, move || async move {
            let rows: Vec<(String,)> =
                sqlx::query_as("SELECT phrases FROM search_synonyms ORDER BY id")
                    .fetch_all(db2.pool())
                    .await?;
            let groups: Vec<Vec<String>> = rows
                .into_iter()
                .map(|(p,)| p.split('|').map(|s| s.trim().to_string()).collect())
                .collect();
            Ok(Synonyms::new(&groups))
        })
        .await
}

/// The catalog's Latin words with how many products use each.
pub async fn vocabulary(db: &Db) -> DomainResult<Vocabulary> {
    let db2 = db.clone();
    db.memo()
        .remember("search-vocabulary".into(), WORDS_TTL, move || async move {
            let words: Vec<(String, i64)> =
                sqlx::query_as("SELECT word, documents FROM search_words")
                    .fetch_all(db2.pool())
                    .await?;
            Ok(Vocabulary::new(words))
        })
        .await
}

/// What the shopper typed, understood (synonyms, prefix, corrections).
pub async fn understand(db: &Db, typed: &str) -> DomainResult<Query> {
    Ok(query::parse(
        typed,
        &synonyms(db).await?,
        &vocabulary(db).await?,
    ))
}

/// A search: the query as understood and its matches on the shelf, best first.
#[derive(Clone, Debug)]
pub struct Found {
    pub query: Query,
    /// Shared with the remembered ranking (see [`rank::ranked`]).
    pub hits: std::sync::Arc<Vec<Hit>>,
}

/// Searches the products on the shelf.
pub async fn search(db: &Db, typed: &str) -> DomainResult<Found> {
    let query = understand(db, typed).await?;
    let hits = rank::ranked(db, &query).await?;
    Ok(Found { query, hits })
}

/// The products matching any one part of a query that found nothing as a whole, best first.
pub async fn nearest(db: &Db, query: &Query) -> DomainResult<std::sync::Arc<Vec<Hit>>> {
    rank::ranked(db, &query.any_part()).await
}
