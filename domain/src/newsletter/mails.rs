//! The newsletter's own mails: the confirmation link (double opt-in) and the welcome that is
//! the first newsletter mail, carrying the one-click unsubscribe link and header like every
//! newsletter mail after it.

use crate::notifications::templates::{linked_mail, Letterhead};
use crate::notifications::Mail;

/// Days a confirmation link stays valid.
pub const CONFIRM_DAYS: i64 = 7;

/// "Please confirm you want our newsletter", with the link that does it.
pub fn confirm(to: &str, language: &str, head: &Letterhead, token: &str) -> Mail {
    let link = format!("{}/newsletter/confirm?token={token}", head.url);
    let (subject, paragraphs, button) = if language == "en" {
        (
            format!("Please confirm your newsletter subscription — {}", head.shop),
            vec![
                "Hello,".to_string(),
                format!("Someone asked to receive {}'s newsletter (new products, offers and events) at this address. To confirm, open:", head.shop),
                format!("The link is valid for {CONFIRM_DAYS} days. If it was not you, ignore this mail: you will not be added."),
            ],
            "Yes, send me the newsletter",
        )
    } else {
        (
            format!("请确认订阅 {} 的电子报", head.shop),
            vec![
                "您好：".to_string(),
                format!("有人用这个邮箱订阅了{}的电子报（新品、优惠和活动）。如确认订阅，请打开：", head.shop),
                format!("链接 {CONFIRM_DAYS} 天内有效。如果不是您本人操作，请忽略本邮件，我们不会把您加入名单。"),
            ],
            "确认订阅",
        )
    };
    linked_mail(
        to,
        language,
        "newsletter_confirm",
        &link,
        subject,
        &paragraphs,
        button,
    )
}

/// The welcome, sent once the address is confirmed; it ends with the unsubscribe link.
pub fn welcome(to: &str, language: &str, head: &Letterhead, unsubscribe_token: &str) -> Mail {
    let unsubscribe = unsubscribe_url(head, unsubscribe_token);
    let one_click = format!(
        "{}/newsletter/one-click?token={unsubscribe_token}",
        head.url
    );
    let (subject, paragraphs, button, leave) = if language == "en" {
        (
            format!("Welcome to {}'s newsletter", head.shop),
            vec![
                "Hello,".to_string(),
                "Your subscription is confirmed. We write when new products arrive, offers start or something big happens — never more than that.".to_string(),
            ],
            "Visit the shop",
            "Unsubscribe with one click:",
        )
    } else {
        (
            format!("欢迎订阅{}电子报", head.shop),
            vec![
                "您好：".to_string(),
                "订阅已确认。有新品上架、优惠开始或重大活动时，我们会写信告诉您，不会更多打扰。"
                    .to_string(),
            ],
            "去逛逛",
            "一键退订：",
        )
    };
    let mut mail = linked_mail(
        to,
        language,
        "newsletter_welcome",
        &head.url,
        subject,
        &paragraphs,
        button,
    );
    with_unsubscribe(&mut mail, leave, &unsubscribe, &one_click);
    mail
}

/// The page where a subscriber's token unsubscribes them (the link in the mail's text).
pub fn unsubscribe_url(head: &Letterhead, token: &str) -> String {
    format!("{}/newsletter/unsubscribe?token={token}", head.url)
}

/// Ends `mail` with the unsubscribe line (to the page at `url`) and sets its `List-Unsubscribe`
/// header to `one_click`, which mail programs POST to (RFC 8058).
fn with_unsubscribe(mail: &mut Mail, leave: &str, url: &str, one_click: &str) {
    mail.text.push_str(&format!("\n--\n{leave} {url}\n"));
    let line = format!(
        "<p style=\"color:#777;font-size:12px\">{leave} <a href=\"{url}\">{url}</a></p>\n</body>"
    );
    mail.html = mail.html.replacen("</body>", &line, 1);
    mail.list_unsubscribe = Some(one_click.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_welcome_carries_the_unsubscribe_link_and_header() {
        let head = Letterhead {
            shop: "Emporium".into(),
            url: "https://shop.example".into(),
        };
        let mail = welcome("a@example.com", "en", &head, "3.abcd");
        let url = "https://shop.example/newsletter/unsubscribe?token=3.abcd";
        assert_eq!(
            mail.list_unsubscribe.as_deref(),
            Some("https://shop.example/newsletter/one-click?token=3.abcd")
        );
        assert!(mail.text.contains(url) && mail.html.contains(&format!("href=\"{url}\"")));
        assert!(mail.html.trim_end().ends_with("</html>"));
        let zh = confirm("a@example.com", "zh-CN", &head, "t0k");
        assert!(zh
            .text
            .contains("https://shop.example/newsletter/confirm?token=t0k"));
        assert!(zh.subject.contains("确认") && zh.list_unsubscribe.is_none());
    }
}
