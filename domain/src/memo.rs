//! A short-lived memory of expensive read results (facet counts, weekly rankings) per database.
//! Entries expire after their time to live; the memory is bounded and starts over when full.
//! Only results that may be a minute or so old without harm are kept here.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Entries kept at most; when full, the memory is cleared (simple and bounded).
const CAPACITY: usize = 2_000;

type Entry = (Instant, Arc<dyn Any + Send + Sync>);

#[derive(Clone, Default)]
pub struct Memo {
    entries: Arc<Mutex<HashMap<String, Entry>>>,
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
        let (at, value) = entries.get(key)?;
        if at.elapsed() > ttl {
            return None;
        }
        value.downcast_ref::<T>().cloned()
    }

    pub fn put<T: Send + Sync + 'static>(&self, key: String, value: T) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY {
                entries.clear();
            }
            entries.insert(key, (Instant::now(), Arc::new(value)));
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
}
