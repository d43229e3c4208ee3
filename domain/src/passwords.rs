//! Password hashing for members and staff: argon2id with OWASP's parameters, run on blocking
//! threads with at most [`AT_ONCE`] hashes at a time (each takes 19 MiB and tens of
//! milliseconds of CPU), so a crowd of sign-ins cannot starve the shop.

use crate::error::{DomainError, DomainResult};
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// Hashes computed at the same time, at most.
pub const AT_ONCE: usize = 2;

/// Characters a password must have, at least and at most (long inputs only cost hashing time).
pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 128;

/// argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks a new password's length.
pub fn check_new(password: &str) -> DomainResult<()> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(DomainError::Invalid {
            field: "password",
            rule: "too_short",
        });
    }
    if n > MAX_CHARS {
        return Err(DomainError::Invalid {
            field: "password",
            rule: "too_long",
        });
    }
    Ok(())
}

/// Hashes a password on the calling thread (CPU-heavy: prefer [`hash`]).
pub fn hash_now(password: &str) -> DomainResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DomainError::Internal(format!("password hashing failed: {e}")))
}

/// Checks a password against a stored hash on the calling thread.
pub fn verify_now(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

fn turns() -> &'static Semaphore {
    static TURNS: OnceLock<Semaphore> = OnceLock::new();
    TURNS.get_or_init(|| Semaphore::new(AT_ONCE))
}

async fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> DomainResult<T> {
    let _turn = turns()
        .acquire()
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))
}

/// Hashes a password off the async threads.
pub async fn hash(password: &str) -> DomainResult<String> {
    let password = password.to_string();
    off_thread(move || hash_now(&password)).await?
}

/// Checks a password off the async threads. With no stored hash (no such account) a dummy hash
/// is checked instead, so the answer takes as long either way and tells nothing.
pub async fn verify(password: &str, stored: Option<String>) -> DomainResult<bool> {
    let password = password.to_string();
    off_thread(move || match stored {
        Some(stored) => verify_now(&password, &stored),
        None => {
            verify_now(&password, dummy_hash());
            false
        }
    })
    .await
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_now("no account has this password").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ_by_salt() {
        let a = hash_now("correct horse battery").expect("hash");
        let b = hash_now("correct horse battery").expect("hash");
        assert_ne!(a, b);
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_now("correct horse battery", &a));
        assert!(!verify_now("wrong horse battery", &a));
        assert!(!verify_now("anything", "not a hash"));
    }

    #[tokio::test]
    async fn unknown_accounts_are_checked_against_a_dummy() {
        let stored = hash("correct horse battery").await.expect("hash");
        assert!(verify("correct horse battery", Some(stored))
            .await
            .expect("verify"));
        assert!(!verify("correct horse battery", None).await.expect("verify"));
        assert!(check_new("short").is_err());
        assert!(check_new(&"x".repeat(MAX_CHARS + 1)).is_err());
        assert!(check_new("ten chars!").is_ok());
    }
}
