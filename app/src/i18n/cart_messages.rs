//! The cart's message catalogue: one line per UI string, Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum CartMsg;
    Empty => "购物车是空的。", "Your cart is empty.";
    GoShopping => "去逛逛", "Start shopping";
    NeedsAttention => "有商品的价格或库存在加入后发生了变化，请确认后再结算。", "A price or the stock changed since you added an item; please check before checkout.";
    AcceptPrices => "接受当前价格", "Accept today's prices";
    Items => "商品", "Items";
    Discount => "优惠", "Discount";
    Delivery => "运费", "Delivery";
    GrandTotal => "应付总额", "Total";
    EmptyCart => "清空购物车", "Empty the cart";
    SavedForLater => "稍后购买", "Saved for later";
    SaveForLater => "稍后购买", "Save for later";
    MoveToCart => "移回购物车", "Move to cart";
    Remove => "删除", "Remove";
    Update => "更新", "Update";
    NoLongerSold => "该商品已下架", "No longer sold";
    AddedToCart => "已加入购物车", "Added to the cart";
    ViewCart => "去购物车", "View the cart";
    QuickAdd => "选择款式加入购物车", "Choose a size and add to the cart";
    ChooseOnPage => "在商品页选择颜色和尺码", "Choose colour and size on the product page";
    Loading => "正在读取款式…", "Loading the sizes…";
    OverStock => "库存不足，请减少数量", "Not that many in stock; choose fewer";
    OutOfRange => "数量须在 1 到 99 之间", "Choose between 1 and 99";
    LineGone => "该商品已不在购物车中", "That item is no longer in the cart";
    TooManyLines => "购物车最多 100 种商品", "A cart holds up to 100 items";
    CartFailed => "操作未成功，请稍后再试", "That did not work; please try again";
}

/// "Delivery is free from ¥23.00 more".
pub fn free_delivery_in(locale: Locale, left: &str) -> String {
    match locale {
        Locale::ZhCn => format!("再买 {left} 即可免运费"),
        Locale::En => format!("Spend {left} more for free delivery"),
    }
}

/// "was ¥129.00" beside a changed price.
pub fn price_was(locale: Locale, was: &str) -> String {
    match locale {
        Locale::ZhCn => format!("（加入时 {was}）"),
        Locale::En => format!("(was {was} when added)"),
    }
}

/// "Only 2 can be ordered now" (or none).
pub fn only_available(locale: Locale, n: i64) -> String {
    match (locale, n) {
        (Locale::ZhCn, 0) => "暂时无货".to_string(),
        (Locale::En, 0) => "Not available now".to_string(),
        (Locale::ZhCn, n) => format!("目前仅可购买 {n} 件"),
        (Locale::En, n) => format!("Only {n} can be ordered now"),
    }
}
