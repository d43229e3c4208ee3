//! The message catalogue: one line per UI string, Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum Msg;
    SkipToContent => "跳到正文", "Skip to content";
    Home => "首页", "Home";
    Search => "搜索", "Search";
    SearchPlaceholder => "搜索商品、品牌、分类", "Search products, brands, classes";
    Cart => "购物车", "Cart";
    Account => "我的账户", "My account";
    Language => "语言", "Language";
    MainMenu => "主菜单", "Main menu";
    AllClasses => "全部分类", "All classes";
    ViewAll => "查看全部", "View all";
    Announcements => "公告", "Announcements";
    NewArrivals => "新品上架", "New arrivals";
    BestSellersOf => "热销", "Best sellers";
    CustomerService => "客户服务", "Customer service";
    ContactUs => "联系我们", "Contact us";
    ContactEmailLabel => "客服邮箱", "Service e-mail";
    ServiceHours => "服务时间：每天 9:00–21:00", "Service hours: daily 9:00–21:00";
    AboutShop => "关于本店", "About the shop";
    ShopIntro => "两大系列：量身定制与精品成衣。", "Two series: made-to-measure tailoring and ready-to-wear.";
    Copyright => "版权所有", "All rights reserved";
    Brand => "品牌", "Brand";
    Colour => "颜色", "Colour";
    Size => "尺码", "Size";
    Quantity => "数量", "Quantity";
    Price => "价格", "Price";
    ListPrice => "原价", "List price";
    SalePrice => "售价", "Price";
    InStock => "有货", "In stock";
    SoldOut => "已售罄", "Sold out";
    Unavailable => "此组合无货", "Not available in this combination";
    ChooseVariant => "请选择颜色和尺码", "Choose a colour and a size";
    CheckingStock => "正在查询库存…", "Checking stock…";
    StockCheckFailed => "暂时无法查询库存，请稍后再试", "Stock could not be checked; please try again";
    LiveStock => "实时库存", "Live stock";
    Description => "商品详情", "Description";
    Specifications => "规格参数", "Specifications";
    SkuCode => "商品编号", "Item code";
    Weight => "重量", "Weight";
    Series => "系列", "Series";
    Class => "分类", "Class";
    Tags => "标签", "Tags";
    AddToCart => "加入购物车", "Add to cart";
    LogIn => "登录", "Log in";
    LogOut => "退出登录", "Log out";
    LogOutEverywhere => "在所有设备上退出", "Log out on every device";
    Register => "注册", "Register";
    RegisterTitle => "注册会员", "Become a member";
    RegisterIntro => "注册后可收藏商品、保存地址、查询订单。", "Members keep favourites and addresses, and see their orders.";
    LogInTitle => "会员登录", "Member log-in";
    NoAccountYet => "还没有账户？", "No account yet?";
    HaveAccount => "已有账户？", "Have an account?";
    EmailLabel => "电子邮箱", "E-mail";
    PasswordLabel => "密码", "Password";
    NewPasswordHint => "至少 10 个字符", "At least 10 characters";
    NameLabel => "昵称", "Name";
    Working => "请稍候…", "One moment…";
    EmailRequired => "请填写电子邮箱", "Enter your e-mail address";
    EmailMalformed => "邮箱格式不正确，例如 name@example.com", "That is not an e-mail address, e.g. name@example.com";
    EmailTaken => "该邮箱已注册，请直接登录", "This address is registered already: log in instead";
    PasswordTooShort => "密码至少需要 10 个字符", "The password needs at least 10 characters";
    PasswordTooLong => "密码最多 128 个字符", "The password may have at most 128 characters";
    NameRequired => "请填写昵称", "Enter a name";
    NameTooLong => "昵称最多 40 个字符", "The name may have at most 40 characters";
    NameMalformed => "昵称含有不可见或控制字符", "The name has invisible or control characters";
    CredentialsMismatch => "邮箱或密码不正确", "Wrong e-mail address or password";
    FormFailed => "提交失败，请稍后再试", "That did not work; please try again";
    AccountOverview => "账户概览", "Account overview";
    MemberSince => "注册时间", "Member since";
    EmailUnverified => "邮箱尚未验证", "E-mail not verified yet";
    EmailVerified => "邮箱已验证", "E-mail verified";
    SignedInDevices => "已登录的设备", "Devices signed in";
    NotSignedIn => "请先登录", "Please log in first";
    VerifyTitle => "验证邮箱", "Confirm your e-mail address";
    VerifyBody => "点击下面的按钮，确认这是您的邮箱。", "Press the button to confirm that this address is yours.";
    VerifyButton => "确认我的邮箱", "Confirm my e-mail address";
    TokenUnknown => "链接无效，请使用邮件中的完整链接", "This link is not valid: use the whole link from the mail";
    TokenUsed => "此链接已经用过了", "This link has been used already";
    TokenExpired => "链接已过期，请登录后重新发送验证邮件", "This link has expired: log in and ask for a new mail";
    VerificationSent => "验证邮件已发送，请查收", "A verification mail is on its way";
    ResendVerification => "重新发送验证邮件", "Send the verification mail again";
    ProductsCount => "件商品", "products";
    PagePrevious => "上一页", "Previous page";
    PageNext => "下一页", "Next page";
    PageOf => "页", "page";
    NoProductsHere => "这里暂时没有商品。", "There are no products here yet.";
    NotFoundTitle => "页面不存在", "Page not found";
    NotFoundBody => "您要找的页面不存在或已下架。", "The page you are looking for does not exist or is no longer on sale.";
    BackHome => "返回首页", "Back to the home page";
    ErrorTitle => "出错了", "Something went wrong";
    ErrorBody => "服务器暂时无法完成请求，请稍后再试。", "The server could not complete the request. Please try again shortly.";
    ErrorReference => "错误编号", "Reference";
    BadRequestBody => "请求的参数无效。", "The request had invalid parameters.";
    Loading => "加载中…", "Loading…";
    HomeTitle => "Emporium 商城 — 定制与成衣", "Emporium — tailoring and ready-to-wear";
    HomeDescription => "Emporium 商城：量身定制衬衫西装与精品成衣，正品保证，全国配送。", "Emporium: made-to-measure shirts and suits and quality ready-to-wear, delivered nationwide.";
    Previous => "上一张", "Previous";
    Next => "下一张", "Next";
    Gallery => "商品图片", "Product images";
    ShowImage => "查看图片", "Show image";
    Discount => "优惠", "Save";
    Pause => "暂停轮播", "Pause";
    Play => "继续轮播", "Play";
    Breadcrumbs => "当前位置", "Breadcrumbs";
    Directory => "网站地图", "Site directory";
    DirectoryIntro => "本店全部系列、分类与品牌。", "Every series, class and brand in the shop.";
    Brands => "品牌", "Brands";
    AllBrands => "全部品牌", "All brands";
    Sort => "排序", "Sort";
    SortRecommended => "综合推荐", "Recommended";
    SortSales => "销量", "Best selling";
    SortPriceAsc => "价格从低到高", "Price: low to high";
    SortPriceDesc => "价格从高到低", "Price: high to low";
    SortRating => "评分", "Rating";
    SortNewest => "新品", "Newest";
    PerPage => "每页", "Per page";
    ViewAs => "显示方式", "View";
    ViewGrid => "大图", "Grid";
    ViewList => "列表", "List";
    Filters => "筛选", "Filters";
    ApplyFilters => "应用筛选", "Apply filters";
    ClearFilters => "清除全部筛选", "Clear all filters";
    RemoveFilter => "移除筛选", "Remove filter";
    PriceRange => "价格区间", "Price range";
    PriceMin => "最低价（元）", "Minimum (yuan)";
    PriceMax => "最高价（元）", "Maximum (yuan)";
    WeeklyTop => "本周热销榜", "This week's top 10";
    RecentlyViewed => "最近浏览", "Recently viewed";
    NoMatches => "没有符合条件的商品", "No products match";
    NoMatchesHint => "试试减少筛选条件，或看看这些热销商品：", "Try fewer filters, or look at these best sellers:";
    SortRelevance => "最相关", "Best match";
    DidYouMean => "您是不是要找：", "Did you mean:";
    HotSearches => "热门搜索", "Hot searches";
    RecentSearches => "最近搜索", "Recent searches";
    ClearRecentSearches => "清除最近搜索", "Clear recent searches";
    SearchSuggestions => "搜索建议", "Search suggestions";
    SuggestedProducts => "商品", "Products";
    SuggestedClasses => "分类", "Classes";
    SuggestionsCount => "条建议，用上下键选择", "suggestions; use the up and down keys to choose";
    SearchNearest => "没有完全符合的商品，以下是最接近的：", "Nothing matches every word; these come closest:";
    NoticeUnknownSort => "不认识的排序方式，已按综合推荐排序。", "Unknown sort order; showing recommended.";
    NoticeUnknownPageSize => "每页数量只能是 20、40 或 60，已显示 20 件。", "Page size can be 20, 40 or 60; showing 20.";
    NoticeUnknownView => "不认识的显示方式，已使用大图。", "Unknown view; showing the grid.";
    NoticeUnknownFilter => "部分筛选条件不存在，已忽略。", "Some filters do not exist and were ignored.";
    NoticeBadPrice => "价格请填写数字（最多两位小数），无效的价格已忽略。", "Prices must be numbers with at most two decimals; invalid ones were ignored.";
    SoldCount => "已售", "Sold";
    Ratings => "条评价", "ratings";
    RatingLabel => "评分", "Rating";
    OutOfStockBadge => "缺货", "Out of stock";
    ViewAllClass => "查看全部", "View all";
    BrowseWholeClass => "浏览全部商品（可筛选排序）", "Browse all products (filter and sort)";
    HotProducts => "热卖商品", "Hot products";
    CategoryTree => "全部商品分类", "All categories";
    ReviewsEmpty => "还没有顾客评价。第一批评价将在订单完成后出现。", "No customer reviews yet. The first ones appear once orders are delivered.";
    NewsletterIntro => "新品与活动资讯，每月不超过两封。", "New arrivals and events, at most twice a month.";
    NewsletterNotOpen => "订阅功能即将开放。", "Sign-up opens soon.";
    EmailAddress => "电子邮箱", "E-mail address";
    Subscribe => "订阅", "Subscribe";
    Reviews => "评价", "Reviews";
    RatingSummary => "顾客评分", "Customer rating";
    NoReviewsYet => "这件商品还没有评价。", "This product has no reviews yet.";
    Related => "相关商品", "Related products";
    BoughtTogether => "经常一起购买", "Often bought together";
    Share => "分享", "Share";
    CopyLink => "复制链接", "Copy link";
    LinkCopied => "链接已复制", "Link copied";
    EmailFriend => "邮件发给朋友", "E-mail a friend";
    Decrease => "减少", "Decrease";
    Increase => "增加", "Increase";
    Compare => "对比", "Compare";
    AddToCompare => "加入对比", "Add to compare";
    RemoveFromCompare => "取消对比", "Remove from compare";
    CompareFull => "最多对比 4 件商品，请先移除一件。", "You can compare up to 4 products; remove one first.";
    CompareTitle => "商品对比", "Compare products";
    CompareEmpty => "对比清单是空的。在商品列表或商品页点“加入对比”，最多 4 件。", "Your comparison list is empty. Use “Add to compare” on listings or product pages, up to 4 products.";
    CompareNeedsTwo => "再选一件商品即可对比。", "Pick one more product to compare.";
    Stock => "库存", "Stock";
    ZoomImage => "放大图片", "Zoom image";
    CloseZoom => "关闭", "Close";
    ImageOf => "图片", "Image";
    SkipFilters => "跳到商品列表", "Skip to products";
    ForgotPassword => "忘记密码？", "Forgot your password?";
    ForgotTitle => "找回密码", "Forgot your password";
    ForgotIntro => "输入注册时的邮箱，我们会发送一个重设密码的链接。", "Enter the e-mail you registered with and we will send a link to choose a new password.";
    SendResetLink => "发送重设链接", "Send the link";
    ResetMailSent => "如果该邮箱已注册，重设链接已发出，1 小时内有效。请查收邮件。", "If that address has an account, a link is on its way; it works for an hour. Check your mail.";
    ResetTitle => "设置新密码", "Choose a new password";
    NewPasswordLabel => "新密码", "New password";
    SetNewPassword => "保存新密码", "Save the new password";
    AskNewLink => "重新获取链接", "Ask for a new link";
    ChangePasswordTitle => "修改密码", "Change password";
    CurrentPasswordLabel => "当前密码", "Current password";
    CurrentPasswordWrong => "当前密码不正确", "The current password is not right";
    PasswordChanged => "密码已修改，其他设备上的登录已退出。", "Password changed; you are signed out on your other devices.";
    TagNew => "新品", "New";
    TagSale => "特惠", "On sale";
    TagBestseller => "热卖", "Bestseller";
    TagMadeToMeasure => "量体定制", "Made to measure";
    TagGiftIdea => "送礼佳选", "Gift idea";
    TagEco => "环保面料", "Eco fabric";
}

