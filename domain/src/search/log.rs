//! The search log: every search's term, result count and time — nothing about who searched.
//! Hot searches are the most frequent terms of the last seven days (staff may pin or hide terms);
//! terms that found nothing are kept for the shop's analytics.

use crate::db::Db;
use crate::error::DomainResult;
use crate::search::text::fold;

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

/// Records one search (call it off the request path).
pub async fn record(db: &Db, term: &str, results: i64, now: i64) -> DomainResult<()> {
    let Some(term) = normalised(term) else {
        return Ok(());
    };
    sqlx::query("INSERT INTO search_log (term, results, searched_at) VALUES ($1, $2, $3)")
        .bind(term)
        .bind(results)
        .bind(now)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Records one search in the background, so the shopper never waits for the log.
pub fn record_later(db: &Db, term: &str, results: i64, now: i64) {
    let (db, term) = (db.clone(), term.to_string());
    tokio::spawn(async move {
        if let Err(e) = record(&db, &term, results, now).await {
            tracing::warn!(error = %e, "a search was not logged");
        }
    });
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
const HOT_TTL: std::time::Duration = std::time::Duration::from_secs(60);

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
