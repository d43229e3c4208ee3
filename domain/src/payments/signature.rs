//! Webhook signatures, in Stripe's scheme: the header `Emporium-Signature:
//! t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the shared secret>` (Stripe
//! itself sends the same value as `Stripe-Signature`). A signature older or newer than
//! [`TOLERANCE_S`] is refused, so a captured delivery cannot be replayed later.

use crate::error::{DomainError, DomainResult};
use crate::members::secrets::hex;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The header carrying the signature (the sandbox's).
pub const HEADER: &str = "emporium-signature";

/// The header Stripe signs its webhooks in, with the same scheme.
pub const STRIPE_HEADER: &str = "stripe-signature";

/// How far a signature's time may be from ours.
pub const TOLERANCE_S: i64 = 300;

fn mac(secret: &str, at: i64, body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(at.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The header value signing `body` at time `at`.
pub fn sign(secret: &str, at: i64, body: &[u8]) -> String {
    let tag = mac(secret, at, body).finalize().into_bytes();
    format!("t={at},v1={}", hex(&tag))
}

/// Checks `header` signs `body` under `secret` within the tolerance of `now`.
pub fn verify(secret: &str, header: &str, body: &[u8], now: i64) -> DomainResult<()> {
    let bad = DomainError::Invalid {
        field: "signature",
        rule: "bad",
    };
    let mut at = None;
    let mut tags = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => at = t.parse::<i64>().ok(),
            Some(("v1", v)) => tags.push(v),
            _ => {}
        }
    }
    let at = at.ok_or(bad)?;
    if (now - at).abs() > TOLERANCE_S {
        return Err(DomainError::Invalid {
            field: "signature",
            rule: "stale",
        });
    }
    let matches = tags.iter().any(|tag| {
        unhex(tag).is_some_and(|bytes| mac(secret, at, body).verify_slice(&bytes).is_ok())
    });
    if matches {
        Ok(())
    } else {
        Err(DomainError::Invalid {
            field: "signature",
            rule: "bad",
        })
    }
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_and_any_change_breaks_it() {
        let header = sign("whsec_test", 1_000, b"{\"id\":1}");
        assert!(verify("whsec_test", &header, b"{\"id\":1}", 1_010).is_ok());
        assert!(
            verify("whsec_test", &header, b"{\"id\":2}", 1_010).is_err(),
            "body"
        );
        assert!(
            verify("other", &header, b"{\"id\":1}", 1_010).is_err(),
            "secret"
        );
        let moved = header.replace("t=1000", "t=1001");
        assert!(
            verify("whsec_test", &moved, b"{\"id\":1}", 1_010).is_err(),
            "time"
        );
        assert!(verify("whsec_test", "t=1000,v1=zz", b"{}", 1_000).is_err());
        assert!(verify("whsec_test", "", b"{}", 1_000).is_err());
    }

    #[test]
    fn an_old_signature_is_refused() {
        let header = sign("s", 1_000, b"x");
        assert!(matches!(
            verify("s", &header, b"x", 1_000 + TOLERANCE_S + 1),
            Err(DomainError::Invalid { rule: "stale", .. })
        ));
    }
}
