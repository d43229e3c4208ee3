//! The renderer against hostile sources: whatever is typed, the HTML holds only the tags and
//! attributes the renderer writes itself, and every address in it is one the rules allow.

use super::*;

/// The tags the renderer may write, each with the attributes it may carry.
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("em", &[]),
    ("strong", &[]),
    ("del", &[]),
    ("code", &[]),
    ("pre", &[]),
    ("blockquote", &[]),
    ("hr", &[]),
    ("br", &[]),
    ("table", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &["style"]),
    ("td", &["style"]),
    ("a", &["href", "title", "rel"]),
    ("img", &["src", "alt", "title", "loading"]),
];

fn decode(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A tag's name and its attributes (name, decoded value).
type Tag = (String, Vec<(String, String)>);

/// Reads one tag starting at `<`, and the rest of the HTML.
fn tag(html: &str) -> Result<(Tag, &str), String> {
    let inner = html.strip_prefix('<').ok_or("not a tag")?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .ok_or("unterminated tag")?;
    let name = inner[..name_end].to_string();
    let mut rest = &inner[name_end..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return Ok(((name, attributes), after));
        }
        let eq = rest
            .find('=')
            .ok_or(format!("attribute without value in <{name}"))?;
        let attribute = rest[..eq].to_string();
        let value_start = rest[eq + 1..]
            .strip_prefix('"')
            .ok_or(format!("unquoted attribute {attribute}"))?;
        let close = value_start.find('"').ok_or("unterminated value")?;
        attributes.push((attribute, decode(&value_start[..close])));
        rest = &value_start[close + 1..];
    }
}

/// Whether `html` holds only allowed tags, attributes and addresses.
fn check(html: &str) -> Result<(), String> {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let ((name, attributes), after) = tag(&rest[open..])?;
        let allowed = ALLOWED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| *a)
            .ok_or(format!("tag <{name}>"))?;
        for (attribute, value) in &attributes {
            if !allowed.contains(&attribute.as_str()) {
                return Err(format!("attribute {attribute} on <{name}>"));
            }
            let lower = value.to_ascii_lowercase();
            let ok = match attribute.as_str() {
                "href" => {
                    (lower.starts_with('/') && !lower.starts_with("//"))
                        || ["#", "http://", "https://", "mailto:"]
                            .iter()
                            .any(|p| lower.starts_with(p))
                }
                "src" => lower.starts_with('/') && !lower.starts_with("//"),
                "style" => lower.starts_with("text-align:") && !lower.contains(';'),
                "rel" => lower == "nofollow noopener",
                "loading" => lower == "lazy",
                "start" => lower.chars().all(|c| c.is_ascii_digit()),
                _ => true,
            };
            if !ok || value.chars().any(|c| c.is_control() || c == '\\') {
                return Err(format!("{attribute}=\"{value}\" on <{name}>"));
            }
        }
        let is_web = attributes
            .iter()
            .any(|(a, v)| a == "href" && v.to_ascii_lowercase().starts_with("http"));
        let has_rel = attributes.iter().any(|(a, _)| a == "rel");
        if name == "a" && is_web != has_rel {
            return Err(format!(
                "rel does not match the address in <a {attributes:?}>"
            ));
        }
        rest = after;
    }
    Ok(())
}

fn assert_inert(markdown: &str) -> String {
    let html = render(markdown).into_string();
    if let Err(e) = check(&html) {
        panic!("{e}\nsource: {markdown:?}\nhtml: {html}");
    }
    html
}

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "Hello <script>alert(1)</script> world",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<div onclick=\"alert(1)\">click me</div>",
    "<svg onload=alert(1)><circle r=\"1\"/></svg>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
    "<style>body { display: none }</style>",
    "<!-- hidden --><script>alert(1)</script>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;&#x61;vascript&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](java&#10;script:alert(1))",
    "[x](java&#09;script:alert(1))",
    "[x](<java\nscript:alert(1)>)",
    "[x]( javascript:alert(1) )",
    "[x](\u{0}javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](//evil.example/steal)",
    "[x](/\\evil.example)",
    "[x](https:/\\evil.example)",
    "[x](https://ok.example \"t\\\" onclick=\\\"alert(1)\")",
    "[x](/ok 'a\" onmouseover=\"alert(1)')",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x\" onerror=\"alert(1)](/media/a.png)",
    "![<script>alert(1)</script>](/media/a.png)",
    "![x](https://tracker.example/pixel.gif)",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "<vbscript:msgbox(1)>",
    "<data:text/html,<script>alert(1)</script>>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x][r]\n\n[r]: /ok \"a\\\" onmouseover=\\\"alert(1)\"",
    "[r]\n\n[r]: <JavaScript:alert(1)>",
    "[<img src=x onerror=alert(1)>](/ok)",
    "<a href=\"/ok\" onmouseover=\"alert(1)\">hi</a>",
    "| a | b |\n|---|:-:|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
    "```html\"><script>alert(1)</script>\ncode\n```",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "> <iframe srcdoc=\"<script>alert(1)</script>\">",
    "# <img src=x onerror=alert(1)>",
    "* [x](javascript:alert(1))\n* <b onmouseover=alert(1)>b</b>",
    "[a](/ok)[b](javascript:alert(1))[c](https://ok.example)",
];

#[test]
fn hostile_sources_render_inert() {
    assert!(HOSTILE.len() >= 20);
    for source in HOSTILE {
        let html = assert_inert(source);
        let lower = html.to_ascii_lowercase();
        for bad in [
            "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<math", "<div",
        ] {
            assert!(!lower.contains(bad), "{bad} in {html} from {source:?}");
        }
    }
}

