//! The demo shop's fixed catalog tables (series, class tree, brands, attributes, warehouses),
//! how they are inserted, and how their ids are read back by code.

use crate::error::DomainResult;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// (slug, name zh, name en, tagline zh, tagline en)
const SERIES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "tailored",
        "定制系列",
        "Tailored",
        "量体裁衣，一人一版",
        "Cut to your measure, one pattern per person",
    ),
    (
        "ready-to-wear",
        "成衣系列",
        "Ready-to-Wear",
        "日常好衣，即买即穿",
        "Everyday essentials, ready when you are",
    ),
];

/// (series slug, parent slug or "", slug, name zh, name en); big classes come before their small classes.
const CLASSES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "tailored",
        "",
        "tailored-shirts",
        "定制衬衫",
        "Tailored Shirts",
    ),
    (
        "tailored",
        "tailored-shirts",
        "tailored-business-shirts",
        "商务衬衫",
        "Business Shirts",
    ),
    (
        "tailored",
        "tailored-shirts",
        "tailored-formal-shirts",
        "礼服衬衫",
        "Dress Shirts",
    ),
    (
        "tailored",
        "tailored-shirts",
        "tailored-womens-shirts",
        "女士衬衫",
        "Women's Shirts",
    ),
    (
        "tailored",
        "",
        "tailored-suits",
        "定制西服",
        "Tailored Suits",
    ),
    (
        "tailored",
        "tailored-suits",
        "tailored-two-piece-suits",
        "两件套西服",
        "Two-piece Suits",
    ),
    (
        "tailored",
        "tailored-suits",
        "tailored-three-piece-suits",
        "三件套西服",
        "Three-piece Suits",
    ),
    (
        "tailored",
        "tailored-suits",
        "tailored-blazers",
        "单西上衣",
        "Blazers & Sport Coats",
    ),
    (
        "tailored",
        "tailored-suits",
        "tailored-womens-suits",
        "女士西装",
        "Women's Suits",
    ),
    (
        "tailored",
        "",
        "tailored-trousers-waistcoats",
        "西裤与马甲",
        "Trousers & Waistcoats",
    ),
    (
        "tailored",
        "tailored-trousers-waistcoats",
        "tailored-trousers",
        "定制西裤",
        "Tailored Trousers",
    ),
    (
        "tailored",
        "tailored-trousers-waistcoats",
        "tailored-waistcoats",
        "定制马甲",
        "Waistcoats",
    ),
    (
        "tailored",
        "",
        "tailored-outerwear",
        "定制大衣",
        "Tailored Outerwear",
    ),
    (
        "tailored",
        "tailored-outerwear",
        "tailored-overcoats",
        "羊毛大衣",
        "Overcoats",
    ),
    (
        "tailored",
        "tailored-outerwear",
        "tailored-trench-coats",
        "风衣",
        "Trench Coats",
    ),
    ("ready-to-wear", "", "rtw-tops", "上装", "Tops"),
    (
        "ready-to-wear",
        "rtw-tops",
        "rtw-t-shirts",
        "T恤",
        "T-shirts",
    ),
    (
        "ready-to-wear",
        "rtw-tops",
        "rtw-polos",
        "Polo衫",
        "Polo Shirts",
    ),
    (
        "ready-to-wear",
        "rtw-tops",
        "rtw-casual-shirts",
        "休闲衬衫",
        "Casual Shirts",
    ),
    (
        "ready-to-wear",
        "rtw-tops",
        "rtw-knitwear",
        "针织衫",
        "Knitwear",
    ),
    (
        "ready-to-wear",
        "",
        "rtw-bottoms",
        "裤装与裙装",
        "Bottoms & Dresses",
    ),
    (
        "ready-to-wear",
        "rtw-bottoms",
        "rtw-jeans",
        "牛仔裤",
        "Jeans",
    ),
    (
        "ready-to-wear",
        "rtw-bottoms",
        "rtw-chinos",
        "休闲裤",
        "Chinos",
    ),
    (
        "ready-to-wear",
        "rtw-bottoms",
        "rtw-skirts",
        "半身裙",
        "Skirts",
    ),
    (
        "ready-to-wear",
        "rtw-bottoms",
        "rtw-dresses",
        "连衣裙",
        "Dresses",
    ),
    ("ready-to-wear", "", "rtw-outerwear", "外套", "Outerwear"),
    (
        "ready-to-wear",
        "rtw-outerwear",
        "rtw-jackets",
        "夹克",
        "Jackets",
    ),
    (
        "ready-to-wear",
        "rtw-outerwear",
        "rtw-denim-jackets",
        "牛仔外套",
        "Denim Jackets",
    ),
    (
        "ready-to-wear",
        "",
        "rtw-accessories",
        "配饰",
        "Accessories",
    ),
    (
        "ready-to-wear",
        "rtw-accessories",
        "rtw-ties",
        "领带",
        "Ties",
    ),
    (
        "ready-to-wear",
        "rtw-accessories",
        "rtw-belts",
        "腰带",
        "Belts",
    ),
    (
        "ready-to-wear",
        "rtw-accessories",
        "rtw-scarves",
        "围巾",
        "Scarves",
    ),
];

