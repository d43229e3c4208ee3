//! What a member types about themselves, checked and tidied: e-mail address, display name and
//! other short text, birthday. A bad value fails with the field and a rule code the interface
//! translates.

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
    text("name", typed, NAME_MAX)
}

/// A line of text for `field`: trimmed, 1–`max` characters, no control or invisible
/// formatting characters.
pub fn text(field: &'static str, typed: &str, max: usize) -> DomainResult<String> {
    let text = typed.trim();
    if text.is_empty() {
        return Err(invalid(field, "required"));
    }
    if text.chars().count() > max {
        return Err(invalid(field, "too_long"));
    }
    if text.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Err(invalid(field, "malformed"));
    }
    Ok(text.to_string())
}

/// A passage of free text for `field` (a message, a post, a review, a reply): trimmed, with
/// line breaks as `\n` (browsers send `\r\n`, which a person typed as one character);
/// `min`–`max` characters (empty allowed only when `min` is 0); no control characters but
/// line breaks and tabs, and no direction overrides, which make text read otherwise than it
/// is (`txt.exe` shown as `exe.txt`).
pub fn passage(field: &'static str, typed: &str, min: usize, max: usize) -> DomainResult<String> {
    let text = typed.trim().replace("\r\n", "\n");
    let length = text.chars().count();
    if length == 0 && min > 0 {
        return Err(invalid(field, "required"));
    }
    if length < min {
        return Err(invalid(field, "too_short"));
    }
    if length > max {
        return Err(invalid(field, "too_long"));
    }
    let hostile = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(hostile) {
        return Err(invalid(field, "malformed"));
    }
    Ok(text)
}

/// A birthday as `YYYY-MM-DD`: a real date from 1900 up to `today` (also `YYYY-MM-DD`).
pub fn birthday(typed: &str, today: &str) -> DomainResult<String> {
    let date = typed.trim();
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    let shaped = date.len() == 10 && parts.len() == 3;
    let real = shaped && {
        let (y, m, d) = (parts[0], parts[1], parts[2]);
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        y >= 1900 && (1..=days).contains(&d)
    };
    if !real {
        return Err(invalid("birthday", "malformed"));
    }
    if date > today {
        return Err(invalid("birthday", "future"));
    }
    Ok(date.to_string())
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
    fn passages_keep_their_lines_and_refuse_hidden_tricks() {
        let rule = |typed: &str, min: usize| match passage("body", typed, min, 10) {
            Ok(text) => text,
            Err(DomainError::Invalid { rule, .. }) => format!("!{rule}"),
            Err(e) => format!("!{e}"),
        };
        assert_eq!(rule("  one\r\ntwo\tx ", 1), "one\ntwo\tx");
        assert_eq!(
            rule("123456789\r\n", 1),
            "123456789",
            "the break at the end is trimmed"
        );
        assert_eq!(
            rule("12345\r\n1234", 1),
            "12345\n1234",
            "\\r\\n is one character typed"
        );
        assert_eq!(rule("12345678901", 1), "!too_long");
        assert_eq!(rule("  ", 1), "!required");
        assert_eq!(rule("", 0), "");
        assert_eq!(rule("ab", 3), "!too_short");
        assert_eq!(rule("a\u{0}b", 1), "!malformed");
        assert_eq!(rule("a\rb", 1), "!malformed");
        assert_eq!(rule("gpj\u{202E}.exe", 1), "!malformed");
        assert_eq!(
            rule("家\u{200D}人", 1),
            "家\u{200D}人",
            "emoji joiners are text"
        );
    }

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

    #[test]
    fn birthdays_are_real_past_dates() {
        let today = "2026-11-22";
        assert_eq!(
            birthday(" 2000-02-29 ", today).ok().as_deref(),
            Some("2000-02-29")
        );
        for (bad, rule) in [
            ("1999-02-29", "malformed"),
            ("2000-13-01", "malformed"),
            ("2000-1-1", "malformed"),
            ("1899-12-31", "malformed"),
            ("２０００-01-01", "malformed"),
            ("tomorrow", "malformed"),
            ("2026-11-23", "future"),
        ] {
            match birthday(bad, today) {
                Err(DomainError::Invalid { rule: r, .. }) => assert_eq!(r, rule, "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
