//! A short-lived memory of read results per database: the class tree and settings every page
//! shows, facet counts, weekly rankings. Entries expire after their time to live; an expired
//! entry is still served while one background task reads it anew (so no shopper waits for a
//! slow count), until it is [`STALE_FACTOR`] times its time to live old. The memory is bounded
//! and starts over when full. Only results that may be a little old without harm are kept here;
//! each process has its own memory, so several app servers may differ by up to a time to live.

use crate::error::DomainResult;
use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Entries kept at most; when full, the memory is cleared (simple and bounded).
const CAPACITY: usize = 2_000;

/// An expired entry is served (while being read anew) until it is this many times its time to
/// live old; older ones are read again before answering.
pub const STALE_FACTOR: u32 = 10;

struct Entry {
    at: Instant,
    value: Arc<dyn Any + Send + Sync>,
    /// A background task is reading this entry anew.
    refreshing: bool,
}

enum Found<T> {
    Fresh(T),
    /// Expired but usable; `true` when the caller should start the refresh.
    Stale(T, bool),
    Missing,
}

#[derive(Clone, Default)]
pub struct Memo {
    entries: Arc<Mutex<HashMap<String, Entry>>>,
    /// One lock per key being read for the first time, so a crowd of requests for a missing
    /// entry waits for one read instead of all running it.
    reading: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let size = self.entries.lock().map(|e| e.len()).unwrap_or(0);
        write!(f, "Memo({size} entries)")
    }
}

impl Memo {
    /// The value under `key` if younger than `ttl`.
    pub fn get<T: Clone + Send + Sync + 'static>(&self, key: &str, ttl: Duration) -> Option<T> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(key)?;
        if entry.at.elapsed() > ttl {
            return None;
        }
        entry.value.downcast_ref::<T>().cloned()
    }

    pub fn put<T: Send + Sync + 'static>(&self, key: String, value: T) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY {
                entries.clear();
            }
            let entry = Entry {
                at: Instant::now(),
                value: Arc::new(value),
                refreshing: false,
            };
            entries.insert(key, entry);
        }
    }

    /// The value under `key`, read by `read` when missing. Once older than `ttl` the old value
    /// is still answered while a background task runs `read` again (one at a time per key).
    /// `read` must own what it uses, since it may outlive the caller's request.
    pub async fn remember<T, F, Fut>(&self, key: String, ttl: Duration, read: F) -> DomainResult<T>
    where
        T: Clone + Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = DomainResult<T>> + Send + 'static,
    {
        match self.find::<T>(&key, ttl) {
            Found::Fresh(value) => Ok(value),
            Found::Stale(value, refresh) => {
                if refresh {
                    let memo = self.clone();
                    let reading = read();
                    tokio::spawn(async move {
                        match reading.await {
                            Ok(value) => memo.put(key, value),
                            Err(e) => {
                                tracing::warn!(error = %e, key, "refreshing a remembered read failed");
                                memo.forget(&key);
                            }
                        }
                    });
                }
                Ok(value)
            }
            Found::Missing => {
                let lock = self
                    .reading
                    .lock()
                    .map(|mut r| r.entry(key.clone()).or_default().clone())
                    .unwrap_or_default();
                let _turn = lock.lock().await;
                // Someone ahead in the queue may have read it meanwhile.
                if let Found::Fresh(value) = self.find::<T>(&key, ttl) {
                    return Ok(value);
                }
                let result = read().await;
                if let Ok(value) = &result {
                    self.put(key.clone(), value.clone());
                }
                if let Ok(mut r) = self.reading.lock() {
                    r.remove(&key);
                }
                result
            }
        }
    }

    fn find<T: Clone + 'static>(&self, key: &str, ttl: Duration) -> Found<T> {
        let Ok(mut entries) = self.entries.lock() else {
            return Found::Missing;
        };
        let Some(entry) = entries.get_mut(key) else {
            return Found::Missing;
        };
        let age = entry.at.elapsed();
        let Some(value) = entry.value.downcast_ref::<T>().cloned() else {
            return Found::Missing;
        };
        if age <= ttl {
            Found::Fresh(value)
        } else if age <= ttl * STALE_FACTOR {
            let start = !entry.refreshing;
            entry.refreshing = true;
            Found::Stale(value, start)
        } else {
            Found::Missing
        }
    }

    /// Forgets one entry (after a write that changes it).
    pub fn forget(&self, key: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(key);
        }
    }

    /// Forgets everything (after writes that change what is remembered, and in tests).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_until_the_time_to_live_passes() {
        let memo = Memo::default();
        memo.put("a".into(), 7i64);
        assert_eq!(memo.get::<i64>("a", Duration::from_secs(60)), Some(7));
        assert_eq!(memo.get::<i64>("a", Duration::ZERO), None);
        assert_eq!(
            memo.get::<String>("a", Duration::from_secs(60)),
            None,
            "other type"
        );
        assert_eq!(memo.get::<i64>("b", Duration::from_secs(60)), None);
        memo.clear();
        assert_eq!(memo.get::<i64>("a", Duration::from_secs(60)), None);
    }

    #[tokio::test]
    async fn serves_an_expired_value_while_one_task_reads_it_anew() {
        let memo = Memo::default();
        let reads = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let read = |n: i64| {
            let reads = reads.clone();
            move || async move {
                reads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                Ok(n)
            }
        };
        let ttl = Duration::from_millis(40);
        assert_eq!(
            memo.remember("k".into(), ttl, read(1))
                .await
                .expect("first"),
            1
        );
        assert_eq!(
            memo.remember("k".into(), ttl, read(2))
                .await
                .expect("fresh"),
            1
        );
        assert_eq!(
            reads.load(std::sync::atomic::Ordering::SeqCst),
            1,
            "fresh: no read"
        );
        tokio::time::sleep(ttl * 2).await;
        // Expired: the old value at once, and only the first caller starts a refresh.
        assert_eq!(
            memo.remember("k".into(), ttl, read(3))
                .await
                .expect("stale"),
            1
        );
        assert_eq!(
            memo.remember("k".into(), ttl, read(4))
                .await
                .expect("stale"),
            1
        );
        for _ in 0..100 {
            if memo.get::<i64>("k", ttl) == Some(3) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert_eq!(
            memo.get::<i64>("k", ttl),
            Some(3),
            "refreshed in the background"
        );
        assert_eq!(reads.load(std::sync::atomic::Ordering::SeqCst), 2);
        // A crowd asking for a missing entry waits for one read.
        let slow_read = || {
            let reads = reads.clone();
            move || async move {
                tokio::time::sleep(Duration::from_millis(20)).await;
                reads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                Ok(9i64)
            }
        };
        let crowd: Vec<_> = (0..8)
            .map(|_| {
                let (memo, read) = (memo.clone(), slow_read());
                tokio::spawn(async move { memo.remember("crowd".into(), ttl * 100, read).await })
            })
            .collect();
        for asker in crowd {
            assert_eq!(asker.await.expect("task").expect("value"), 9);
        }
        assert_eq!(
            reads.load(std::sync::atomic::Ordering::SeqCst),
            3,
            "one read for eight"
        );
        // Far too old: read again before answering.
        tokio::time::sleep(ttl * (STALE_FACTOR + 1)).await;
        assert_eq!(
            memo.remember("k".into(), ttl, read(5)).await.expect("old"),
            5
        );
        memo.forget("k");
        assert_eq!(memo.get::<i64>("k", ttl), None);
    }
}
