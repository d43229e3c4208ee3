//! What a member types about themselves, checked and tidied: e-mail address and display name.
//! A bad value fails with the field and a rule code the interface translates.

use crate::error::{DomainError, DomainResult};

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

/// An e-mail address, trimmed and lowercased: `local@domain.tld`, at most 254 characters.
pub fn email(typed: &str) -> DomainResult<String> {
    let email = typed.trim().to_lowercase();
    if email.is_empty() {
        return Err(invalid("email", "required"));
    }
    let valid = email.chars().count() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(email)
    } else {
        Err(invalid("email", "malformed"))
    }
}

/// Characters a display name may have, at most.
pub const NAME_MAX: usize = 40;

/// A display name: trimmed, 1–40 characters, no control or invisible formatting characters.
pub fn name(typed: &str) -> DomainResult<String> {
    let name = typed.trim();
    if name.is_empty() {
        return Err(invalid("name", "required"));
    }
    if name.chars().count() > NAME_MAX {
        return Err(invalid("name", "too_long"));
    }
    if name.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Err(invalid("name", "malformed"));
    }
    Ok(name.to_string())
}

/// Zero-width and bidirectional controls: they make a name look like another one.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_tidied_and_checked() {
        assert_eq!(
            email(" Boss@Shop.CN ").ok().as_deref(),
            Some("boss@shop.cn")
        );
        for (bad, rule) in [
            ("", "required"),
            ("no-at", "malformed"),
            ("a@b", "malformed"),
            ("a@.cn", "malformed"),
            ("a b@c.cn", "malformed"),
            ("@shop.cn", "malformed"),
            ("a@b@c.cn", "malformed"),
            ("a@shop..cn", "malformed"),
        ] {
            match email(bad) {
                Err(DomainError::Invalid {
                    field: "email",
                    rule: r,
                }) => assert_eq!(r, rule, "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
        assert!(email(&format!("{}@shop.cn", "a".repeat(250))).is_err());
    }

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(name("  王小明 ").ok().as_deref(), Some("王小明"));
        assert!(name("   ").is_err());
        assert!(name(&"名".repeat(NAME_MAX + 1)).is_err());
        assert!(name("Ann\u{202E}e").is_err());
        assert!(name("Ann\ne").is_err());
    }
}
