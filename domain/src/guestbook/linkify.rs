//! Text with its web addresses found, so a page can show the text as text and each address
//! as a link (`rel="nofollow ugc noopener"`). Only `http://` and `https://` addresses become
//! links; anything else (`javascript:`, `data:`, HTML) stays plain text.

use serde::{Deserialize, Serialize};

/// Most characters of one address made a link (longer ones stay text).
const URL_MAX: usize = 500;

/// A run of a post's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Text(String),
    Link(String),
}

/// Signs that end a sentence rather than an address when they come last.
fn trailing(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '"' | '>' | '<'
    ) || !c.is_ascii()
}

/// Splits `text` into plain runs and web addresses.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = find_scheme(rest) {
        let (before, from) = rest.split_at(start);
        let mut end = from
            .find(|c: char| {
                c.is_whitespace()
                    || c.is_control()
                    || !c.is_ascii()
                    || c == '<'
                    || c == '>'
                    || c == '"'
            })
            .unwrap_or(from.len());
        while end > 0 && from[..end].chars().last().is_some_and(trailing) {
            end -= from[..end].chars().last().map_or(1, char::len_utf8);
        }
        let url = &from[..end];
        let host = url.split_once("://").map_or("", |(_, h)| h);
        if !before.is_empty() {
            push_text(&mut out, before);
        }
        if host.is_empty() || host.starts_with('/') || url.len() > URL_MAX {
            push_text(&mut out, &from[..end.max(1)]);
            rest = &from[end.max(1)..];
            continue;
        }
        out.push(Segment::Link(url.to_string()));
        rest = &from[end..];
    }
    if !rest.is_empty() {
        push_text(&mut out, rest);
    }
    out
}

fn push_text(out: &mut Vec<Segment>, text: &str) {
    match out.last_mut() {
        Some(Segment::Text(last)) => last.push_str(text),
        _ => out.push(Segment::Text(text.to_string())),
    }
}

/// Where the next `http://` or `https://` starts (any case).
fn find_scheme(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("http://"), lower.find("https://")]
        .into_iter()
        .flatten()
        .min()
}

#[cfg(test)]
mod tests {
    use super::Segment::{Link, Text};
    use super::*;

    #[test]
    fn addresses_become_links_and_the_rest_stays_text() {
        assert_eq!(
            segments("见 https://shop.example/help。谢谢"),
            vec![
                Text("见 ".into()),
                Link("https://shop.example/help".into()),
                Text("。谢谢".into())
            ]
        );
        assert_eq!(
            segments("(see http://a.cn/x?y=1.)"),
            vec![
                Text("(see ".into()),
                Link("http://a.cn/x?y=1".into()),
                Text(".)".into())
            ]
        );
        assert_eq!(
            segments("javascript:alert(1) <a href=\"http://x.cn\">"),
            vec![
                Text("javascript:alert(1) <a href=\"".into()),
                Link("http://x.cn".into()),
                Text("\">".into())
            ]
        );
        assert_eq!(
            segments("http:// nothing"),
            vec![Text("http:// nothing".into())]
        );
        assert_eq!(segments("plain"), vec![Text("plain".into())]);
        assert_eq!(segments(""), vec![]);
    }

    #[test]
    fn nothing_is_lost() {
        for text in [
            "a http://b.cn c https://d.cn/e.",
            "HTTPS://X.CN!",
            "http://",
            "ok https://a.cn/<script>",
        ] {
            let joined: String = segments(text)
                .into_iter()
                .map(|s| match s {
                    Text(t) | Link(t) => t,
                })
                .collect();
            assert_eq!(joined, text);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_splits_without_loss_and_links_only_the_web(text in "(\\PC|https?://|[<>\"' .])*") {
            let parts = segments(&text);
            let joined: String = parts.iter().map(|s| match s {
                Text(t) | Link(t) => t.as_str(),
            }).collect();
            proptest::prop_assert_eq!(joined, text);
            for part in parts {
                if let Link(url) = part {
                    let lower = url.to_ascii_lowercase();
                    proptest::prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
                    proptest::prop_assert!(url.is_ascii() && !url.contains(['<', '>', '"']));
                    proptest::prop_assert!(!url.chars().any(char::is_whitespace));
                }
            }
        }
    }
}