/// (slug, name zh, name en, story zh, story en)
pub(super) const BRANDS: &[(&str, &str, &str, &str, &str)] = &[
    ("lanting", "澜庭", "Lanting", "创立于杭州的衬衫工坊，用江南的丝与棉，做一件穿得住十年的衬衫。",
     "A Hangzhou shirt workshop using Jiangnan silk and cotton to make shirts that last a decade."),
    ("mocai", "墨裁", "Mocai Atelier", "从上海弄堂里起家的西装定制工作室，坚持半麻衬结构与手工驳头。",
     "A bespoke tailoring studio born in a Shanghai lane house, still building half-canvas jackets with hand-padded lapels."),
    ("hengshan", "衡山路", "Hengshan Road", "以上海的梧桐大道为名，专注经典大衣与西裤的现代剪裁。",
     "Named after Shanghai's plane-tree avenue, cutting classic overcoats and trousers for modern life."),
    ("suye", "素野", "Suye", "只用天然纤维的简约品牌，亚麻与棉贯穿它的四季。",
     "A minimalist label working only in natural fibres, with linen and cotton through every season."),
    ("zhizao", "织造局", "Loom Bureau", "借名江南织造，从内蒙古羊绒到美利奴羊毛，每件针织都经手工缝合。",
     "Named after the old imperial weaving bureaus, hand-linking every knit from Inner Mongolian cashmere to merino."),
    ("lanran", "蓝染", "Lanran Indigo", "在广西的小染坊里反复靛蓝浸染，每条牛仔裤都会随主人慢慢褪色。",
     "Dipped again and again in a small Guangxi indigo dye house, so every pair of jeans fades with its owner."),
    ("yunshe", "云舍", "Yunshe", "为都市女性设计的通勤衣橱，线条利落，面料温柔。",
     "A commuting wardrobe for city women: clean lines, gentle fabrics."),
    ("jiuzhang", "九章", "Jiuzhang", "苏州真丝与意式手工结合的配饰品牌，一条领带要经过二十道工序。",
     "Suzhou silk meets Italian hand-finishing: every tie passes through twenty steps."),
    ("shiguang", "拾光", "Shiguang Daily", "把基本款做到极致：合身的T恤、耐穿的卡其裤，每天都想穿。",
     "Basics done properly: tees that fit and chinos that last, the clothes you reach for every day."),
    ("yuanshan", "远山", "Yuanshan", "灵感来自城市与山野之间的通勤，外套轻便、防风、百搭。",
     "Inspired by commutes between city and hills: light, windproof jackets that go with everything."),
    ("heming", "鹤鸣", "Heming Leather", "三代皮匠之家，植鞣牛皮腰带越用越好看。",
     "Three generations of leather makers whose vegetable-tanned belts only improve with age."),
];

/// One attribute value: (code, zh, en, swatch or SKU abbreviation).
pub(super) type Value = (&'static str, &'static str, &'static str, &'static str);

pub(super) const STYLES: &[Value] = &[
    ("business", "商务", "Business", ""),
    ("formal", "正装", "Formal", ""),
    ("casual", "休闲", "Casual", ""),
    ("slim", "修身", "Slim-fit", ""),
    ("regular", "标准版", "Regular-fit", ""),
    ("relaxed", "宽松", "Relaxed", ""),
    ("classic", "经典", "Classic", ""),
    ("minimal", "简约", "Minimalist", ""),
    ("vintage", "复古", "Vintage", ""),
    ("elegant", "优雅", "Elegant", ""),
    ("commute", "通勤", "Commuter", ""),
    ("sporty", "运动", "Sporty", ""),
];

pub(super) const MATERIALS: &[Value] = &[
    ("cotton", "纯棉", "Cotton", ""),
    ("egyptian-cotton", "埃及长绒棉", "Egyptian Cotton", ""),
    ("poplin", "府绸", "Poplin", ""),
    ("oxford", "牛津纺", "Oxford", ""),
    ("pique", "珠地棉", "Pique", ""),
    ("cotton-twill", "斜纹棉", "Cotton Twill", ""),
    ("flannel", "法兰绒", "Flannel", ""),
    ("linen", "亚麻", "Linen", ""),
    ("silk", "真丝", "Silk", ""),
    ("wool", "羊毛", "Wool", ""),
    ("merino", "美利奴羊毛", "Merino Wool", ""),
    ("cashmere", "羊绒", "Cashmere", ""),
    ("wool-silk", "羊毛真丝混纺", "Wool-Silk", ""),
    ("tweed", "粗花呢", "Tweed", ""),
    ("gabardine", "华达呢", "Gabardine", ""),
    ("denim", "牛仔布", "Denim", ""),
    ("selvedge", "赤耳牛仔", "Selvedge Denim", ""),
    ("stretch-denim", "弹力牛仔", "Stretch Denim", ""),
    ("nylon", "尼龙", "Nylon", ""),
    ("leather", "头层牛皮", "Leather", ""),
];