/// The label of a product tag code; unknown codes are shown as they are.
pub fn tag_label(locale: Locale, code: &str) -> String {
    let msg = match code {
        "new" => Msg::TagNew,
        "sale" => Msg::TagSale,
        "bestseller" => Msg::TagBestseller,
        "made-to-measure" => Msg::TagMadeToMeasure,
        "gift-idea" => Msg::TagGiftIdea,
        "eco" => Msg::TagEco,
        other => return other.to_string(),
    };
    msg.text(locale).to_string()
}

/// "Only 3 left" and friends: messages with a number in them.
pub fn only_left(locale: Locale, n: i64) -> String {
    match locale {
        Locale::ZhCn => format!("仅剩 {n} 件"),
        Locale::En => format!("Only {n} left"),
    }
}

/// "In stock (12)".
pub fn in_stock_count(locale: Locale, n: i64) -> String {
    match locale {
        Locale::ZhCn => format!("有货（{n} 件）"),
        Locale::En => format!("In stock ({n})"),
    }
}

/// "Page 2 of 5".
pub fn page_x_of_y(locale: Locale, page: i64, pages: i64) -> String {
    match locale {
        Locale::ZhCn => format!("第 {page} / {pages} 页"),
        Locale::En => format!("Page {page} of {pages}"),
    }
}

