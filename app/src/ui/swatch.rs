//! Colour swatches from stored colour values.

/// Keeps only characters a CSS colour needs, so stored swatches cannot inject styles.
pub fn safe_colour(swatch: &str) -> String {
    let clean: String = swatch
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '#')
        .take(9)
        .collect();
    if clean.is_empty() {
        "transparent".into()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::safe_colour;

    #[test]
    fn swatches_are_sanitised() {
        assert_eq!(safe_colour("#1a2b3c"), "#1a2b3c");
        assert_eq!(safe_colour("red;background:url(x)"), "redbackgr");
        assert_eq!(safe_colour(""), "transparent");
    }
}
