//! Text typed earlier, put back inside a `<textarea>`. The server's HTML renderer writes a
//! textarea's children as they are (it treats the element like `<script>`), so a text holding
//! `</textarea>` would end the element and what follows would be read as markup. On the server
//! the text is therefore written with `&`, `<` and `>` as character references, which the
//! browser reads back as the characters; in the browser it becomes a text node unchanged.

/// `text` made safe as a `<textarea>`'s content (see the module's note).
pub fn textarea_text(text: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        domain::notifications::templates::escape(text)
    }
    #[cfg(not(feature = "ssr"))]
    {
        text.to_string()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::textarea_text;

    #[test]
    fn nothing_typed_can_end_the_element() {
        let typed = "a </textarea><script>alert(1)</script> & b &lt;";
        let safe = textarea_text(typed);
        assert!(!safe.contains('<') && !safe.contains('>'));
        assert_eq!(
            safe,
            "a &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; b &amp;lt;"
        );
        assert_eq!(textarea_text("量体 ok"), "量体 ok");
    }
}
