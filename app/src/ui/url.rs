//! Building URLs from text a shopper typed.

/// Percent-encodes text for use as a query value (keeps `/` readable for paths).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes_query_values() {
        assert_eq!(
            super::encode_component("/class/x?page=2&a=b c"),
            "/class/x%3Fpage%3D2%26a%3Db%20c"
        );
        assert_eq!(super::encode_component("/搜"), "/%E6%90%9C");
        assert_eq!(super::encode_component("a#b%c+d"), "a%23b%25c%2Bd");
    }
}
