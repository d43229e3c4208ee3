//! Staff accounts and their roles. This part holds what the CLI needs to create the first
//! administrator; sign-in and role management build on it.

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::StaffId;
use crate::time;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};

/// The shop's departments as roles.
pub const ROLES: [&str; 8] = [
    "administrator",
    "operations",
    "editor",
    "customer_service",
    "warehouse",
    "purchasing",
    "finance",
    "marketing",
];

/// argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password (CPU-heavy: call it off the async threads).
pub fn hash_password(password: &str) -> DomainResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DomainError::Internal(format!("password hashing failed: {e}")))
}

/// Checks a password against a stored hash.
pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// Checks an e-mail address has the shape `local@domain.tld`.
pub fn validate_email(email: &str) -> DomainResult<String> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        })
        && !email.chars().any(char::is_whitespace);
    if valid {
        Ok(email)
    } else {
        Err(DomainError::Invalid {
            field: "email",
            rule: "must look like name@example.com",
        })
    }
}

/// Creates an active administrator. Fails if the e-mail is taken or the password is shorter than 10.
pub async fn create_administrator(db: &Db, email: &str, password: &str) -> DomainResult<StaffId> {
    let email = validate_email(email)?;
    if password.chars().count() < 10 {
        return Err(DomainError::Invalid {
            field: "password",
            rule: "must have at least 10 characters",
        });
    }
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM staff_accounts WHERE email = $1")
        .bind(&email)
        .fetch_optional(db.pool())
        .await?;
    if taken.is_some() {
        return Err(DomainError::Conflict(
            "a staff account with this e-mail exists",
        ));
    }
    let password = password.to_string();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))??;
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO staff_accounts (email, display_name, password_hash, status, created_at) \
         VALUES ($1, $2, $3, 'active', $4) RETURNING id",
    )
    .bind(&email)
    .bind("Administrator")
    .bind(&hash)
    .bind(time::now())
    .fetch_one(tx.conn())
    .await?;
    sqlx::query("INSERT INTO staff_roles (staff_id, role) VALUES ($1, 'administrator')")
        .bind(id)
        .execute(tx.conn())
        .await?;
    tx.commit().await?;
    Ok(StaffId(id))
}

/// How many active administrators exist (first start creates one when there are none).
pub async fn count_administrators(db: &Db) -> DomainResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM staff_accounts a JOIN staff_roles r ON r.staff_id = a.id \
         WHERE r.role = 'administrator' AND a.status = 'active'",
    )
    .fetch_one(db.pool())
    .await?)
}

/// Checks a staff member's e-mail and password; `None` when they do not match an active account.
pub async fn authenticate(db: &Db, email: &str, password: &str) -> DomainResult<Option<StaffId>> {
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, password_hash FROM staff_accounts WHERE email = $1 AND status = 'active'",
    )
    .bind(email.trim().to_lowercase())
    .fetch_optional(db.pool())
    .await?;
    let Some((id, hash)) = row else {
        return Ok(None);
    };
    let password = password.to_string();
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))?;
    Ok(ok.then_some(StaffId(id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ_by_salt() {
        let a = hash_password("correct horse battery").expect("hash");
        let b = hash_password("correct horse battery").expect("hash");
        assert_ne!(a, b);
        assert!(a.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &a));
        assert!(!verify_password("wrong horse battery", &a));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn emails_are_checked() {
        assert_eq!(
            validate_email(" Boss@Shop.CN ").ok().as_deref(),
            Some("boss@shop.cn")
        );
        for bad in ["", "no-at", "a@b", "a@.cn", "a b@c.cn", "@shop.cn"] {
            assert!(validate_email(bad).is_err(), "{bad}");
        }
    }
}
