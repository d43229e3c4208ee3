//! Shop copy: what the demo shop says about materials, styles and care, in both languages,
//! used to compose subtitles and description paragraphs.

/// Text about one material.
pub(super) struct MaterialCopy {
    /// A short selling point for subtitles.
    pub(super) pitch: (&'static str, &'static str),
    /// One sentence for descriptions.
    pub(super) sentence: (&'static str, &'static str),
    /// One care sentence.
    pub(super) care: (&'static str, &'static str),
    /// Premium materials cost more.
    pub(super) premium: bool,
}

const WASH_COLD: (&str, &str) = (
    "建议30度以下机洗，反面晾干。",
    "Machine-wash below 30 °C and dry inside out.",
);
const DRY_CLEAN: (&str, &str) = (
    "建议专业干洗，挂在宽肩衣架上存放。",
    "Dry-clean only, and store on a broad-shouldered hanger.",
);
const HAND_WASH: (&str, &str) = (
    "建议冷水手洗，平铺阴干。",
    "Hand-wash cold and dry flat in the shade.",
);

pub(super) fn material(code: &str) -> MaterialCopy {
    let (pitch, sentence, care, premium) = match code {
        "cotton" => (("100%纯棉，柔软透气", "100% cotton, soft and breathable"),
            ("选用新疆长绒棉，手感柔软，吸湿透气。", "Woven from Xinjiang long-staple cotton, it feels soft and breathes well."), WASH_COLD, false),
        "egyptian-cotton" => (("埃及长绒棉，丝般光泽", "Egyptian cotton with a silky sheen"),
            ("埃及吉札长绒棉织成，纱支细密，自带柔和光泽。", "Woven from Egyptian Giza cotton in a fine yarn count with a soft natural lustre."), WASH_COLD, true),
        "poplin" => (("府绸面料，挺括顺滑", "Crisp, smooth poplin"),
            ("府绸平纹组织紧密，挺括顺滑，熨烫后格外平整。", "Tightly woven poplin is crisp and smooth, and irons beautifully flat."), WASH_COLD, false),
        "oxford" => (("牛津纺，越洗越软", "Oxford cloth that softens with wear"),
            ("牛津纺的篮式组织结实耐穿，越洗越柔软。", "The basket weave of oxford cloth is hard-wearing and softens with every wash."), WASH_COLD, false),
        "pique" => (("珠地网眼，清爽透气", "Airy cotton pique"),
            ("珠地棉网眼组织透气排汗，夏天穿也清爽。", "Cotton pique's honeycomb weave breathes and wicks, staying fresh in summer."), WASH_COLD, false),
        "cotton-twill" => (("斜纹棉，挺括耐磨", "Sturdy cotton twill"),
            ("斜纹棉布结实耐磨，垂感好，不易起皱。", "Cotton twill is sturdy and hard-wearing, with a good drape that resists creasing."), WASH_COLD, false),
        "flannel" => (("双面磨毛法兰绒", "Brushed flannel"),
            ("双面磨毛的法兰绒温暖蓬松，秋冬贴身穿也舒服。", "Brushed on both sides, the flannel is warm and lofty, comfortable next to the skin in autumn and winter."), WASH_COLD, false),
        "linen" => (("天然亚麻，凉爽透气", "Cool, breathable linen"),
            ("法国亚麻纤维凉爽透气，自然的褶皱是它的味道。", "French flax linen keeps you cool, and its natural creases are part of its charm."), HAND_WASH, false),
        "silk" => (("桑蚕丝，柔滑垂坠", "Mulberry silk, fluid and smooth"),
            ("苏州桑蚕丝织成，贴肤柔滑，光泽温润。", "Woven from Suzhou mulberry silk, smooth against the skin with a warm lustre."), DRY_CLEAN, true),
        "wool" => (("精纺羊毛，挺括有型", "Worsted wool that holds its shape"),
            ("精纺羊毛面料弹性好、抗皱，四季都能穿。", "Worsted wool is springy and crease-resistant, wearable in every season."), DRY_CLEAN, false),
        "merino" => (("美利奴羊毛，细软保暖", "Fine, warm merino"),
            ("澳洲超细美利奴羊毛，不扎身，保暖又透气。", "Extra-fine Australian merino that never itches, warm yet breathable."), HAND_WASH, true),
        "cashmere" => (("内蒙古羊绒，轻暖柔软", "Inner Mongolian cashmere, light and warm"),
            ("内蒙古阿拉善白绒，轻盈保暖，越穿越柔软。", "White cashmere from Alxa in Inner Mongolia: featherlight, warm, and softer with every wear."), HAND_WASH, true),
        "wool-silk" => (("羊毛真丝混纺，微光质感", "Wool-silk blend with a subtle sheen"),
            ("羊毛与真丝混纺，兼具挺括与光泽，适合正式场合。", "A wool and silk blend that combines structure with sheen, ideal for formal occasions."), DRY_CLEAN, true),
        "tweed" => (("苏格兰粗花呢", "Scottish tweed"),
            ("苏格兰粗花呢纹理丰富，温暖耐穿，很有学院气质。", "Scottish tweed is richly textured, warm and hard-wearing, with a collegiate air."), DRY_CLEAN, false),
        "gabardine" => (("华达呢，防风防泼水", "Wind- and shower-proof gabardine"),
            ("紧密的华达呢斜纹防风防泼水，是风衣的经典面料。", "Tightly woven gabardine twill keeps out wind and showers: the classic trench cloth."), DRY_CLEAN, false),
        "denim" => (("14盎司纯棉牛仔布", "14 oz cotton denim"),
            ("14盎司纯棉牛仔布厚实挺括，会随着穿着自然褪色。", "Heavy 14 oz cotton denim that fades naturally as you wear it."), WASH_COLD, false),
        "selvedge" => (("日本赤耳牛仔布", "Japanese selvedge denim"),
            ("老式梭织机织成的赤耳牛仔布，裤脚翻边可见红白布边。", "Woven on vintage shuttle looms, with the red-and-white selvedge showing when you turn up the hem."), WASH_COLD, true),
        "stretch-denim" => (("弹力牛仔，活动自如", "Stretch denim you can move in"),
            ("加入少量弹性纤维，蹲坐骑行都不紧绷。", "A touch of stretch means no pulling when you sit, squat or cycle."), WASH_COLD, false),
        "nylon" => (("轻量尼龙，防风防泼水", "Light, wind-resistant nylon"),
            ("高密度尼龙面料轻薄防风，表面做了防泼水处理。", "High-density nylon is light and windproof, with a water-repellent finish."), WASH_COLD, false),
        "leather" => (("意大利植鞣头层牛皮", "Italian vegetable-tanned leather"),
            ("意大利植鞣头层牛皮，会随时间养出温润的包浆。", "Italian vegetable-tanned full-grain leather that develops a rich patina over time."),
            ("避免沾水，定期用皮革护理油保养。", "Keep it dry and treat it with leather balm now and then."), true),
        _ => (("精选面料", "Carefully chosen fabric"),
            ("面料经过反复挑选，手感与耐穿度兼顾。", "The fabric was chosen for both hand-feel and durability."), WASH_COLD, false),
    };
    MaterialCopy {
        pitch,
        sentence,
        care,
        premium,
    }
}

