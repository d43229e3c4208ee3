//! The feedback form's mails: the message to the staff who answer its topic (with a link to
//! the inbox) and the acknowledgement to the sender.

use super::Message;
use crate::notifications::templates::{linked_mail, Letterhead};
use crate::notifications::Mail;

/// The message for a member of staff, in Chinese and English (staff read both).
pub fn to_staff(to: &str, message: &Message, head: &Letterhead) -> Mail {
    let link = format!("{}/admin/inbox", head.url);
    let from = match (message.name.is_empty(), message.email.is_empty()) {
        (true, true) => "—".to_string(),
        (false, true) => message.name.clone(),
        (true, false) => message.email.clone(),
        (false, false) => format!("{} <{}>", message.name, message.email),
    };
    let mut paragraphs = vec![
        format!("新留言 / New message #{} · {}", message.id, message.topic),
        format!("来自 / From: {from}"),
    ];
    if !message.page.is_empty() {
        paragraphs.push(format!("页面 / Page: {}{}", head.url, message.page));
    }
    paragraphs.push(message.body.clone());
    let subject = format!(
        "[{}] 顾客留言 / Feedback #{} ({})",
        head.shop, message.id, message.topic
    );
    linked_mail(
        to,
        "zh-CN",
        "contact_staff",
        &link,
        subject,
        &paragraphs,
        "客服收件箱 / Inbox",
    )
}

/// "We have your message", to the sender.
pub fn acknowledgement(to: &str, language: &str, id: i64, head: &Letterhead) -> Mail {
    let (subject, paragraphs, button) = if language == "en" {
        (
            format!("We have your message (#{id}) — {}", head.shop),
            vec![
                "Hello,".to_string(),
                format!("Thank you for writing to {}. Your message #{id} has reached the right team; we answer within one working day.", head.shop),
                "If you did not write to us, you can ignore this mail.".to_string(),
            ],
            "Visit the shop",
        )
    } else {
        (
            format!("我们已收到您的留言（#{id}）— {}", head.shop),
            vec![
                "您好：".to_string(),
                format!(
                    "感谢您联系{}。您的留言 #{id} 已转给负责的同事，我们会在一个工作日内回复。",
                    head.shop
                ),
                "如果您没有给我们留言，请忽略本邮件。".to_string(),
            ],
            "去逛逛",
        )
    };
    linked_mail(
        to,
        language,
        "contact_ack",
        &head.url,
        subject,
        &paragraphs,
        button,
    )
}