/// "Under ¥200".
pub fn price_under(locale: Locale, amount: &str) -> String {
    match locale {
        Locale::ZhCn => format!("{amount} 以下"),
        Locale::En => format!("Under {amount}"),
    }
}

/// "¥5,000 and over".
pub fn price_over(locale: Locale, amount: &str) -> String {
    match locale {
        Locale::ZhCn => format!("{amount} 以上"),
        Locale::En => format!("{amount} and over"),
    }
}

/// "Too many attempts; try again in 12 minutes."
pub fn try_again_in(locale: Locale, seconds: i64) -> String {
    let minutes = (seconds + 59) / 60;
    match locale {
        Locale::ZhCn => format!("尝试次数过多，请 {minutes} 分钟后再试"),
        Locale::En => format!("Too many attempts; try again in {minutes} min"),
    }
}

/// "Sold 1,234" on a card.
pub fn sold_count(locale: Locale, n: i64) -> String {
    match locale {
        Locale::ZhCn => format!("已售 {n}"),
        Locale::En => format!("{n} sold"),
    }
}

/// "4.6 (23 ratings)".
pub fn rating_text(locale: Locale, rating: &str, count: i64) -> String {
    match locale {
        Locale::ZhCn => format!("{rating} 分（{count} 条评价）"),
        Locale::En => format!("{rating} ({count} ratings)"),
    }
}

/// "1,234 sold this week" in a ranking.
pub fn units_this_week(locale: Locale, n: i64) -> String {
    match locale {
        Locale::ZhCn => format!("本周售出 {n} 件"),
        Locale::En => format!("{n} sold this week"),
    }
}

/// "128 products".
pub fn product_count(locale: Locale, n: i64) -> String {
    match locale {
        Locale::ZhCn => format!("共 {n} 件商品"),
        Locale::En => format!("{n} products"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_messages_in_both_languages() {
        assert_eq!(only_left(Locale::En, 3), "Only 3 left");
        assert_eq!(only_left(Locale::ZhCn, 3), "仅剩 3 件");
        assert_eq!(page_x_of_y(Locale::En, 2, 5), "Page 2 of 5");
        assert_eq!(product_count(Locale::ZhCn, 128), "共 128 件商品");
        assert_eq!(in_stock_count(Locale::En, 12), "In stock (12)");
        assert_eq!(tag_label(Locale::ZhCn, "bestseller"), "热卖");
        assert_eq!(tag_label(Locale::En, "made-to-measure"), "Made to measure");
        assert_eq!(tag_label(Locale::En, "custom"), "custom");
    }
}
