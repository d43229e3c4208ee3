//! The newsletter's message catalogue: the sign-up box, the confirm and unsubscribe pages and
//! the account's setting; Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum NewsletterMsg;
    Title => "订阅电子报", "Newsletter";
    Pitch => "新品上架、优惠开始、重大活动，第一时间告诉您。", "New arrivals, offers and big events — first to your inbox.";
    Subscribe => "订阅", "Subscribe";
    EmailLabel => "订阅邮箱", "Address for the newsletter";
    CheckInbox => "请查收确认邮件，点击其中的链接即可完成订阅（已订阅的邮箱不会重复收到）。", "Check your inbox and open the link in the confirmation mail to finish (an address already on the list gets nothing new).";
    Privacy => "我们只用这个邮箱发送电子报，可随时一键退订。", "We use this address only for the newsletter; unsubscribe in one click at any time.";
    ConfirmTitle => "确认订阅", "Confirm your subscription";
    ConfirmBody => "点击下面的按钮，确认接收我们的电子报。", "Press the button to confirm that you want our newsletter.";
    ConfirmButton => "确认订阅", "Confirm my subscription";
    Confirmed => "订阅成功！欢迎邮件已发出，每封电子报底部都有一键退订链接。", "You are subscribed! A welcome mail is on its way; every newsletter ends with a one-click unsubscribe link.";
    UnsubscribeTitle => "退订电子报", "Unsubscribe from the newsletter";
    UnsubscribeBody => "退订后，我们不会再向这个邮箱发送电子报。", "After this we send no more newsletters to this address.";
    UnsubscribeButton => "退订", "Unsubscribe";
    Unsubscribed => "已退订。如改变主意，随时可以重新订阅。", "You are unsubscribed. If you change your mind, you can subscribe again at any time.";
    AccountSubscribed => "您已订阅电子报。", "You receive our newsletter.";
    AccountPending => "等待确认：请查收确认邮件（需先验证邮箱）。", "Waiting for confirmation: check your inbox (your address needs verifying first).";
    AccountNotSubscribed => "您没有订阅电子报。", "You do not receive our newsletter.";
    ConfirmationSent => "确认邮件已发出，请查收。", "A confirmation mail is on its way; please check your inbox.";
}