#[test]
fn raw_html_is_shown_as_text() {
    let html = assert_inert("Hello <b>bold</b> & <script>alert(1)</script>");
    assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    let block = assert_inert("<div onclick=\"alert(1)\">\nclick\n</div>");
    assert!(block.starts_with("<p>&lt;div"), "{block}");
}

#[test]
fn refused_links_keep_their_text() {
    let html = assert_inert("See [the offer](javascript:alert(1)) now");
    assert_eq!(html.trim(), "<p>See the offer now</p>");
    let reference = assert_inert("[x][r]\n\n[r]: JAVASCRIPT:alert(1)");
    assert_eq!(reference.trim(), "<p>x</p>");
}

#[test]
fn allowed_links_are_written_with_rel_for_other_sites() {
    let html = assert_inert(
        "[lookup](/orders/lookup) [top](#faq) [SF](https://www.sf-express.com \"SF\") \
         <service@emporium.example> [mail](mailto:service@emporium.example)",
    );
    assert!(
        html.contains("<a href=\"/orders/lookup\">lookup</a>"),
        "{html}"
    );
    assert!(html.contains("<a href=\"#faq\">top</a>"), "{html}");
    assert!(
        html.contains(
            "<a href=\"https://www.sf-express.com\" title=\"SF\" rel=\"nofollow noopener\">SF</a>"
        ),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"mailto:service@emporium.example\">service@emporium.example</a>"),
        "{html}"
    );
}

#[test]
fn images_only_from_this_site() {
    let local = assert_inert("![Size chart](/media/size-chart.png \"Sizes\")");
    assert!(
        local.contains(
            "<img src=\"/media/size-chart.png\" alt=\"Size chart\" title=\"Sizes\" loading=\"lazy\">"
        ),
        "{local}"
    );
    let remote = assert_inert("![chart](https://cdn.example/c.png)");
    assert!(!remote.contains("<img"), "{remote}");
    assert!(
        remote
            .contains("<a href=\"https://cdn.example/c.png\" rel=\"nofollow noopener\">chart</a>"),
        "{remote}"
    );
    let other = assert_inert("![a *b*](ftp://x/y.png)");
    assert_eq!(other.trim(), "<p>a b</p>");
}

#[test]
fn the_markup_staff_need_is_rendered() {
    let html = assert_inert(
        "## 运费\n\n**满 ¥299** 包邮，*偏远地区*除外 ~~¥399~~\n\n1. one\n2. two\n\n- a\n- b\n\n\
         | 地区 | 运费 |\n|:--|--:|\n| 默认 | ¥12 |\n\n```rust\nlet x = 1 < 2;\n```\n\n> note\n\n---\n",
    );
    for part in [
        "<h2>运费</h2>",
        "<strong>满 ¥299</strong>",
        "<em>偏远地区</em>",
        "<del>¥399</del>",
        "<ol>",
        "<li>one</li>",
        "<ul>",
        "<table>",
        "<th style=\"text-align: left\">地区</th>",
        "<td style=\"text-align: right\">¥12</td>",
        "<pre><code>let x = 1 &lt; 2;",
        "<blockquote>",
        "<hr />",
    ] {
        assert!(html.contains(part), "{part} in {html}");
    }
}

#[test]
fn plain_text_drops_markup_and_raw_html() {
    assert_eq!(
        plain_text(
            "## Fees\n\n**Free** over [¥299](/help/delivery).<script>x</script>\n\n- a\n- b"
        ),
        "Fees Free over ¥299. x a b"
    );
    assert_eq!(plain_text("<div>\nhidden\n</div>"), "");
    assert_eq!(plain_text("| a | b |\n|---|---|\n| 1 | 2 |"), "a b 1 2");
}

#[test]
fn excerpts_cut_at_words_and_mark_the_cut() {
    assert_eq!(excerpt("short", 10), "short");
    assert_eq!(
        excerpt("Returns within seven days of delivery", 20),
        "Returns within seven…"
    );
    assert_eq!(excerpt("签收后七天内可以无理由退货", 6), "签收后七天内…");
}

#[test]
fn targets_are_sorted_strictly() {
    for (url, expected) in [
        ("/help/returns", Target::Site),
        ("#faq", Target::Site),
        ("HTTPS://Example.com/x", Target::Web),
        ("http://example.com", Target::Web),
        ("mailto:a@b.example", Target::Mail),
        ("https://", Target::Refused),
        ("//example.com", Target::Refused),
        ("/\\example.com", Target::Refused),
        ("help/returns", Target::Refused),
        ("javascript:alert(1)", Target::Refused),
        ("java\tscript:alert(1)", Target::Refused),
        ("\u{200B}javascript:alert(1)", Target::Refused),
        ("ｊａｖａｓｃｒｉｐｔ:alert(1)", Target::Refused),
        ("data:text/html,x", Target::Refused),
        ("/ok\nx", Target::Refused),
        ("", Target::Refused),
    ] {
        assert_eq!(target(url), expected, "{url:?}");
    }
}

#[test]
fn the_checker_itself_catches_executable_markup() {
    assert!(check("<p onclick=\"x\">a</p>").is_err());
    assert!(check("<script>x</script>").is_err());
    assert!(check("<a href=\"javascript:x\">a</a>").is_err());
    assert!(check("<a href=\"https://x.example\">a</a>").is_err());
    assert!(check("<img src=\"https://x.example/a.png\" alt=\"\">").is_err());
    assert!(check("<p>fine <a href=\"/x\">x</a></p>").is_ok());
}
