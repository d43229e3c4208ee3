//! The guestbook's message catalogue (the board, its form and field messages, moderation);
//! Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum GuestbookMsg;
    Title => "留言板", "Guestbook";
    Intro => "对网站、服务、配送或商品有什么想法？在这里留言，店铺会公开回复。", "Thoughts on the site, our service, delivery or a product? Leave them here; the shop answers in public.";
    Boards => "版块", "Boards";
    AllBoards => "全部版块", "All boards";
    Search => "搜索留言", "Search the guestbook";
    SearchButton => "搜索", "Search";
    Results => "条留言", "posts";
    NothingFound => "没有找到相关留言。", "No posts found.";
    Empty => "这里还没有留言，来写第一条吧。", "No posts here yet; be the first to write.";
    Write => "写留言", "Write a post";
    Board => "版块", "Board";
    Name => "称呼", "Name";
    Email => "邮箱（选填，不公开；店铺回复时通知您）", "E-mail (optional, never shown; we tell you when the shop answers)";
    PostingAs => "发布身份", "Posting as";
    PostTitle => "标题", "Title";
    Body => "内容", "Message";
    Publish => "发表留言", "Post";
    Held => "谢谢！您的留言将在审核后显示。", "Thank you! Your post appears once a moderator has read it.";
    Published => "谢谢！您的留言已发表。", "Thank you! Your post is up.";
    Waiting => "待审核", "Awaiting review";
    Pinned => "置顶", "Pinned";
    Member => "会员", "Member";
    ShopReply => "店铺回复", "The shop's answer";
    Edited => "已编辑", "edited";
    Permalink => "查看留言", "View post";
    Back => "返回留言板", "Back to the guestbook";
    NotFound => "这条留言不存在或已被移除。", "This post does not exist or was removed.";
    BoardRequired => "请选择版块", "Choose a board";
    NameRequired => "请填写称呼", "Please give a name";
    NameTooLong => "称呼最多 40 个字", "A name has at most 40 characters";
    NameMalformed => "称呼含有不能使用的字符", "The name has characters that cannot be used";
    TitleRequired => "请填写标题", "Please give a title";
    TitleTooLong => "标题最多 60 个字", "A title has at most 60 characters";
    TitleNoLinks => "标题里不能放链接", "A title cannot hold links";
    TitleMalformed => "标题含有不能使用的字符", "The title has characters that cannot be used";
    BodyRequired => "请写下留言内容", "Please write your message";
    BodyTooShort => "留言太短了", "That message is too short";
    BodyTooLong => "留言最多 2000 字", "A post has at most 2,000 characters";
    BodyTooManyLinks => "留言最多包含 2 个链接", "A post may hold at most 2 links";
    BodyMalformed => "留言含有不能使用的字符", "The message has characters that cannot be used";
    BodyDuplicate => "相同的内容最近已经发过了", "The same text was posted recently";
    ModerationTitle => "留言板管理", "Guestbook moderation";
    Queue => "待审核", "Waiting";
    Visible => "已显示", "Visible";
    Hidden => "已隐藏", "Hidden";
    Deleted => "已删除", "Deleted";
    QueueEmpty => "没有留言。", "No posts.";
    Approve => "通过", "Approve";
    Hide => "隐藏", "Hide";
    Pin => "置顶", "Pin";
    Unpin => "取消置顶", "Unpin";
    Delete => "删除", "Delete";
    Restore => "恢复", "Restore";
    Reply => "公开回复", "Answer in public";
    SendReply => "发布回复", "Publish answer";
    EditReply => "修改我的回复", "Edit my answer";
    SaveReply => "保存回复", "Save answer";
    ReplyRequired => "请写下回复内容", "Please write the answer";
    ReplyTooLong => "回复最多 2000 字", "An answer has at most 2,000 characters";
    ReplyMalformed => "回复含有不能使用的字符", "The answer has characters that cannot be used";
    ModerationMode => "审核方式", "Moderation";
    PreModeration => "先审后发（审核通过后显示）", "Before posting (shown once approved)";
    PostModeration => "先发后审（立即显示，可随时隐藏）", "After posting (shown at once, hide any time)";
    SaveMode => "保存", "Save";
    GuestEmail => "留言人邮箱", "Writer's e-mail";
}

/// The message for a refused guestbook field.
pub fn guestbook_field_message(field: &str, rule: &str, locale: Locale) -> Option<String> {
    use GuestbookMsg as M;
    let msg = match (field, rule) {
        ("board", _) => M::BoardRequired,
        ("name", "required") => M::NameRequired,
        ("name", "too_long") => M::NameTooLong,
        ("name", _) => M::NameMalformed,
        ("title", "required") => M::TitleRequired,
        ("title", "too_long") => M::TitleTooLong,
        ("title", "no_links") => M::TitleNoLinks,
        ("title", _) => M::TitleMalformed,
        ("body", "required") => M::BodyRequired,
        ("body", "too_short") => M::BodyTooShort,
        ("body", "too_long") => M::BodyTooLong,
        ("body", "too_many_links") => M::BodyTooManyLinks,
        ("body", "duplicate") => M::BodyDuplicate,
        ("body", _) => M::BodyMalformed,
        ("reply", "required") => M::ReplyRequired,
        ("reply", "too_long") => M::ReplyTooLong,
        ("reply", _) => M::ReplyMalformed,
        _ => return None,
    };
    Some(msg.text(locale).to_string())
}
