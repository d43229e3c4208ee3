//! Time as UTC unix seconds, the one representation stored in both databases.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the unix epoch, UTC.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