/// Colours: the fourth field is the swatch hex; SKU abbreviations are in [`colour_abbr`].
pub(super) const COLOURS: &[Value] = &[
    ("white", "白色", "White", "#F7F6F2"),
    ("light-blue", "浅蓝", "Light Blue", "#B7CFE8"),
    ("pink", "浅粉", "Pink", "#EFC3CC"),
    ("grey", "浅灰", "Light Grey", "#B3B6BA"),
    ("khaki", "卡其", "Khaki", "#C6B089"),
    ("camel", "驼色", "Camel", "#B5875A"),
    ("olive", "橄榄绿", "Olive", "#5D6A3A"),
    ("burgundy", "酒红", "Burgundy", "#7A2236"),
    ("navy", "藏青", "Navy", "#202C48"),
    ("indigo", "靛蓝", "Indigo", "#35507B"),
    ("charcoal", "炭灰", "Charcoal", "#3A3D43"),
    ("black", "黑色", "Black", "#1C1C1E"),
];

/// Sizes: the fourth field is the SKU-code abbreviation.
pub(super) const SIZES: &[Value] = &[
    ("xs", "XS", "XS", "XS"),
    ("s", "S", "S", "S"),
    ("m", "M", "M", "M"),
    ("l", "L", "L", "L"),
    ("xl", "XL", "XL", "XL"),
    ("xxl", "XXL", "XXL", "XXL"),
    ("collar-38", "38", "38", "C38"),
    ("collar-39", "39", "39", "C39"),
    ("collar-40", "40", "40", "C40"),
    ("collar-41", "41", "41", "C41"),
    ("collar-42", "42", "42", "C42"),
    ("collar-43", "43", "43", "C43"),
    ("eu-46", "46", "46", "46"),
    ("eu-48", "48", "48", "48"),
    ("eu-50", "50", "50", "50"),
    ("eu-52", "52", "52", "52"),
    ("eu-54", "54", "54", "54"),
    ("waist-28", "28", "28", "W28"),
    ("waist-29", "29", "29", "W29"),
    ("waist-30", "30", "30", "W30"),
    ("waist-31", "31", "31", "W31"),
    ("waist-32", "32", "32", "W32"),
    ("waist-33", "33", "33", "W33"),
    ("waist-34", "34", "34", "W34"),
    ("waist-36", "36", "36", "W36"),
    ("belt-105", "105cm", "105 cm", "B105"),
    ("belt-110", "110cm", "110 cm", "B110"),
    ("belt-115", "115cm", "115 cm", "B115"),
    ("belt-120", "120cm", "120 cm", "B120"),
    ("belt-125", "125cm", "125 cm", "B125"),
    ("tie-6", "窄版 6cm", "Slim 6 cm", "T6"),
    ("tie-7", "标准 7.5cm", "Classic 7.5 cm", "T7"),
    ("tie-8", "宽版 8.5cm", "Wide 8.5 cm", "T8"),
    ("one-size", "均码", "One Size", "OS"),
    ("mtm", "量体定制", "Made to Measure", "MTM"),
];

/// (code, name zh, name en, values)
const ATTRIBUTES: &[(&str, &str, &str, &[Value])] = &[
    ("style", "风格", "Style", STYLES),
    ("material", "材质", "Material", MATERIALS),
    ("colour", "颜色", "Colour", COLOURS),
    ("size", "尺码", "Size", SIZES),
];

/// (code, name zh, name en, city zh, city en)
const WAREHOUSES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "SH",
        "上海主仓",
        "Shanghai Main Warehouse",
        "上海",
        "Shanghai",
    ),
    ("GZ", "广州仓", "Guangzhou Warehouse", "广州", "Guangzhou"),
];

/// A colour's SKU-code abbreviation (e.g. `WHT`).
pub(super) fn colour_abbr(code: &str) -> String {
    match code {
        "white" => "WHT".into(),
        "light-blue" => "LBL".into(),
        "pink" => "PNK".into(),
        "grey" => "GRY".into(),
        "khaki" => "KHK".into(),
        "camel" => "CML".into(),
        "olive" => "OLV".into(),
        "burgundy" => "BRG".into(),
        "navy" => "NVY".into(),
        "indigo" => "IND".into(),
        "charcoal" => "CHR".into(),
        "black" => "BLK".into(),
        other => other
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(3)
            .collect::<String>()
            .to_ascii_uppercase(),
    }
}

