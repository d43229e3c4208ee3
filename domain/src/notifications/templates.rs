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

/// `text` escaped for HTML or XML element content and double- or single-quoted attributes
/// (mails, the sitemaps, text put back in a textarea).
pub fn escape(text: &str) -> String {
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
    linked_mail(
        to,
        language,
        "verify_email",
        &link,
        subject,
        &paragraphs,
        button,
    )
}

/// "Choose a new password", with the link that lets them (valid `hours`).
pub fn reset_password(
    to: &str,
    name: &str,
    language: &str,
    head: &Letterhead,
    token: &str,
    hours: i64,
) -> Mail {
    let link = format!("{}/account/reset?token={token}", head.url);
    let (subject, paragraphs, button) = if language == "en" {
        (
            format!("Choose a new password — {}", head.shop),
            vec![
                format!("Hello {name},"),
                format!("Someone asked to reset the password of your {} account. To choose a new one, open:", head.shop),
                format!("The link works once, within {hours} hour(s). If it was not you, ignore this mail: your password stays as it is."),
            ],
            "Choose a new password",
        )
    } else {
        (
            format!("重设密码 — {}", head.shop),
            vec![
                format!("{name}，您好："),
                format!("有人申请重设您在{}的账户密码。如需设置新密码，请打开：", head.shop),
                format!("链接只能使用一次，{hours} 小时内有效。如果不是您本人操作，请忽略本邮件，密码不会改变。"),
            ],
            "设置新密码",
        )
    };
    linked_mail(
        to,
        language,
        "reset_password",
        &link,
        subject,
        &paragraphs,
        button,
    )
}

/// A mail whose point is one link: the paragraphs, then the link (a button in HTML).
/// "Thank you for your order", with its number, what it costs, how it is paid and the link
/// to see it.
pub fn order_placed(
    to: &str,
    language: &str,
    head: &Letterhead,
    number: &str,
    total: &str,
    how_paid: &str,
    link_path: &str,
) -> Mail {
    let link = format!("{}{link_path}", head.url);
    let (subject, paragraphs, button) = if language == "en" {
        (
            format!("Your order {number} — {}", head.shop),
            vec![
                "Thank you for your order.".to_string(),
                format!("Order number: {number}"),
                format!("Total: {total}"),
                format!("Payment: {how_paid}"),
                "Keep the order number: with your e-mail address or phone it finds the order at any time.".to_string(),
            ],
            "See my order",
        )
    } else {
        (
            format!("您的订单 {number} — {}", head.shop),
            vec![
                "感谢您的订购。".to_string(),
                format!("订单号：{number}"),
                format!("应付总额：{total}"),
                format!("支付方式：{how_paid}"),
                "请保存订单号：凭订单号和下单时的邮箱或电话，随时可以查询订单。".to_string(),
            ],
            "查看我的订单",
        )
    };
    linked_mail(
        to,
        language,
        "order_placed",
        &link,
        subject,
        &paragraphs,
        button,
    )
}

pub(crate) fn linked_mail(
    to: &str,
    language: &str,
    kind: &'static str,
    link: &str,
    subject: String,
    paragraphs: &[String],
    button: &str,
) -> Mail {
    let text = format!("{}\n\n{link}\n", paragraphs.join("\n\n"));
    let html_lang = if language == "en" { "en" } else { "zh-CN" };
    Mail {
        to: to.to_string(),
        subject,
        html: html_page(html_lang, paragraphs, link, button),
        text,
        kind,
        list_unsubscribe: None,
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

    #[test]
    fn the_reset_mail_links_to_the_reset_page() {
        let head = Letterhead {
            shop: "Emporium".into(),
            url: "https://shop.example".into(),
        };
        let mail = reset_password("a@example.com", "Ann", "en", &head, "f00d", 1);
        assert!(mail
            .text
            .contains("https://shop.example/account/reset?token=f00d"));
        assert_eq!(mail.kind, "reset_password");
        let zh = reset_password("a@example.com", "明", "zh-CN", &head, "f00d", 1);
        assert!(zh.subject.contains("重设密码") && zh.html.contains("lang=\"zh-CN\""));
    }
}
