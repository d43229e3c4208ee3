//! Where a shopper goes back to after logging in: a path on this shop, never another site.

/// `raw` if it is a path on this shop (`/product/x?colour=2`); `None` for anything that could
/// lead elsewhere (`//evil.example`, `/\evil`, `https://…`, control characters) or is too long.
pub fn safe_next(raw: &str) -> Option<String> {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.contains('\\')
        && raw.len() <= 512
        && raw.chars().all(|c| c.is_ascii_graphic())
        && !raw.starts_with("/account/login");
    ok.then(|| raw.to_string())
}

/// The page this request was sent from (its `Referer`), when it is a page of this shop.
#[cfg(feature = "ssr")]
pub fn back_here() -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    let referer = parts.headers.get(http::header::REFERER)?.to_str().ok()?;
    let host = parts.headers.get(http::header::HOST)?.to_str().ok()?;
    let (_, rest) = referer.split_once("://")?;
    let path = rest.strip_prefix(host)?;
    safe_next(if path.is_empty() { "/" } else { path })
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_paths_on_this_shop_are_followed() {
        assert_eq!(
            safe_next("/product/oxford?colour=2").as_deref(),
            Some("/product/oxford?colour=2")
        );
        assert_eq!(safe_next("/").as_deref(), Some("/"));
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "",
            "evil",
            "/a b",
            "/\u{202e}x",
            "/account/login?next=/",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
        assert_eq!(safe_next(&format!("/{}", "a".repeat(600))), None);
    }
}
