//! The unsubscribe token every newsletter mail carries: the subscriber's id and an HMAC-SHA256
//! of it and the address under the shop's newsletter secret. It never expires (an old mail
//! must still unsubscribe) and cannot be forged or moved to another address.

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::members::secrets::{hex, new_token};
use hmac::{Hmac, Mac};
use sha2::Sha256;

fn tag(secret: &str, id: i64, email: &str) -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(format!("unsubscribe:{id}:{email}").as_bytes());
    mac
}

/// The token for subscriber `id` at `email`: `<id>.<hex tag>`.
pub fn sign(secret: &str, id: i64, email: &str) -> String {
    format!(
        "{id}.{}",
        hex(&tag(secret, id, email).finalize().into_bytes())
    )
}

/// The subscriber id a token names, before its tag is checked against the address.
pub fn subscriber_of(token: &str) -> Option<i64> {
    token.split_once('.')?.0.parse().ok()
}

/// Whether `token` was signed for subscriber `id` at `email`.
pub fn verify(secret: &str, token: &str, id: i64, email: &str) -> bool {
    let Some((named, tag_hex)) = token.split_once('.') else {
        return false;
    };
    if named.parse::<i64>().ok() != Some(id) || tag_hex.len() != 64 {
        return false;
    }
    let bytes: Option<Vec<u8>> = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(tag_hex.get(i..i + 2)?, 16).ok())
        .collect();
    bytes.is_some_and(|b| tag(secret, id, email).verify_slice(&b).is_ok())
}

/// The shop's newsletter secret, made once and shared by every app server.
pub async fn secret(db: &Db) -> DomainResult<String> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ('newsletter_secret', $1) \
         ON CONFLICT (key) DO NOTHING",
    )
    .bind(new_token())
    .execute(db.pool())
    .await?;
    crate::settings::get(db, "newsletter_secret")
        .await?
        .ok_or_else(|| DomainError::Internal("newsletter secret missing".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_works_only_for_its_subscriber_and_address() {
        let t = sign("k", 7, "a@shop.cn");
        assert_eq!(subscriber_of(&t), Some(7));
        assert!(verify("k", &t, 7, "a@shop.cn"));
        assert!(!verify("k", &t, 7, "b@shop.cn"), "another address");
        assert!(!verify("other", &t, 7, "a@shop.cn"), "another secret");
        let moved = t.replacen('7', "8", 1);
        assert!(!verify("k", &moved, 8, "a@shop.cn"), "another id");
        for bad in ["", "7", "7.", "x.00", "7.zz", &t[..t.len() - 1]] {
            assert!(!verify("k", bad, 7, "a@shop.cn"), "{bad:?}");
        }
    }
}
