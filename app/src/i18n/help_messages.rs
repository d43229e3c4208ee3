//! The customer service center's message catalogue (the shop's `/help` and its editor in the
//! back office): one line per UI string, Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum HelpMsg;
    HelpCenter => "客户服务中心", "Customer service center";
    HelpCenterIntro => "购物指南、服务承诺、退换货、支付、配送和常见问题，都可以在这里找到。", "The shopping guide, our promise, returns, payment, delivery and answers to common questions, all in one place.";
    HelpCenterDescription => "Emporium 客户服务中心：购物指南、服务承诺、退换货政策、支付方式、配送费用与时效、发货时间和常见问题。", "Emporium's customer service center: shopping guide, service promise, returns policy, payment methods, delivery fees and times, shipping times and frequently asked questions.";
    HelpMenu => "客户服务中心目录", "Customer service menu";
    CenterHome => "服务中心首页", "Service center home";
    Faq => "常见问题", "Frequently asked questions";
    FaqSearchLabel => "搜索常见问题", "Search the questions";
    FaqSearchPlaceholder => "例如：退货、运费、发票", "e.g. returns, delivery, invoice";
    FaqNoResults => "没有找到相关问题。换个说法试试，或者写信给客服。", "No question matches. Try other words, or write to customer service.";
    FaqShowAll => "显示全部问题", "Show all questions";
    UpdatedOn => "更新于", "Updated";
    StillNeedHelp => "还有疑问？", "Still need help?";
    ReturnsPolicyLink => "查看退换货政策", "Read the returns policy";
    HelpEditIntro => "这里的页面和问题显示在商城的客户服务中心（/help）。正文使用 Markdown 书写；某一语言留空时，商城显示另一语言的内容。", "These pages and questions appear in the shop's customer service center (/help). Texts are written in Markdown; where one language is left empty, the shop shows the other.";
    HelpPages => "帮助页面", "Help pages";
    PageTitle => "标题", "Title";
    PageAddress => "网址", "Address";
    LastChanged => "最近修改", "Last changed";
    Edit => "编辑", "Edit";
    EditPage => "编辑帮助页面", "Edit a help page";
    EditFaq => "编辑问题", "Edit a question";
    NewFaq => "添加问题", "Add a question";
    TitleZh => "标题（中文）", "Title (Chinese)";
    TitleEn => "标题（英文）", "Title (English)";
    BodyZh => "正文（中文）", "Text (Chinese)";
    BodyEn => "正文（英文）", "Text (English)";
    QuestionZh => "问题（中文）", "Question (Chinese)";
    QuestionEn => "问题（英文）", "Question (English)";
    AnswerZh => "回答（中文）", "Answer (Chinese)";
    AnswerEn => "回答（英文）", "Answer (English)";
    MarkdownHint => "Markdown：**粗体**、- 列表、[链接](/help/returns)、| 表格 |。HTML 标签会按原文显示。", "Markdown: **bold**, - lists, [links](/help/returns), | tables |. HTML tags are shown as typed.";
    Preview => "预览", "Preview";
    PreviewOf => "预览：", "Preview: ";
    PreviewEmpty => "（没有内容，将显示另一语言的内容）", "(empty: the other language is shown)";
    Save => "保存", "Save";
    Saved => "已保存。", "Saved.";
    ViewInShop => "在商城中查看", "View in the shop";
    BackToList => "返回帮助中心管理", "Back to the help center";
    MoveUp => "上移", "Move up";
    MoveDown => "下移", "Move down";
    Delete => "删除", "Delete";
    ReallyDelete => "确认删除此问题", "Yes, delete this question";
    FaqChanged => "常见问题已更新。", "The FAQ is updated.";
    NoFaqs => "还没有常见问题。", "There are no questions yet.";
    Gone => "这条内容已不存在，可能已被他人删除。", "This no longer exists; someone may have deleted it.";
    FieldRequired => "请填写此项", "Please fill this in";
    TextRequired => "请至少用一种语言填写", "Write it in at least one of the languages";
    FieldMalformed => "含有控制字符或文字方向控制符，请删除后再保存", "This has control or text-direction characters; remove them and save again";
}

/// How many questions the FAQ shows: all of them, or those matching a search.
pub fn faq_count(locale: Locale, n: usize, searching: bool) -> String {
    match (locale, searching) {
        (Locale::ZhCn, false) => format!("共 {n} 个问题"),
        (Locale::ZhCn, true) => format!("找到 {n} 个相关问题"),
        (Locale::En, false) if n == 1 => "1 question".to_string(),
        (Locale::En, false) => format!("{n} questions"),
        (Locale::En, true) if n == 1 => "1 matching question".to_string(),
        (Locale::En, true) => format!("{n} matching questions"),
    }
}

/// What an editor is told about a help text refused for `rule` (the domain's rules:
/// `required`, `too_long`, `malformed`); `max` is the field's limit in characters.
pub fn help_field_message(field: &str, rule: &str, max: usize, locale: Locale) -> String {
    let markdown = field.starts_with("body") || field.starts_with("answer");
    match (rule, locale) {
        ("required", _) if markdown => HelpMsg::TextRequired.text(locale).to_string(),
        ("required", _) => HelpMsg::FieldRequired.text(locale).to_string(),
        ("too_long", Locale::ZhCn) => format!("最多 {max} 个字符"),
        ("too_long", Locale::En) => format!("At most {max} characters"),
        _ => HelpMsg::FieldMalformed.text(locale).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_field_messages_read_well() {
        assert_eq!(faq_count(Locale::En, 1, true), "1 matching question");
        assert_eq!(faq_count(Locale::ZhCn, 12, false), "共 12 个问题");
        assert_eq!(
            help_field_message("body_zh", "required", 20_000, Locale::En),
            "Write it in at least one of the languages"
        );
        assert_eq!(
            help_field_message("title_en", "too_long", 80, Locale::ZhCn),
            "最多 80 个字符"
        );
        assert_eq!(
            help_field_message("question_en", "required", 200, Locale::En),
            "Please fill this in"
        );
    }
}
