//! The demo shop's content: home-page banners (with their artwork), announcements and the
//! shop settings. Campaign and class-page banners are in `campaigns`, home sections in `home`.

use super::art::{Garment, Pattern};
use super::campaigns::CAMPAIGNS;
use super::images::{BannerScene, Colour, Media};
use crate::db::Db;
use crate::error::DomainResult;
use crate::settings;
use sqlx::AnyConnection;

const DAY: i64 = 86_400;

pub(super) struct BannerData {
    pub(super) file: &'static str,
    pub(super) placement: &'static str,
    /// The class whose page shows a `class_page` banner.
    pub(super) class: Option<&'static str>,
    pub(super) title: (&'static str, &'static str),
    pub(super) subtitle: (&'static str, &'static str),
    pub(super) link: &'static str,
    pub(super) palette: [&'static str; 4],
    pub(super) garments: &'static [(Garment, &'static str, Pattern)],
    /// Days from now the banner ended (`Some`) — a past campaign kept to prove time windows.
    pub(super) ended_days_ago: Option<i64>,
}

const BANNERS: &[BannerData] = &[
    BannerData {
        file: "tailored-autumn-winter",
        placement: "home_carousel",
        class: None,
        title: (
            "定制系列 · 秋冬新作",
            "Tailored: the Autumn–Winter Collection",
        ),
        subtitle: (
            "羊毛大衣与三件套西服，预约量体，15天到手",
            "Overcoats and three-piece suits, cut to measure and ready in 15 days",
        ),
        link: "/series/tailored",
        palette: ["#EDE6DA", "#C9B79C", "#8C6F4E", "#F7F1E6"],
        garments: &[
            (Garment::Overcoat, "camel", Pattern::Herringbone),
            (Garment::ThreePiece, "navy", Pattern::Pinstripe),
            (Garment::Shirt, "white", Pattern::Solid),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "ready-to-wear-everyday",
        placement: "home_carousel",
        class: None,
        title: ("成衣系列 · 轻松每一天", "Ready-to-Wear: Easy Every Day"),
        subtitle: (
            "T恤、Polo衫与牛仔裤，即买即穿",
            "Tees, polos and jeans, ready when you are",
        ),
        link: "/series/ready-to-wear",
        palette: ["#E4ECF1", "#A9C2D3", "#4F7390", "#F3F7FA"],
        garments: &[
            (Garment::TShirt, "white", Pattern::Solid),
            (Garment::Polo, "olive", Pattern::Solid),
            (Garment::Jeans, "indigo", Pattern::Twill),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "accessories-gifts",
        placement: "home_carousel",
        class: None,
        title: ("真丝领带与羊绒围巾", "Silk Ties and Cashmere Scarves"),
        subtitle: (
            "送礼之选，部分款式8折起",
            "Gifts they will keep, selected styles from 20% off",
        ),
        link: "/class/rtw-accessories",
        palette: ["#F1E4E1", "#CFA9A2", "#7A2236", "#FAF3F1"],
        garments: &[
            (Garment::Tie, "burgundy", Pattern::Stripe),
            (Garment::Scarf, "camel", Pattern::Check),
            (Garment::Belt, "black", Pattern::Solid),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "summer-clearance",
        placement: "home_carousel",
        class: None,
        title: ("夏季清仓", "Summer Clearance"),
        subtitle: (
            "亚麻衬衫与休闲裤低至7折",
            "Linen shirts and chinos down to 30% off",
        ),
        link: "/series/ready-to-wear",
        palette: ["#F4EFE2", "#D9CBA6", "#B7CFE8", "#FFFFFF"],
        garments: &[
            (Garment::Shirt, "light-blue", Pattern::Solid),
            (Garment::Chinos, "khaki", Pattern::Solid),
        ],
        ended_days_ago: Some(14),
    },
    BannerData {
        file: "tailored-shirts-wide",
        placement: "home_wide",
        class: None,
        title: ("量体定制衬衫", "Made-to-Measure Shirts"),
        subtitle: (
            "按您的领围与袖长裁剪，首次试穿后免费修改",
            "Cut to your collar and sleeve, with a free alteration after the first fitting",
        ),
        link: "/class/tailored-shirts",
        palette: ["#EEF1F4", "#C4CFDA", "#5B7A99", "#FFFFFF"],
        garments: &[
            (Garment::Shirt, "white", Pattern::Solid),
            (Garment::Shirt, "light-blue", Pattern::Stripe),
            (Garment::Shirt, "pink", Pattern::Solid),
            (Garment::Shirt, "grey", Pattern::Check),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "knitwear-wide",
        placement: "home_wide",
        class: None,
        title: ("羊绒针织 新季上新", "New-Season Cashmere Knits"),
        subtitle: (
            "内蒙古羊绒，轻暖柔软",
            "Inner Mongolian cashmere, light and warm",
        ),
        link: "/class/rtw-knitwear",
        palette: ["#F2ECE4", "#D3C2AC", "#7A2236", "#F9F5EF"],
        garments: &[
            (Garment::Knit, "camel", Pattern::Rib),
            (Garment::Knit, "navy", Pattern::Rib),
            (Garment::Knit, "burgundy", Pattern::Rib),
            (Garment::Scarf, "grey", Pattern::Herringbone),
        ],
        ended_days_ago: None,
    },
];

/// A zh/en text pair.
type TextPair = (&'static str, &'static str);

/// (title, body, started days ago, ends in days)
const ANNOUNCEMENTS: &[(TextPair, TextPair, i64, Option<i64>)] = &[
    (
        ("秋冬新品已上架", "Autumn–Winter arrivals are in"),
        ("羊绒针织、羊毛大衣与新一季定制面料现已上架，欢迎选购。",
         "Cashmere knits, wool overcoats and this season's tailoring cloths are now in the shop."),
        3,
        None,
    ),
    (
        ("全场满¥299包邮", "Free delivery from ¥299"),
        ("商品实付满¥299即可享受顺丰包邮，偏远地区与港澳台同样适用。", "Orders of ¥299 or more after discounts ship free by express courier, to every region."),
        30,
        None,
    ),
    (
        ("节假日发货安排", "Holiday shipping hours"),
        ("假期期间仓库照常发货，客服服务时间调整为10:00–18:00。",
         "Our warehouses keep shipping over the holidays; customer service answers from 10:00 to 18:00."),
        10,
        Some(20),
    ),
    (
        ("定制系列预约量体", "Book a fitting for Tailored"),
        ("上海与广州门店提供免费量体服务，下单后量体师会与您联系。",
         "Our Shanghai and Guangzhou stores measure you free of charge; a tailor will call you after you order."),
        60,
        None,
    ),
];

/// Draws the banner artwork and inserts banners and announcements.
pub(super) async fn insert(
    conn: &mut AnyConnection,
    media: &mut Media,
    now: i64,
) -> DomainResult<()> {
    for (position, banner) in BANNERS.iter().chain(CAMPAIGNS).enumerate() {
        let scene = BannerScene {
            palette: banner.palette,
            garments: banner
                .garments
                .iter()
                .map(|(g, colour, p)| (*g, Colour::of(colour), *p))
                .collect(),
        };
        let url = media.banner(banner.file, &scene)?;
        let (starts_at, ends_at) = match banner.ended_days_ago {
            Some(days) => (Some(now - (days + 60) * DAY), Some(now - days * DAY)),
            None => (Some(now - 7 * DAY), None),
        };
        sqlx::query(
            "INSERT INTO banners (placement, title_zh, title_en, subtitle_zh, subtitle_en, image_url, link_url, \
             position, starts_at, ends_at, active, category_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, \
             (SELECT id FROM categories WHERE slug = $11))",
        )
        .bind(banner.placement)
        .bind(banner.title.0)
        .bind(banner.title.1)
        .bind(banner.subtitle.0)
        .bind(banner.subtitle.1)
        .bind(url)
        .bind(banner.link)
        .bind(position as i64)
        .bind(starts_at)
        .bind(ends_at)
        .bind(banner.class.unwrap_or(""))
        .execute(&mut *conn)
        .await?;
    }
    for (position, (title, body, started, ends)) in ANNOUNCEMENTS.iter().enumerate() {
        sqlx::query(
            "INSERT INTO announcements (title_zh, title_en, body_zh, body_en, starts_at, ends_at, position) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(title.0)
        .bind(title.1)
        .bind(body.0)
        .bind(body.1)
        .bind(now - started * DAY)
        .bind(ends.map(|days| now + days * DAY))
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The shop's name, contact e-mail and currency symbol.
pub(super) async fn settings(db: &Db) -> DomainResult<()> {
    for (key, value) in [
        ("shop_name_zh", "Emporium 商城"),
        ("shop_name_en", "Emporium"),
        ("contact_email", "service@emporium.example"),
        ("currency_symbol", "¥"),
    ] {
        settings::set(db, key, value).await?;
    }
    Ok(())
}
