//! What an editor's text must be before it is stored: titles and questions are one line of
//! 1–80 (or 200) characters; bodies and answers are Markdown of at most 20,000 (or 5,000)
//! characters with line ends made uniform, no control characters and no bidirectional
//! overrides (which can make a text read differently from what it says). A refusal names the
//! field and the rule (`required`, `too_long`, `malformed`).

use crate::error::{DomainError, DomainResult};
use crate::members::fields;

/// Characters a page title may have, at most.
pub const TITLE_MAX: usize = 80;
/// Characters a page body may have, at most (per language).
pub const BODY_MAX: usize = 20_000;
/// Characters a question may have, at most.
pub const QUESTION_MAX: usize = 200;
/// Characters an answer may have, at most (per language).
pub const ANSWER_MAX: usize = 5_000;
/// Characters a slug may have, at most.
const SLUG_MAX: usize = 60;

/// Whether `slug` can be a help page's address: 1–60 lower-case ASCII letters and digits in
/// words joined by single hyphens (`payment-methods`).
pub fn is_slug(slug: &str) -> bool {
    slug.len() <= SLUG_MAX
        && !slug.is_empty()
        && slug.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A slug as an editor typed it, trimmed and checked.
pub(super) fn slug(typed: &str) -> DomainResult<String> {
    let slug = typed.trim();
    if slug.is_empty() {
        return Err(invalid("slug", "required"));
    }
    if slug.len() > SLUG_MAX {
        return Err(invalid("slug", "too_long"));
    }
    if !is_slug(slug) {
        return Err(invalid("slug", "malformed"));
    }
    Ok(slug.to_string())
}

/// A one-line text (a title, a question): trimmed, 1–`max` characters.
pub(super) fn line(field: &'static str, typed: &str, max: usize) -> DomainResult<String> {
    fields::text(field, typed, max)
}

/// A Markdown text: line ends as `\n`, blank lines at either end dropped, at most `max`
/// characters. It may be empty; the caller decides whether one language may be left empty.
pub(super) fn markdown(field: &'static str, typed: &str, max: usize) -> DomainResult<String> {
    let text = typed.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim_end().trim_start_matches('\n');
    if text.chars().count() > max {
        return Err(invalid(field, "too_long"));
    }
    let bad = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(bad) {
        return Err(invalid(field, "malformed"));
    }
    Ok(text.to_string())
}

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

/// Both languages of a Markdown text: each checked, and not both empty (an empty one shows
/// the other language).
pub(super) fn markdown_pair(
    fields: (&'static str, &'static str),
    typed: (&str, &str),
    max: usize,
) -> DomainResult<(String, String)> {
    let zh = markdown(fields.0, typed.0, max)?;
    let en = markdown(fields.1, typed.1, max)?;
    if zh.is_empty() && en.is_empty() {
        return Err(invalid(fields.0, "required"));
    }
    Ok((zh, en))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule<T: std::fmt::Debug>(result: DomainResult<T>) -> (&'static str, &'static str) {
        match result {
            Err(DomainError::Invalid { field, rule }) => (field, rule),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_single_hyphens() {
        for good in ["returns", "payment-methods", "size-guide-2027", "a"] {
            assert!(is_slug(good), "{good}");
            assert_eq!(slug(&format!(" {good} ")).ok().as_deref(), Some(good));
        }
        for bad in [
            "Returns",
            "-returns",
            "returns-",
            "pay--ment",
            "pay_ment",
            "退货",
            "../admin",
            "a b",
        ] {
            assert!(!is_slug(bad), "{bad}");
            assert_eq!(rule(slug(bad)), ("slug", "malformed"), "{bad}");
        }
        assert_eq!(rule(slug("  ")), ("slug", "required"));
        assert_eq!(rule(slug(&"a".repeat(61))), ("slug", "too_long"));
    }

    #[test]
    fn markdown_is_tidied_and_limited() {
        assert_eq!(
            markdown("body_en", "\r\n\r\n# Hi\r\n\r\n    code\rline  \n\n", 100)
                .ok()
                .as_deref(),
            Some("# Hi\n\n    code\nline")
        );
        assert_eq!(markdown("body_en", "", 100).ok().as_deref(), Some(""));
        assert_eq!(
            rule(markdown("body_zh", &"字".repeat(101), 100)),
            ("body_zh", "too_long")
        );
        assert!(markdown("body_zh", &"字".repeat(100), 100).is_ok());
        for bad in ["a\u{0}b", "a\u{1b}[31mb", "evil\u{202E}txt.exe"] {
            assert_eq!(
                rule(markdown("body_zh", bad, 100)),
                ("body_zh", "malformed")
            );
        }
        assert!(markdown("body_zh", "tab\there", 100).is_ok());
    }

    #[test]
    fn one_language_may_be_left_empty_but_not_both() {
        let fields = ("body_zh", "body_en");
        assert!(markdown_pair(fields, ("", "Text"), 100).is_ok());
        assert_eq!(
            rule(markdown_pair(fields, (" \n", "\r\n"), 100)),
            ("body_zh", "required")
        );
    }
}
