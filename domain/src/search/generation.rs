//! Which version of the shelf remembered search results belong to: `search_generation`, bumped
//! by every index change and every product selling out or coming back, read without a database
//! round trip on most searches.
//!
//! This server re-reads the value after any write transaction it committed itself (so its own
//! edits show at once) and otherwise at most once per [`POLL`]: a change made through another
//! app server shows here within that time.

use crate::db::Db;
use crate::error::DomainResult;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a read of `search_generation` is trusted when this server wrote nothing since.
pub const POLL: Duration = Duration::from_secs(1);

/// What this server knows of the generation; one per [`Db`].
#[derive(Debug, Default)]
pub struct Known {
    /// Write transactions committed through this handle so far.
    commits: AtomicU64,
    /// The last value read, the commit count before reading it, and when.
    last: Mutex<Option<(i64, u64, Instant)>>,
}

impl Known {
    /// Counts a committed write transaction (it may have changed the index).
    pub(crate) fn committed(&self) {
        self.commits.fetch_add(1, Ordering::SeqCst);
    }

    fn fresh(&self, commits: u64) -> Option<i64> {
        let last = self.last.lock().ok()?;
        let (value, seen, at) = (*last)?;
        (seen == commits && at.elapsed() < POLL).then_some(value)
    }
}

/// The current `search_generation`.
pub async fn current(db: &Db) -> DomainResult<i64> {
    let known = db.known_generation();
    // Counted before reading, so a commit racing the read makes the next search read again.
    let commits = known.commits.load(Ordering::SeqCst);
    if let Some(value) = known.fresh(commits) {
        return Ok(value);
    }
    let value: i64 = sqlx::query_scalar("SELECT value FROM search_generation WHERE id = 1")
        .fetch_one(db.pool())
        .await?;
    if let Ok(mut last) = known.last.lock() {
        *last = Some((value, commits, Instant::now()));
    }
    Ok(value)
}
