//! Product reviews' message catalogue (the product page's summary, list and form, and the
//! back office's moderation page); Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum ReviewMsg;
    StarsBreakdown => "评分分布", "Ratings by stars";
    SortBy => "排序", "Sort by";
    SortNewest => "最新", "Newest";
    SortHelpful => "最有帮助", "Most helpful";
    Helpful => "有帮助", "Helpful";
    YouFoundHelpful => "您觉得有帮助", "You found this helpful";
    ShopReply => "商家回复", "The shop replied";
    PhotoAlt => "顾客晒图", "A customer's photo";
    MoreReviews => "更多评价", "More reviews";
    Verified => "已购买", "Verified purchase";
    WriteReview => "写评价", "Write a review";
    Stars => "评分", "Rating";
    ChooseStars => "请选择", "Choose";
    Body => "评价内容", "Your review";
    BodyNote => "5–1000 字：合身吗？面料、做工怎么样？", "5–1,000 characters: how does it fit? How are the cloth and the making?";
    Photos => "晒图（选填）", "Photos (optional)";
    PhotosNote => "最多 4 张 JPEG、PNG 或 WebP 图片，每张不超过 8 MB", "Up to 4 JPEG, PNG or WebP pictures, 8 MB each at most";
    Post => "发表评价", "Post review";
    Posted => "感谢您的评价！它已显示在下方。", "Thank you for your review! It is shown below.";
    SignInToReview => "登录后，买过并收到这件商品的会员可以评价。", "Sign in to review: members who bought and received this product may review it.";
    SignIn => "登录", "Sign in";
    NotBought => "买过并收到这件商品后即可评价。", "You can review this product once you have bought and received it.";
    NotDelivered => "订单送达后即可评价这件商品。", "You can review this product once your order has been delivered.";
    AlreadyReviewed => "您已评价过这件商品，谢谢！", "You have reviewed this product — thank you!";
    StarsRange => "请选择 1 到 5 星", "Choose 1 to 5 stars";
    BodyRequired => "请写下您的评价", "Please write your review";
    BodyTooShort => "评价至少 5 个字", "A review has at least 5 characters";
    BodyTooLong => "评价最多 1000 字", "A review has at most 1,000 characters";
    BodyMalformed => "评价含有不能使用的字符", "The review has characters that cannot be used";
    PhotosNotImage => "照片须是 JPEG、PNG 或 WebP 图片", "Photos must be JPEG, PNG or WebP pictures";
    PhotosTooLarge => "每张照片不超过 8 MB", "Each photo may be 8 MB at most";
    PhotosTooManyPixels => "照片尺寸太大（长边不超过 10000 像素）", "That photo is too large (10,000 pixels a side at most)";
    PhotosTooMany => "最多 4 张照片", "At most 4 photos";
    TooManyTries => "提交太频繁了，请稍后再试", "Too many tries; please try again later";
    NotSignedIn => "请先登录", "Please sign in first";
    OwnReview => "不能为自己的评价投票", "You cannot vote for your own review";
    SomethingWrong => "出了点问题，请重试", "Something went wrong; please try again";
    ModerationTitle => "商品评价", "Product reviews";
    FilterNew => "待审核", "New";
    FilterApproved => "已通过", "Approved";
    FilterHidden => "已隐藏", "Hidden";
    FilterAll => "全部", "All";
    NoneHere => "没有评价。", "No reviews.";
    Approve => "通过", "Approve";
    Hide => "隐藏", "Hide";
    Reply => "回复", "Reply";
    SaveReply => "保存回复", "Save reply";
    ReplySaved => "回复已保存", "Reply saved";
    ReplyTooLong => "回复最多 1000 字", "A reply has at most 1,000 characters";
    ReplyMalformed => "回复含有不能使用的字符", "The reply has characters that cannot be used";
    Author => "顾客", "Customer";
    Product => "商品", "Product";
}

/// "4 stars" for a histogram row or the form's choices.
pub fn stars_label(locale: Locale, stars: i64) -> String {
    match locale {
        Locale::ZhCn => format!("{stars} 星"),
        Locale::En if stars == 1 => "1 star".into(),
        Locale::En => format!("{stars} stars"),
    }
}

/// "Helpful (3)".
pub fn helpful_count(locale: Locale, n: i64) -> String {
    format!("{} ({n})", ReviewMsg::Helpful.text(locale))
}

/// The message for a refused review field (`stars`, `body`, `photos`, `reply`) or for the
/// form as a whole (`form`: conflicts, sign-in, rate limit).
pub fn review_field_message(field: &str, rule: &str, locale: Locale) -> Option<String> {
    let msg = match (field, rule) {
        ("stars", _) => ReviewMsg::StarsRange,
        ("body", "required") => ReviewMsg::BodyRequired,
        ("body", "too_short") => ReviewMsg::BodyTooShort,
        ("body", "too_long") => ReviewMsg::BodyTooLong,
        ("body", _) => ReviewMsg::BodyMalformed,
        ("photos", "too_large") => ReviewMsg::PhotosTooLarge,
        ("photos", "too_many_pixels") => ReviewMsg::PhotosTooManyPixels,
        ("photos", "too_many") => ReviewMsg::PhotosTooMany,
        ("photos", _) => ReviewMsg::PhotosNotImage,
        ("reply", "too_long") => ReviewMsg::ReplyTooLong,
        ("reply", _) => ReviewMsg::ReplyMalformed,
        ("form", "already_reviewed") => ReviewMsg::AlreadyReviewed,
        ("form", "not_delivered") => ReviewMsg::NotDelivered,
        ("form", "not_bought") => ReviewMsg::NotBought,
        ("form", "not_signed_in") => ReviewMsg::NotSignedIn,
        ("form", "too_many") => ReviewMsg::TooManyTries,
        ("form", "own_review") => ReviewMsg::OwnReview,
        ("form", _) => ReviewMsg::SomethingWrong,
        _ => return None,
    };
    Some(msg.text(locale).to_string())
}
