//! The texts of the shop's mails, in the member's language, as plain text and as HTML (every
//! value put into the HTML is escaped).

use super::Mail;

/// Who the mail is from and where its links lead.
#[derive(Clone, Debug)]
pub struct Letterhead {
    /// The shop's name in the recipient's language.
    pub shop: String,
    /// The shop's public address (`https://shop.example`), without a trailing slash.
    pub url: String,
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html_page(lang: &str, paragraphs: &[String], link: &str, button: &str) -> String {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>\n", escape(p)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><body style=\"font-family:sans-serif\">\n{body}\
         <p><a href=\"{href}\">{button}</a></p>\n<p>{href}</p>\n</body></html>\n",
        href = escape(link),
        button = escape(button),
    )
}

/// "Please confirm your e-mail address", with the link that does it (valid `hours`).
pub fn verify_email(
    to: &str,
    name: &str,
    language: &str,
    head: &Letterhead,
    token: &str,
    hours: i64,
) -> Mail {
    let link = format!("{}/account/verify?token={token}", head.url);
    let (subject, paragraphs, button) = if language == "en" {
        (
            format!("Please confirm your e-mail address — {}", head.shop),
            vec![
                format!("Hello {name},"),
                format!("Welcome to {}. Please confirm that this address is yours:", head.shop),
                format!("The link works once, within {hours} hours. If you did not register, ignore this mail."),
            ],
            "Confirm my e-mail address",
        )
    } else {
        (
            format!("请验证您的邮箱 — {}", head.shop),
            vec![
                format!("{name}，您好："),
                format!(
                    "欢迎加入{}。请点击下面的链接，确认这是您的邮箱：",
                    head.shop
                ),
                format!("链接只能使用一次，{hours} 小时内有效。如果您没有注册，请忽略本邮件。"),
            ],
            "验证我的邮箱",
        )
    };
    let text = format!("{}\n\n{link}\n", paragraphs.join("\n\n"));
    let html_lang = if language == "en" { "en" } else { "zh-CN" };
    Mail {
        to: to.to_string(),
        subject,
        html: html_page(html_lang, &paragraphs, &link, button),
        text,
        kind: "verify_email",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verification_mail_carries_the_link_and_escapes_the_name() {
        let head = Letterhead {
            shop: "Emporium".into(),
            url: "https://shop.example".into(),
        };
        let mail = verify_email("a@example.com", "<b>Ann</b>", "en", &head, "abc123", 24);
        assert!(mail
            .text
            .contains("https://shop.example/account/verify?token=abc123"));
        assert!(mail
            .html
            .contains("href=\"https://shop.example/account/verify?token=abc123\""));
        assert!(mail.html.contains("&lt;b&gt;Ann&lt;/b&gt;") && !mail.html.contains("<b>Ann"));
        assert!(mail.subject.contains("confirm"));
        let zh = verify_email("a@example.com", "明", "zh-CN", &head, "abc123", 24);
        assert!(zh.subject.contains("验证") && zh.text.contains("24 小时"));
    }
}
