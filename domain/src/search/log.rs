//! The search log: every search's term, result count and time — nothing about who searched.
//! Hot searches are the most frequent terms of the last seven days (staff may pin or hide terms);
//! terms that found nothing are kept for the shop's analytics.

use super::index::{placeholders, ROWS_PER_INSERT};
use crate::db::Db;
use crate::error::DomainResult;
use crate::search::text::fold;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// Characters of a term kept in the log.
const MAX_TERM_CHARS: usize = 50;

/// Days hot searches look back.
const HOT_DAYS: i64 = 7;

/// A term as logged: folded, spaces collapsed, cut to a sensible length; `None` when blank.
pub fn normalised(term: &str) -> Option<String> {
    let folded = fold(term);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let joined: String = words.join(" ").chars().take(MAX_TERM_CHARS).collect();
    (!joined.trim().is_empty()).then(|| joined.trim().to_string())
}

/// How long searches wait in memory to be written together: one write per server every
/// [`WRITE_AFTER`] however busy the shop (on SQLite every write also makes the other
/// connections drop their page caches).
pub const WRITE_AFTER: Duration = Duration::from_secs(2);

/// Searches waiting at most; a flood beyond it is not logged until the next write.
const MAX_WAITING: usize = 20_000;

/// Searches heard but not yet written (one per server, held by [`Db`]).
#[derive(Debug, Default)]
pub struct Waiting(Mutex<Vec<(String, i64, i64)>>);

impl Waiting {
    /// The waiting searches (a panic elsewhere while holding them loses nothing here).
    fn lock(&self) -> MutexGuard<'_, Vec<(String, i64, i64)>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Records one search off the request path: it waits in memory at most [`WRITE_AFTER`], then is
/// written with the others heard meanwhile ([`write_waiting`]; also called when the server stops).
pub fn record_later(db: &Db, term: &str, results: i64, now: i64) {
    let Some(term) = normalised(term) else {
        return;
    };
    let first = {
        let mut waiting = db.waiting_searches().lock();
        let first = waiting.is_empty();
        if waiting.len() < MAX_WAITING {
            waiting.push((term, results, now));
        }
        first
    };
    if first {
        let db = db.clone();
        tokio::spawn(async move {
            tokio::time::sleep(WRITE_AFTER).await;
            if let Err(e) = write_waiting(&db).await {
                tracing::warn!(error = %e, "searches were not logged");
            }
        });
    }
}

/// Writes the searches waiting in memory, in one transaction; returns how many.
pub async fn write_waiting(db: &Db) -> DomainResult<usize> {
    let searches = std::mem::take(&mut *db.waiting_searches().lock());
    if searches.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    for chunk in searches.chunks(ROWS_PER_INSERT) {
        let sql = format!(
            "INSERT INTO search_log (term, results, searched_at) VALUES {}",
            placeholders(chunk.len(), 3, |_, n| format!("${n}"))
        );
        let mut query = sqlx::query(&sql);
        for (term, results, at) in chunk {
            query = query.bind(term).bind(results).bind(at);
        }
        query.execute(tx.conn()).await?;
    }
    tx.commit().await?;
    Ok(searches.len())
}

/// The most searched terms of the last seven days that found something: staff's pinned terms
/// first, hidden ones never.
pub async fn hot(db: &Db, now: i64, limit: i64) -> DomainResult<Vec<String>> {
    let since = now - HOT_DAYS * 86_400;
    let pinned: Vec<(String,)> = sqlx::query_as(
        "SELECT term FROM search_hot_terms WHERE action = 'pin' ORDER BY position, term",
    )
    .fetch_all(db.pool())
    .await?;
    let frequent: Vec<(String, i64)> = sqlx::query_as(
        "SELECT l.term, COUNT(*) AS n FROM search_log l WHERE l.searched_at >= $1 AND l.results > 0 \
         AND NOT EXISTS (SELECT 1 FROM search_hot_terms h WHERE h.term = l.term) \
         GROUP BY l.term ORDER BY n DESC, l.term LIMIT $2",
    )
    .bind(since)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(pinned
        .into_iter()
        .map(|(t,)| t)
        .chain(frequent.into_iter().map(|(t, _)| t))
        .take(limit.max(0) as usize)
        .collect())
}

/// How long hot searches are remembered for the search box (asked on every focus).
const HOT_TTL: Duration = Duration::from_secs(60);

/// [`hot`] as of now, remembered for a minute.
pub async fn hot_now(db: &Db, limit: i64) -> DomainResult<Vec<String>> {
    let db2 = db.clone();
    db.memo()
        .remember(
            format!("hot-searches:{limit}"),
            HOT_TTL,
            move || async move { hot(&db2, crate::time::now(), limit).await },
        )
        .await
}

/// Terms of the last `days` days that found nothing, most frequent first (for analytics).
pub async fn zero_result_terms(db: &Db, now: i64, days: i64) -> DomainResult<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT term, COUNT(*) AS n FROM search_log WHERE searched_at >= $1 AND results = 0 \
         GROUP BY term ORDER BY n DESC, term LIMIT 100",
    )
    .bind(now - days * 86_400)
    .fetch_all(db.pool())
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_logged_tidy() {
        assert_eq!(
            normalised("  Oxford   SHIRT\n").as_deref(),
            Some("oxford shirt")
        );
        assert_eq!(normalised("\u{0}\t "), None);
        assert_eq!(
            normalised(&"衬".repeat(500)).map(|t| t.chars().count()),
            Some(50)
        );
    }
}
