//! The demo shop's campaigns: "latest activities" on the home page and banners between the
//! groups of big-class pages.

use super::art::{Garment, Pattern};
use super::content::BannerData;

pub(super) const CAMPAIGNS: &[BannerData] = &[
    BannerData {
        file: "activity-fitting-days",
        placement: "activity",
        class: None,
        title: ("门店量体日", "Fitting Days in Store"),
        subtitle: (
            "每周六上海、广州门店免费量体，预约即送定制衬衫一件8折券",
            "Free fittings every Saturday in Shanghai and Guangzhou, with 20% off a tailored shirt",
        ),
        link: "/class/tailored-suits",
        palette: ["#E9E4DC", "#BFB2A0", "#3E4A5C", "#F6F2EC"],
        garments: &[
            (Garment::Suit, "charcoal", Pattern::Pinstripe),
            (Garment::Shirt, "white", Pattern::Solid),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "activity-knitwear-week",
        placement: "activity",
        class: None,
        title: ("羊绒针织周", "Cashmere Week"),
        subtitle: (
            "羊绒针织满两件享9折",
            "10% off when you buy two cashmere knits",
        ),
        link: "/class/rtw-knitwear",
        palette: ["#F3EDE6", "#D6C3AE", "#8C6F4E", "#FBF8F4"],
        garments: &[
            (Garment::Knit, "grey", Pattern::Rib),
            (Garment::Knit, "camel", Pattern::Rib),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "activity-denim-care",
        placement: "activity",
        class: None,
        title: ("牛仔护理课堂", "Denim Care Class"),
        subtitle: (
            "线上直播：如何洗护原色牛仔",
            "Live online: how to wash and keep raw denim",
        ),
        link: "/class/rtw-jeans",
        palette: ["#E3E9F0", "#9FB3C8", "#2F4A6B", "#F2F5F9"],
        garments: &[
            (Garment::Jeans, "indigo", Pattern::Twill),
            (Garment::DenimJacket, "indigo", Pattern::Twill),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "class-tailored-shirts-collars",
        placement: "class_page",
        class: Some("tailored-shirts"),
        title: ("十二种领型任选", "Twelve Collars to Choose From"),
        subtitle: (
            "从温莎领到立领，按您的脸型推荐",
            "From cutaway to band collar, matched to your face",
        ),
        link: "/class/tailored-business-shirts",
        palette: ["#EEF1F4", "#C4CFDA", "#5B7A99", "#FFFFFF"],
        garments: &[
            (Garment::Shirt, "light-blue", Pattern::Solid),
            (Garment::Shirt, "white", Pattern::Stripe),
        ],
        ended_days_ago: None,
    },
    BannerData {
        file: "class-rtw-tops-polos",
        placement: "class_page",
        class: Some("rtw-tops"),
        title: ("Polo衫 两件95折", "Polos: 5% Off Two"),
        subtitle: (
            "珠地网眼棉，透气挺括",
            "Piqué cotton that breathes and holds its shape",
        ),
        link: "/class/rtw-polos",
        palette: ["#EAF0E6", "#B9CBAE", "#4E6B44", "#F6F9F4"],
        garments: &[
            (Garment::Polo, "olive", Pattern::Solid),
            (Garment::Polo, "navy", Pattern::Solid),
            (Garment::TShirt, "white", Pattern::Solid),
        ],
        ended_days_ago: None,
    },
];
