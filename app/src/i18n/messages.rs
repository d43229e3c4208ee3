//! The message catalogue: one line per UI string, Simplified Chinese then English.

use super::Locale;

macro_rules! messages {
    ($($name:ident => $zh:literal, $en:literal;)*) => {
        /// A UI string. Its text in each language is in [`Msg::text`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($name),* }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];

            /// The text of this message in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $((Msg::$name, Locale::ZhCn) => $zh, (Msg::$name, Locale::En) => $en,)*
                }
            }
        }
    };
}

messages! {
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
    CartComingSoon => "购物车即将开放，敬请期待。", "The cart opens soon.";
    CartNotOpenTitle => "购物车尚未开放", "The cart is not open yet";
    CartNotOpenBody => "在线下单功能正在建设中。您可以先浏览商品，或发邮件给客服预订。", "Online ordering is being built. Browse the shop, or e-mail customer service to order.";
    AccountNotOpenTitle => "会员中心尚未开放", "Member accounts are not open yet";
    AccountNotOpenBody => "注册与登录功能正在建设中。", "Registration and sign-in are being built.";
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
