//! Markdown that staff write (help pages, FAQ answers) as HTML safe to put into a page, and as
//! plain text for search and snippets.
//!
//! The source is CommonMark with tables and strikethrough. Nothing in it can become markup of
//! its own: raw HTML (blocks and inline) is shown as text; links keep their `href` only for
//! `http:`, `https:`, `mailto:` and site-relative (`/…`, `#…`) addresses, and any other link is
//! reduced to its text; links to other sites get `rel="nofollow noopener"`. Images are shown
//! only from this site (`/…`): an image elsewhere on the web becomes a link to it (so a page
//! never makes visitors load a third party's files), and any other image becomes its
//! description. Only addresses, titles and descriptions reach an attribute from the source,
//! escaped; there is never a `class`, `id` or event attribute, and the only `style` is the
//! fixed `text-align` of a table column.

use crate::notifications::templates::escape;
use pulldown_cmark::{html, CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// HTML made by [`render`]: safe to insert into a page as it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SafeHtml(String);

impl SafeHtml {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The HTML of `markdown`, with nothing executable in it (see the module's rules).
pub fn render(markdown: &str) -> SafeHtml {
    let mut out = String::with_capacity(markdown.len() + markdown.len() / 2);
    html::push_html(&mut out, Inert::new(Parser::new_ext(markdown, options())));
    SafeHtml(out)
}

/// The words of `markdown` without its markup, on one line (for search and snippets). Raw
/// HTML in the source is left out; image descriptions and link texts stay.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            // Raw HTML is left out, but it still separates the words around it.
            Event::SoftBreak
            | Event::HardBreak
            | Event::Rule
            | Event::Html(_)
            | Event::InlineHtml(_) => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `max_chars` characters of `text`, cut after a whole word where one ends near
/// the limit, with `…` when anything was cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    // Latin text is cut at the last space of the final fifth; Chinese has none and is cut anywhere.
    let keep = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() >= max_chars * 4 / 5 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", keep.trim_end())
}

/// Where a link may point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// This site: `/path` or `#fragment`.
    Site,
    /// Another site, over `http:` or `https:`.
    Web,
    /// An e-mail address (`mailto:`).
    Mail,
    /// Anything else (`javascript:`, `data:`, `//host`, relative paths, odd characters).
    Refused,
}

/// Sorts a link address. Browsers ignore tabs and newlines inside a scheme and treat `\` as
/// `/`, so an address with whitespace, a control character or a backslash is refused outright.
fn target(url: &str) -> Target {
    if url.is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Target::Refused;
    }
    let lower = url.to_ascii_lowercase();
    let has_host = |scheme: &str| lower.len() > scheme.len() && lower.starts_with(scheme);
    if lower.starts_with('#') || (lower.starts_with('/') && !lower.starts_with("//")) {
        Target::Site
    } else if has_host("https://") || has_host("http://") {
        Target::Web
    } else if has_host("mailto:") {
        Target::Mail
    } else {
        Target::Refused
    }
}

/// The opening tag of a link to `url` (already sorted as `to`), with its title.
fn anchor(url: &str, title: &str, to: Target) -> String {
    let mut tag = format!("<a href=\"{}\"", escape(url));
    if !title.is_empty() {
        tag.push_str(&format!(" title=\"{}\"", escape(title)));
    }
    if to == Target::Web {
        tag.push_str(" rel=\"nofollow noopener\"");
    }
    tag.push('>');
    tag
}

/// The parser's events with everything that could carry markup of the source's own made inert.
/// The only HTML events left are the tags written here, from checked addresses.
struct Inert<'a> {
    events: Parser<'a>,
    /// For each open link: whether its tags are written (its address was allowed).
    links: Vec<bool>,
}

impl<'a> Inert<'a> {
    fn new(events: Parser<'a>) -> Self {
        Inert {
            events,
            links: Vec::new(),
        }
    }

    /// Reads an image's description up to its end (images may nest inside descriptions).
    fn description(&mut self) -> String {
        let mut depth = 1;
        let mut text = String::new();
        for event in self.events.by_ref() {
            match event {
                Event::Start(Tag::Image { .. }) => depth += 1,
                Event::End(TagEnd::Image) => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                _ => {}
            }
        }
        text
    }

    fn image(&mut self, url: &str, title: &str) -> Event<'a> {
        let alt = self.description();
        let shown = match target(url) {
            Target::Site if url.starts_with('/') => {
                let mut tag = format!("<img src=\"{}\" alt=\"{}\"", escape(url), escape(&alt));
                if !title.is_empty() {
                    tag.push_str(&format!(" title=\"{}\"", escape(title)));
                }
                tag.push_str(" loading=\"lazy\">");
                tag
            }
            Target::Web => {
                let text = if alt.trim().is_empty() { url } else { &alt };
                format!("{}{}</a>", anchor(url, title, Target::Web), escape(text))
            }
            _ => escape(&alt),
        };
        Event::InlineHtml(shown.into())
    }
}

impl<'a> Iterator for Inert<'a> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let event = self.events.next()?;
            return Some(match event {
                Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
                // A block of raw HTML is shown as a paragraph of its text.
                Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
                Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                }) => {
                    let url = match link_type {
                        LinkType::Email => format!("mailto:{dest_url}"),
                        _ => dest_url.to_string(),
                    };
                    let to = target(&url);
                    self.links.push(to != Target::Refused);
                    if to == Target::Refused {
                        continue;
                    }
                    Event::InlineHtml(anchor(&url, &title, to).into())
                }
                Event::End(TagEnd::Link) => {
                    if self.links.pop().unwrap_or(false) {
                        Event::InlineHtml("</a>".into())
                    } else {
                        continue;
                    }
                }
                Event::Start(Tag::Image {
                    dest_url, title, ..
                }) => {
                    let (url, title) = (dest_url.to_string(), title.to_string());
                    self.image(&url, &title)
                }
                // A fenced block's info string would become a `class`: the language is dropped.
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                    Event::Start(Tag::CodeBlock(CodeBlockKind::Indented))
                }
                other => other,
            });
        }
    }
}

#[cfg(test)]
mod tests;
