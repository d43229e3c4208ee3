//! Rate limits stored in the database, so every app server counts the same attempts: at most
//! `max` counted attempts per key within a sliding `window`.

use crate::db::Db;
use crate::error::DomainResult;

/// At most `max` attempts per `window_s` seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: i64,
    pub window_s: i64,
}

/// Failed sign-ins, per address and per account: 10 per 15 minutes.
pub const LOGIN_FAILURES: Limit = Limit {
    max: 10,
    window_s: 15 * 60,
};

/// Registrations per address: 10 per hour (a household or an office shares one address).
pub const REGISTRATIONS: Limit = Limit {
    max: 10,
    window_s: 60 * 60,
};

/// Verification mails asked for again, per account: 3 per hour.
pub const VERIFICATION_MAILS: Limit = Limit {
    max: 3,
    window_s: 60 * 60,
};

/// Password-reset mails asked for one e-mail address: 5 per hour.
pub const RESET_MAILS: Limit = Limit {
    max: 5,
    window_s: 60 * 60,
};

/// Password-reset mails asked for from one network address: 20 per hour.
pub const RESET_MAILS_FROM_ONE_PLACE: Limit = Limit {
    max: 20,
    window_s: 60 * 60,
};

/// Newsletter sign-ups from one network address: 10 per hour.
pub const NEWSLETTER_SIGNUPS: Limit = Limit {
    max: 10,
    window_s: 60 * 60,
};

/// Newsletter confirmation mails to one e-mail address: 3 per hour.
pub const NEWSLETTER_MAILS: Limit = Limit {
    max: 3,
    window_s: 60 * 60,
};

/// Feedback messages from one network address: 5 per hour.
pub const CONTACT_MESSAGES: Limit = Limit {
    max: 5,
    window_s: 60 * 60,
};

/// Reviews posted by one member (refused attempts included): 10 per hour.
pub const REVIEWS: Limit = Limit {
    max: 10,
    window_s: 60 * 60,
};

/// `None` if another attempt under `key` is allowed at `now`; else the seconds to wait.
pub async fn wait_needed(db: &Db, key: &str, limit: Limit, now: i64) -> DomainResult<Option<i64>> {
    let since = now - limit.window_s;
    let (count, oldest): (i64, Option<i64>) =
        sqlx::query_as("SELECT COUNT(*), MIN(at) FROM rate_limit_hits WHERE key = $1 AND at > $2")
            .bind(key)
            .bind(since)
            .fetch_one(db.pool())
            .await?;
    Ok(match oldest {
        Some(oldest) if count >= limit.max => Some((oldest + limit.window_s - now).max(1)),
        _ => None,
    })
}

/// Counts an attempt under `key` (and forgets its attempts older than the window).
pub async fn count(db: &Db, key: &str, limit: Limit, now: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM rate_limit_hits WHERE key = $1 AND at <= $2")
        .bind(key)
        .bind(now - limit.window_s)
        .execute(tx.conn())
        .await?;
    sqlx::query("INSERT INTO rate_limit_hits (key, at) VALUES ($1, $2)")
        .bind(key)
        .bind(now)
        .execute(tx.conn())
        .await?;
    tx.commit().await
}

/// Forgets the attempts under `key` (after a successful sign-in, its failures no longer count).
pub async fn forget(db: &Db, key: &str) -> DomainResult<()> {
    sqlx::query("DELETE FROM rate_limit_hits WHERE key = $1")
        .bind(key)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Order inquiries from one network address: 20 per 15 minutes (found or not, alike).
pub const ORDER_LOOKUPS: Limit = Limit {
    max: 20,
    window_s: 15 * 60,
};

/// Guests' guestbook posts from one network address: 5 per hour.
pub const GUESTBOOK_POSTS: Limit = Limit {
    max: 5,
    window_s: 60 * 60,
};

/// Guestbook posts from one member's account, wherever they write from: 10 per day.
pub const GUESTBOOK_POSTS_PER_MEMBER: Limit = Limit {
    max: 10,
    window_s: 24 * 60 * 60,
};

/// Members' guestbook posts from one network address, whoever signed in: 30 per hour (an
/// office shares one address; one person with many accounts does not get far).
pub const GUESTBOOK_MEMBER_POSTS_PER_ADDRESS: Limit = Limit {
    max: 30,
    window_s: 60 * 60,
};
