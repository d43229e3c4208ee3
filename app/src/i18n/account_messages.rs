//! The member account pages' message catalogue (profile, addresses): one line per UI string,
//! Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum AccountMsg;
    Overview => "账户概览", "Overview";
    AccountMenu => "账户菜单", "Account menu";
    ProfileTitle => "个人资料", "Profile";
    AddressesTitle => "收货地址", "Addresses";
    PhoneLabel => "手机号码", "Phone";
    Optional => "选填", "Optional";
    Birthday => "生日", "Birthday";
    MailLanguage => "邮件语言", "Language of our mail";
    SaveProfile => "保存资料", "Save profile";
    ProfileSaved => "资料已保存。", "Profile saved.";
    Recipient => "收货人", "Recipient";
    Country => "国家/地区", "Country or region";
    CountryCn => "中国大陆", "Mainland China";
    CountryHk => "中国香港", "Hong Kong";
    CountryMo => "中国澳门", "Macao";
    CountryTw => "中国台湾", "Taiwan";
    Region => "省份", "Province";
    City => "城市", "City";
    District => "区/县", "District";
    Street => "详细地址", "Street address";
    Postcode => "邮政编码", "Postcode";
    PostcodeHint => "中国大陆 6 位数字；香港、澳门可不填", "6 digits on the mainland; none for Hong Kong and Macao";
    AddAddress => "新增收货地址", "Add an address";
    EditAddress => "编辑收货地址", "Edit the address";
    SaveAddress => "保存地址", "Save address";
    CancelEdit => "取消编辑", "Cancel";
    Edit => "编辑", "Edit";
    Remove => "删除", "Remove";
    MakeDefault => "设为默认", "Make default";
    DefaultAddress => "默认地址", "Default";
    NoAddresses => "还没有收货地址。", "No addresses yet.";
    PrivacyTitle => "隐私", "Privacy";
    DownloadMyData => "下载我的数据（JSON）", "Download my data (JSON)";
    DeleteAccount => "注销账户", "Delete my account";
    DeleteAccountIntro => "注销后，您的邮箱、昵称、电话、生日和收货地址将被删除且无法恢复；为记账保留的订单将不再显示您的姓名。", "Deleting removes your e-mail, name, phone, birthday and addresses for good; orders kept for the shop's accounts no longer show who you are.";
    DeleteAccountButton => "永久注销账户", "Delete my account for good";
    FieldRequired => "请填写此项", "Please fill this in";
    FieldTooLong => "内容太长了", "This is too long";
    FieldMalformed => "含有不允许的字符", "This has characters that are not allowed";
    StreetTooShort => "请写清街道和门牌号", "Give the street and the number";
    PhoneMalformed => "号码格式不正确，例如 138 0013 8000（香港、澳门 8 位）", "Not a phone number of this place, e.g. 138 0013 8000 (8 digits in Hong Kong and Macao)";
    PostcodeMalformed => "邮政编码格式不正确（中国大陆为 6 位数字）", "Not a valid postcode (6 digits on the mainland)";
    CountryUnknown => "暂不支持配送到该地区", "We do not ship there yet";
    BirthdayMalformed => "请填写真实的日期", "Enter a real date";
    BirthdayFuture => "生日不能晚于今天", "A birthday cannot be after today";
    TooManyAddresses => "最多保存 20 个地址，请先删除一个", "You can keep up to 20 addresses; remove one first";
    FavouritesTitle => "我的收藏", "Favourites";
    HistoryTitle => "浏览记录", "Browsing history";
    SecurityTitle => "账户安全", "Security";
    AddToFavourites => "收藏", "Add to favourites";
    InFavourites => "已收藏", "In favourites";
    NoFavourites => "还没有收藏的商品。在商品页点击“收藏”即可保存。", "No favourites yet. Press “Add to favourites” on a product to keep it here.";
    NoHistory => "还没有浏览记录。", "Nothing viewed yet.";
    ClearHistory => "清空浏览记录", "Clear the history";
    TooManyFavourites => "最多收藏 500 件商品，请先移除一些", "You can keep up to 500 favourites; remove some first";
    SignedInBrowsers => "已登录的浏览器", "Browsers signed in";
    SignedInAt => "登录时间", "Signed in";
    LastUsed => "最近使用", "Last used";
    ThisBrowser => "当前浏览器", "This browser";
    MemberLevel => "会员等级", "Member level";
    LogInToKeep => "登录后即可收藏", "Log in to keep favourites";
}

/// "5% off member prices" for a level's discount in basis points.
pub fn percent_off(locale: Locale, bp: i64) -> String {
    let whole = bp / 100;
    let percent = if bp % 100 == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{:02}", bp % 100)
            .trim_end_matches('0')
            .to_string()
    };
    match locale {
        Locale::ZhCn => format!("会员价优惠 {percent}%"),
        Locale::En => format!("{percent}% off member prices"),
    }
}

/// "Spend ¥400.00 more to reach Gold".
pub fn level_progress(locale: Locale, left: &str, next: &str) -> String {
    match locale {
        Locale::ZhCn => format!("再消费 {left} 即可升级为{next}"),
        Locale::En => format!("spend {left} more to reach {next}"),
    }
}

/// The message for a field's rule on the profile and address forms, if it is one of theirs.
pub fn account_field_message(field: &str, rule: &str, locale: Locale) -> Option<String> {
    use AccountMsg::*;
    let msg = match (field, rule) {
        ("phone", "required") => FieldRequired,
        ("phone", _) => PhoneMalformed,
        ("postcode", "required") => FieldRequired,
        ("postcode", _) => PostcodeMalformed,
        ("country", _) => CountryUnknown,
        ("birthday", "future") => BirthdayFuture,
        ("birthday", _) => BirthdayMalformed,
        ("street", "too_short") => StreetTooShort,
        ("recipient" | "region" | "city" | "district" | "street", rule) => match rule {
            "required" => FieldRequired,
            "too_long" => FieldTooLong,
            _ => FieldMalformed,
        },
        ("addresses", _) => TooManyAddresses,
        ("favourites", _) => TooManyFavourites,
        _ => return super::checkout_field_message(field, rule, locale),
    };
    Some(msg.text(locale).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_discounts_read_as_percentages() {
        assert_eq!(percent_off(Locale::En, 500), "5% off member prices");
        assert_eq!(percent_off(Locale::En, 250), "2.5% off member prices");
        assert_eq!(percent_off(Locale::ZhCn, 205), "会员价优惠 2.05%");
    }
}
