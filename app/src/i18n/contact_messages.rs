//! The feedback form's message catalogue (the page, its topics and its field messages) and
//! the staff inbox's; Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum ContactMsg;
    Title => "联系我们", "Contact us";
    Intro => "有问题、建议或投诉？写给我们，负责的同事会在一个工作日内回复。", "A question, an idea or a complaint? Write to us; the right team answers within one working day.";
    FeedbackOnPage => "对本页提意见", "Feedback on this page";
    AboutPage => "关于页面", "About the page";
    Topic => "主题", "Topic";
    TopicOrder => "订单与售后", "Orders and after-sales";
    TopicDelivery => "配送", "Delivery";
    TopicPayment => "付款与发票", "Payment and invoices";
    TopicProduct => "商品", "Products";
    TopicSite => "网站使用", "Using the site";
    TopicOther => "其他", "Other";
    Name => "称呼（选填）", "Name (optional)";
    Email => "邮箱（选填，填写后我们会回复到这里）", "E-mail (optional; we answer here)";
    Body => "留言", "Message";
    Send => "发送", "Send";
    Sent => "已收到您的留言，谢谢！", "Thank you — we have your message.";
    BodyRequired => "请写下您的留言", "Please write your message";
    BodyTooShort => "留言太短了", "That message is too short";
    BodyTooLong => "留言最多 2000 字", "A message has at most 2,000 characters";
    BodyTooManyLinks => "留言最多包含 3 个链接", "A message may hold at most 3 links";
    BodyMalformed => "留言含有不能使用的字符", "The message has characters that cannot be used";
    TopicRequired => "请选择主题", "Choose a topic";
    TooFast => "提交太快了，请稍等几秒再发送", "That was very quick; please wait a few seconds and send again";
    InboxTitle => "顾客留言", "Customer messages";
    InboxNew => "未处理", "New";
    InboxAnswered => "已回复", "Answered";
    InboxAll => "全部", "All";
    InboxEmpty => "没有留言。", "No messages.";
    MarkAnswered => "标记为已回复", "Mark answered";
    Reopen => "重新打开", "Reopen";
    From => "来自", "From";
    Anonymous => "匿名", "Anonymous";
}

/// The label of topic `code`.
pub fn topic_label(code: &str) -> ContactMsg {
    match code {
        "order" => ContactMsg::TopicOrder,
        "delivery" => ContactMsg::TopicDelivery,
        "payment" => ContactMsg::TopicPayment,
        "product" => ContactMsg::TopicProduct,
        "site" => ContactMsg::TopicSite,
        _ => ContactMsg::TopicOther,
    }
}

/// The message for a refused feedback field.
pub fn contact_field_message(field: &str, rule: &str, locale: Locale) -> Option<String> {
    let msg = match (field, rule) {
        ("body", "required") => ContactMsg::BodyRequired,
        ("body", "too_short") => ContactMsg::BodyTooShort,
        ("body", "too_long") => ContactMsg::BodyTooLong,
        ("body", "too_many_links") => ContactMsg::BodyTooManyLinks,
        ("body", _) => ContactMsg::BodyMalformed,
        ("topic", _) => ContactMsg::TopicRequired,
        ("form", "too_fast") => ContactMsg::TooFast,
        _ => return None,
    };
    Some(msg.text(locale).to_string())
}
