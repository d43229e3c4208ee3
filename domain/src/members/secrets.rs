//! Random tokens for cookies and mailed links, and the digest stored in their place.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// 256 random bits from the operating system, as 64 hex characters.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// The SHA-256 of a token, as 64 hex characters: what the database keeps.
pub(crate) fn digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