/// Looks a value up in one of the static tables by code.
pub(super) fn value(table: &[Value], code: &str) -> Option<Value> {
    table.iter().copied().find(|v| v.0 == code)
}

/// Inserts series, classes, brands, attributes with their values, and warehouses.
pub(super) async fn insert(conn: &mut AnyConnection) -> DomainResult<()> {
    let mut series_ids: HashMap<&str, i64> = HashMap::new();
    for (position, (slug, zh, en, tag_zh, tag_en)) in SERIES.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO series (slug, name_zh, name_en, tagline_zh, tagline_en, position) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(*slug)
        .bind(*zh)
        .bind(*en)
        .bind(*tag_zh)
        .bind(*tag_en)
        .bind(position as i64)
        .fetch_one(&mut *conn)
        .await?;
        series_ids.insert(slug, id);
    }
    let mut class_ids: HashMap<&str, i64> = HashMap::new();
    for (position, (series, parent, slug, zh, en)) in CLASSES.iter().enumerate() {
        let series_id = series_ids.get(series).copied().unwrap_or_default();
        let parent_id = class_ids.get(parent).copied();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO categories (series_id, parent_id, slug, name_zh, name_en, position) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(series_id)
        .bind(parent_id)
        .bind(*slug)
        .bind(*zh)
        .bind(*en)
        .bind(position as i64)
        .fetch_one(&mut *conn)
        .await?;
        class_ids.insert(slug, id);
    }
    for (position, (slug, zh, en, story_zh, story_en)) in BRANDS.iter().enumerate() {
        sqlx::query(
            "INSERT INTO brands (slug, name_zh, name_en, story_zh, story_en, position) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(*slug)
        .bind(*zh)
        .bind(*en)
        .bind(*story_zh)
        .bind(*story_en)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    for (position, (code, zh, en, values)) in ATTRIBUTES.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO attributes (code, name_zh, name_en, position) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(*code)
        .bind(*zh)
        .bind(*en)
        .bind(position as i64)
        .fetch_one(&mut *conn)
        .await?;
        for (value_position, (value_code, value_zh, value_en, extra)) in values.iter().enumerate() {
            let swatch = if *code == "colour" { *extra } else { "" };
            sqlx::query(
                "INSERT INTO attribute_values (attribute_id, code, value_zh, value_en, swatch, position) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(*value_code)
            .bind(*value_zh)
            .bind(*value_en)
            .bind(swatch)
            .bind(value_position as i64)
            .execute(&mut *conn)
            .await?;
        }
    }
    for (position, (code, zh, en, city_zh, city_en)) in WAREHOUSES.iter().enumerate() {
        sqlx::query(
            "INSERT INTO warehouses (code, name_zh, name_en, city_zh, city_en, active, position) \
             VALUES ($1, $2, $3, $4, $5, 1, $6)",
        )
        .bind(*code)
        .bind(*zh)
        .bind(*en)
        .bind(*city_zh)
        .bind(*city_en)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The catalog's ids by code, as stored (works for the demo shop and for a shop edited since).
pub(super) struct CatalogIds {
    /// Small class slug → (class id, series id).
    pub(super) classes: HashMap<String, (i64, i64)>,
    pub(super) brands: HashMap<String, i64>,
    /// (attribute code, value code) → value id.
    pub(super) values: HashMap<(String, String), i64>,
    /// Active warehouses in display order; the first is the main warehouse.
    pub(super) warehouses: Vec<i64>,
}

impl CatalogIds {
    pub(super) fn value(&self, attribute: &str, code: &str) -> Option<i64> {
        self.values
            .get(&(attribute.to_string(), code.to_string()))
            .copied()
    }
}

/// Reads the ids of small classes, brands, attribute values and active warehouses.
pub(super) async fn load(conn: &mut AnyConnection) -> DomainResult<CatalogIds> {
    let classes: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT slug, id, series_id FROM categories WHERE parent_id IS NOT NULL")
            .fetch_all(&mut *conn)
            .await?;
    let brands: Vec<(String, i64)> = sqlx::query_as("SELECT slug, id FROM brands")
        .fetch_all(&mut *conn)
        .await?;
    let values: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT a.code, v.code, v.id FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let warehouses: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM warehouses WHERE active = 1 ORDER BY position, id")
            .fetch_all(&mut *conn)
            .await?;
    Ok(CatalogIds {
        classes: classes
            .into_iter()
            .map(|(slug, id, series)| (slug, (id, series)))
            .collect(),
        brands: brands.into_iter().collect(),
        values: values.into_iter().map(|(a, v, id)| ((a, v), id)).collect(),
        warehouses,
    })
}
