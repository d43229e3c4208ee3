//! A short-lived memory of read results per database: the class tree and settings every page
//! shows, facet counts, weekly rankings. Entries expire after their time to live; an expired
//! entry is still served while one background task reads it anew (so no shopper waits for a
//! slow count), until it is [`STALE_FACTOR`] times its time to live old. The memory is bounded
//! by weight (about a kilobyte per unit): when full, the entries used longest ago are dropped.
//! Only results that may be a little old without harm are kept here;
//! each process has its own memory, so several app servers may differ by up to a time to live.

use crate::error::DomainResult;
use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Weight kept at most (about 32 MB); when full, the entries used longest ago are dropped until
/// a quarter of it is free.
const CAPACITY: usize = 32 * 1024;

/// An expired entry is served (while being read anew) until it is this many times its time to
/// live old; older ones are read again before answering.
pub const STALE_FACTOR: u32 = 10;

struct Entry {
    at: Instant,
    /// Last answered from (for dropping the least used when full).
    used: Instant,
    weight: usize,
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

#[derive(Default)]
struct Entries {
    map: HashMap<String, Entry>,
    /// The sum of the entries' weights.
    weight: usize,
}

impl Entries {
    fn insert(&mut self, key: String, entry: Entry) {
        if self.weight + entry.weight > CAPACITY {
            self.drop_least_used(CAPACITY * 3 / 4 - entry.weight.min(CAPACITY / 2));
        }
        self.weight += entry.weight;
        if let Some(old) = self.map.insert(key, entry) {
            self.weight -= old.weight;
        }
    }

    fn remove(&mut self, key: &str) {
        if let Some(old) = self.map.remove(key) {
            self.weight -= old.weight;
        }
    }

    /// Drops the entries used longest ago until the weight is at most `target`.
    fn drop_least_used(&mut self, target: usize) {
        let mut by_use: Vec<(Instant, String)> =
            self.map.iter().map(|(k, e)| (e.used, k.clone())).collect();
        by_use.sort_unstable();
        for (_, key) in by_use {
            if self.weight <= target {
                break;
            }
            self.remove(&key);
        }
    }
}

#[derive(Clone, Default)]
pub struct Memo {
    entries: Arc<Mutex<Entries>>,
    /// One lock per key being read for the first time, so a crowd of requests for a missing
    /// entry waits for one read instead of all running it.
    reading: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (size, weight) = self
            .entries
            .lock()
            .map(|e| (e.map.len(), e.weight))
            .unwrap_or_default();
        write!(f, "Memo({size} entries, weight {weight})")
    }
}

impl Memo {
    /// The value under `key` if younger than `ttl`.
    pub fn get<T: Clone + Send + Sync + 'static>(&self, key: &str, ttl: Duration) -> Option<T> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.map.get(key)?;
        if entry.at.elapsed() > ttl {
            return None;
        }
        entry.value.downcast_ref::<T>().cloned()
    }

    /// Remembers `value` with weight 1 (small values).
    pub fn put<T: Send + Sync + 'static>(&self, key: String, value: T) {
        self.put_weighing(key, value, 1);
    }

    /// Remembers `value`, counting `weight` units (about a kilobyte each) against the capacity.
    pub fn put_weighing<T: Send + Sync + 'static>(&self, key: String, value: T, weight: usize) {
        if let Ok(mut entries) = self.entries.lock() {
            let now = Instant::now();
            let entry = Entry {
                at: now,
                used: now,
                weight: weight.max(1),
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
        self.remember_weighing(key, ttl, |_| 1, read).await
    }

    /// [`Memo::remember`] for values whose size varies: `weigh` tells a value's weight (see
    /// [`Memo::put_weighing`]).
    pub async fn remember_weighing<T, F, Fut>(
        &self,
        key: String,
        ttl: Duration,
        weigh: fn(&T) -> usize,
        read: F,
    ) -> DomainResult<T>
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
                            Ok(value) => {
                                let weight = weigh(&value);
                                memo.put_weighing(key, value, weight)
                            }
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
                    self.put_weighing(key.clone(), value.clone(), weigh(value));
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
        let Some(entry) = entries.map.get_mut(key) else {
            return Found::Missing;
        };
        entry.used = Instant::now();
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
            *entries = Entries::default();
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

    #[test]
    fn drops_the_least_used_entries_when_full() {
        let memo = Memo::default();
        let hour = Duration::from_secs(3600);
        memo.put("kept".into(), 0usize);
        for n in 0..CAPACITY / 100 {
            memo.put_weighing(format!("heavy {n}"), n, 100);
            // Asked for again and again: never the least used.
            assert_eq!(memo.get::<usize>("kept", hour), Some(0));
            memo.find::<usize>("kept", hour);
        }
        memo.put_weighing("last".into(), 1usize, 100);
        let (len, weight) = memo
            .entries
            .lock()
            .map(|e| (e.map.len(), e.weight))
            .expect("lock");
        assert!(weight <= CAPACITY, "weight {weight} over {CAPACITY}");
        assert!(
            len < CAPACITY / 100,
            "some heavy entries dropped ({len} left)"
        );
        assert_eq!(
            memo.get::<usize>("kept", hour),
            Some(0),
            "the one in use stays"
        );
        assert_eq!(memo.get::<usize>("last", hour), Some(1), "the newest stays");
        assert_eq!(
            memo.get::<usize>("heavy 0", hour),
            None,
            "the oldest unused goes"
        );
        memo.forget("last");
        let after = memo.entries.lock().map(|e| e.weight).expect("lock");
        assert_eq!(after, weight - 100, "forgetting gives its weight back");
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
        // Long enough that a loaded machine's pauses between two steps stay well inside it.
        let ttl = Duration::from_millis(400);
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
        for _ in 0..400 {
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