/// A style's short subtitle phrase and one description sentence.
pub(super) fn style(code: &str) -> ((&'static str, &'static str), (&'static str, &'static str)) {
    match code {
        "business" => (
            ("商务通勤", "made for business"),
            (
                "利落的商务版型，搭配西装与领带都得体。",
                "A clean business cut that looks right with a suit and tie.",
            ),
        ),
        "formal" => (
            ("正式场合", "for formal occasions"),
            (
                "为正式场合而做，线条干净，细节考究。",
                "Made for formal occasions, with clean lines and careful details.",
            ),
        ),
        "casual" => (
            ("休闲百搭", "easy to wear"),
            (
                "休闲而不随便，牛仔裤与卡其裤都好搭。",
                "Casual but never sloppy, it goes with jeans and chinos alike.",
            ),
        ),
        "slim" => (
            ("修身版型", "slim fit"),
            (
                "修身版型贴合身体线条，但保留了活动的余量。",
                "A slim fit that follows your shape while leaving room to move.",
            ),
        ),
        "regular" => (
            ("标准版型", "regular fit"),
            (
                "标准版型不紧不松，适合大多数身形。",
                "A regular fit, neither tight nor loose, that suits most builds.",
            ),
        ),
        "relaxed" => (
            ("宽松舒适", "relaxed fit"),
            (
                "宽松的廓形穿着自在，叠穿也不显臃肿。",
                "A relaxed silhouette that is easy to wear and layers without bulk.",
            ),
        ),
        "classic" => (
            ("经典不过时", "a timeless classic"),
            (
                "经典的比例与细节，十年后再穿也不过时。",
                "Classic proportions and details that will still look right in ten years.",
            ),
        ),
        "minimal" => (
            ("简约设计", "minimal design"),
            (
                "去掉多余的装饰，只留下好面料与好剪裁。",
                "No needless trims, only good cloth and a good cut.",
            ),
        ),
        "vintage" => (
            ("复古风格", "vintage-inspired"),
            (
                "复古的细节向上世纪的经典致敬。",
                "Vintage details pay tribute to mid-century classics.",
            ),
        ),
        "elegant" => (
            ("优雅知性", "quietly elegant"),
            (
                "柔和的线条带来不张扬的优雅。",
                "Soft lines bring an understated elegance.",
            ),
        ),
        "commute" => (
            ("通勤首选", "ready for the commute"),
            (
                "从早高峰到下班后的聚会，一整天都得体舒适。",
                "Comfortable and presentable from the morning rush to after-work drinks.",
            ),
        ),
        "sporty" => (
            ("运动休闲", "sporty"),
            (
                "运动感的细节让它在周末同样好穿。",
                "Sporty details make it just as good at the weekend.",
            ),
        ),
        _ => (
            ("日常好穿", "for every day"),
            ("日常穿着舒适好打理。", "Comfortable and easy to care for."),
        ),
    }
}

/// Closing sentences for the tailored series: how made-to-measure works.
pub(super) const TAILORED_CLOSINGS: &[(&str, &str)] = &[
    ("下单后，门店量体师会与您预约量体，15个工作日内完成制作并顺丰送达。",
     "After you order, a tailor books your fitting; your piece is made within 15 working days and sent by express courier."),
    ("选择“量体定制”尺码即可按您的尺寸单独打版，首次试穿后免费修改一次。",
     "Choose the Made to Measure size for a pattern cut to your own measurements, with one free alteration after the first fitting."),
    ("标准尺码现货发出；如需调整袖长或裤长，门店可免费修改。",
     "Standard sizes ship from stock; our stores shorten sleeves or hems free of charge."),
];
