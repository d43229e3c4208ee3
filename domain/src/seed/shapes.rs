//! Garment silhouettes: one drawing per garment kind in the 600×750 space, built from
//! the primitives in `art` (colour, fabric pattern, shading, seams and buttons).

use super::art::{mirror, mix, pair, Art, Garment, Pattern};
use super::shapes_lower::{belt, dress, scarf, skirt, tie, trousers};

const SHIRT_WHITE: &str = "#F5F4F0";
pub(super) const GOLD_THREAD: &str = "#D29A3C";
pub(super) const METAL: &str = "#B8925A";

/// The drawing of one garment (a `<defs>` block and its layers), ids prefixed with `id`.
pub(super) fn draw(garment: Garment, colour: &str, pattern: Pattern, id: &str) -> String {
    let angle = match garment {
        Garment::Tie => 38,
        Garment::TShirt | Garment::Polo => 90,
        _ => 0,
    };
    let mut a = Art::new(id, colour, pattern, angle);
    match garment {
        Garment::Shirt => shirt(&mut a),
        Garment::TShirt => tee(&mut a, false),
        Garment::Polo => tee(&mut a, true),
        Garment::Knit => knit(&mut a),
        Garment::Suit | Garment::ThreePiece | Garment::Blazer | Garment::WomensJacket => {
            jacket(&mut a, garment)
        }
        Garment::Waistcoat => waistcoat(&mut a),
        Garment::Trousers | Garment::Chinos | Garment::Jeans => trousers(&mut a, garment),
        Garment::Overcoat | Garment::Trench => coat(&mut a, garment == Garment::Trench),
        Garment::Jacket => zip_jacket(&mut a),
        Garment::DenimJacket => denim_jacket(&mut a),
        Garment::Dress => dress(&mut a),
        Garment::Skirt => skirt(&mut a),
        Garment::Tie => tie(&mut a),
        Garment::Belt => belt(&mut a),
        Garment::Scarf => scarf(&mut a),
    }
    a.finish()
}

pub(super) fn both(parts: &[&str]) -> Vec<String> {
    parts.iter().flat_map(|d| pair(d)).collect()
}

fn shirt(a: &mut Art) {
    let mut parts = both(&[
        "M212,168 L170,184 Q152,300 130,548 L178,558 Q196,420 214,320 Z",
        "M130,548 L178,558 L174,600 L126,592 Z",
    ]);
    parts.push(
        "M212,168 L258,132 L342,132 L388,168 Q394,400 392,642 Q300,660 208,642 Q206,400 212,168 Z"
            .into(),
    );
    a.shape(&parts);
    a.inside("M258,132 Q300,116 342,132 L334,146 Q300,134 266,146 Z");
    a.shape(&both(&["M258,132 L300,178 L276,202 L244,152 Z"]));
    a.stitch("M291,184 L291,648 M309,184 L309,648", None);
    a.line("M226,262 L272,262 L272,314 L249,324 L226,314 Z", 1.6);
    a.buttons(
        &[
            (300, 216),
            (300, 278),
            (300, 340),
            (300, 402),
            (300, 464),
            (300, 526),
            (300, 588),
        ],
        5.5,
        None,
    );
    a.buttons(&[(160, 578), (440, 578)], 4.0, None);
}

fn tee(a: &mut Art, polo: bool) {
    let mut parts = both(&["M214,172 L134,230 L170,320 L218,294 Z"]);
    parts.push(
        "M214,172 L262,138 Q300,164 338,138 L386,172 Q382,250 386,330 Q392,450 394,586 L206,586 Q208,450 214,330 Q218,250 214,172 Z"
            .into(),
    );
    a.shape(&parts);
    a.inside("M262,138 Q300,126 338,138 Q300,164 262,138 Z");
    a.stitch(
        &format!(
            "M142,225 L178,314 {} M208,570 L392,570",
            mirror("M142,225 L178,314")
        ),
        None,
    );
    if polo {
        a.rib(&both(&["M262,138 L300,166 L290,194 L234,174 L246,144 Z"]));
        a.line("M290,166 L290,262 L310,262 L310,166", 1.6);
        a.buttons(&[(300, 198), (300, 234)], 5.0, None);
    } else {
        let rib = mix(&a.colour, "#000000", 0.1);
        a.raw(&format!(
            r#"<path d="M260,139 Q300,178 340,139" fill="none" stroke="{rib}" stroke-width="9"/>"#
        ));
    }
}

fn knit(a: &mut Art) {
    let mut parts = both(&["M214,172 Q172,188 154,262 L132,560 L180,566 L208,330 Z"]);
    parts.push(
        "M214,172 L264,144 Q300,168 336,144 L386,172 Q394,300 390,600 L210,600 Q206,300 214,172 Z"
            .into(),
    );
    a.shape(&parts);
    let mut ribs = both(&["M132,560 L180,566 L178,606 L128,600 Z"]);
    ribs.push("M210,600 L390,600 L388,650 L212,650 Z".into());
    a.rib(&ribs);
    a.inside("M264,144 Q300,132 336,144 Q300,168 264,144 Z");
    let rib = mix(&a.colour, "#000000", 0.12);
    a.raw(&format!(
        r#"<path d="M262,144 Q300,190 338,144" fill="none" stroke="{rib}" stroke-width="12"/>"#
    ));
}

fn jacket(a: &mut Art, kind: Garment) {
    let womens = kind == Garment::WomensJacket;
    let hem = if womens { 566 } else { 612 };
    let mut parts = both(&["M206,166 Q168,180 156,240 L134,590 L182,598 L208,330 Z"]);
    parts.push(format!(
        "M206,166 L262,128 L338,128 L394,166 Q402,400 404,{hem} L304,{} L300,{} L296,{} L196,{hem} Q198,400 206,166 Z",
        hem + 12,
        hem + 8,
        hem + 12
    ));
    a.shape(&parts);
    let inner = if womens {
        if a.light {
            "#2A2A2C".to_string()
        } else {
            "#F3EEE6".to_string()
        }
    } else if kind == Garment::Blazer {
        "#DCE6F0".to_string()
    } else {
        SHIRT_WHITE.to_string()
    };
    a.fill(&["M262,128 L338,128 L300,382 Z".to_string()], &inner);
    if !womens {
        a.fill(&both(&["M262,128 L300,162 L288,178 L256,142 Z"]), &inner);
    }
    if matches!(kind, Garment::Suit | Garment::ThreePiece) {
        let tie = if a.colour.starts_with("#7A") {
            "#202C48"
        } else {
            "#7A2236"
        };
        a.fill(
            &[
                "M294,180 L306,180 L316,360 L300,378 L284,360 Z".into(),
                "M290,160 L310,160 L306,182 L294,182 Z".into(),
            ],
            tie,
        );
    }
    if kind == Garment::ThreePiece {
        a.shape(&["M272,190 L300,300 L328,190 L342,250 L300,382 L258,250 Z".into()]);
        a.buttons(&[(300, 322), (300, 350)], 4.0, None);
    }
    a.shape(&both(&[
        "M262,128 L300,382 L224,238 L240,222 L230,208 L252,150 Z",
    ]));
    a.line(&format!("M300,382 L300,{}", hem + 8), 2.0);
    let pocket_y = if womens { 470 } else { 478 };
    a.shape(&both(&[&format!(
        "M212,{pocket_y} L282,{pocket_y} L282,{} L212,{} Z",
        pocket_y + 18,
        pocket_y + 18
    )]));
    a.line("M228,296 L274,290", 3.0);
    if kind == Garment::Blazer {
        a.raw(r##"<path d="M332,292 L362,287 L356,272 L347,281 L338,271 Z" fill="#FBFAF7" stroke="#9A968E" stroke-width="1.5"/>"##);
    }
    let buttons: &[(i32, i32)] = if womens {
        &[(300, 404)]
    } else {
        &[(300, 410), (300, 464)]
    };
    let button = mix(&a.colour, "#000000", 0.55);
    a.buttons(buttons, 7.0, Some(&button));
    a.buttons(
        &[(166, 574), (170, 558), (434, 574), (430, 558)],
        3.5,
        Some(&button),
    );
}

fn waistcoat(a: &mut Art) {
    a.fill(
        &["M258,120 Q300,108 342,120 L300,330 Z".into()],
        SHIRT_WHITE,
    );
    a.fill(
        &both(&["M258,120 L300,150 L290,166 L252,132 Z"]),
        SHIRT_WHITE,
    );
    let tie = if a.colour.starts_with("#7A") {
        "#202C48"
    } else {
        "#7A2236"
    };
    a.fill(
        &[
            "M294,166 L306,166 L312,320 L300,334 L288,320 Z".into(),
            "M291,148 L309,148 L306,168 L294,168 Z".into(),
        ],
        tie,
    );
    a.shape(&[
        "M258,120 L300,330 L342,120 L372,126 Q366,212 400,262 L402,562 L318,600 L300,580 L282,600 L198,562 L200,262 Q234,212 228,126 Z"
            .into(),
    ]);
    a.line("M300,330 L300,580", 2.0);
    a.line(
        &format!(
            "M226,340 L266,334 {} M226,452 L270,446 {}",
            mirror("M226,340 L266,334"),
            mirror("M226,452 L270,446")
        ),
        3.0,
    );
    let button = mix(&a.colour, "#000000", 0.5);
    a.buttons(
        &[(300, 356), (300, 398), (300, 440), (300, 482), (300, 524)],
        6.0,
        Some(&button),
    );
}

fn coat(a: &mut Art, trench: bool) {
    let mut parts = both(&["M204,164 Q166,178 154,240 L130,600 L180,608 L206,330 Z"]);
    parts.push(
        "M204,164 L262,124 L338,124 L396,164 Q408,420 420,684 L180,684 Q192,420 204,164 Z".into(),
    );
    a.shape(&parts);
    let inner = if a.light { "#34373D" } else { "#A9A8A3" };
    a.fill(&["M262,124 L338,124 L300,330 Z".into()], inner);
    a.shape(&both(&[
        "M262,124 L300,330 L214,248 L230,226 L218,212 L248,150 Z",
    ]));
    a.line("M300,330 L300,684", 2.0);
    a.shape(&both(&["M206,560 L266,560 L266,580 L206,580 Z"]));
    let button = mix(&a.colour, "#000000", 0.55);
    if trench {
        a.shape(&both(&[
            "M206,166 L256,136 L262,148 L212,180 Z",
            "M136,556 L182,562 L182,578 L135,572 Z",
        ]));
        a.shape(&["M190,410 L410,410 L411,438 L189,438 Z".into()]);
        a.raw(r##"<rect x="282" y="403" width="36" height="42" rx="5" fill="none" stroke="#B8925A" stroke-width="5"/>"##);
        a.buttons(
            &[
                (268, 360),
                (332, 360),
                (268, 480),
                (332, 480),
                (268, 530),
                (332, 530),
            ],
            7.0,
            Some(&button),
        );
    } else {
        a.buttons(
            &[
                (268, 360),
                (332, 360),
                (268, 430),
                (332, 430),
                (268, 500),
                (332, 500),
            ],
            7.5,
            Some(&button),
        );
    }
}

fn zip_jacket(a: &mut Art) {
    let mut parts = both(&["M212,168 Q170,184 158,240 L138,540 L186,548 L210,320 Z"]);
    parts.push(
        "M212,168 L262,136 L338,136 L388,168 Q394,360 392,540 L208,540 Q206,360 212,168 Z".into(),
    );
    a.shape(&parts);
    let mut ribs = both(&["M138,540 L186,548 L184,586 L136,580 Z"]);
    ribs.push("M208,540 L392,540 L392,586 L208,586 Z".into());
    ribs.push("M256,140 L344,140 L348,106 Q300,96 252,106 Z".into());
    a.rib(&ribs);
    a.raw(r##"<path d="M300,104 L300,586" stroke="#8F9094" stroke-width="4"/><rect x="295" y="150" width="10" height="24" rx="3" fill="#A8A9AD" stroke="#6E6F73"/>"##);
    a.line(
        &format!("M232,400 L252,470 {}", mirror("M232,400 L252,470")),
        4.0,
    );
    a.line("M236,262 L276,256", 3.0);
    a.stitch(
        &format!(
            "M218,196 Q232,186 258,176 {}",
            mirror("M218,196 Q232,186 258,176")
        ),
        None,
    );
}

fn denim_jacket(a: &mut Art) {
    let t = Some(GOLD_THREAD);
    let mut parts = both(&[
        "M212,168 Q170,184 158,240 L138,540 L186,548 L210,320 Z",
        "M138,540 L186,548 L184,582 L136,576 Z",
    ]);
    parts.push(
        "M212,168 L258,136 L342,136 L388,168 Q392,360 392,520 L208,520 Q208,360 212,168 Z".into(),
    );
    parts.push("M208,520 L392,520 L392,560 L208,560 Z".into());
    a.shape(&parts);
    a.inside("M258,136 Q300,122 342,136 L330,150 Q300,142 270,150 Z");
    a.shape(&both(&[
        "M258,136 L300,172 L280,202 L226,172 L238,146 Z",
        "M226,258 L280,258 L280,284 L253,296 L226,284 Z",
    ]));
    a.stitch(
        "M292,172 L292,560 M308,172 L308,560 M208,530 L392,530 M208,550 L392,550",
        t,
    );
    a.stitch(
        &format!(
            "M214,232 L258,222 L292,232 {}",
            mirror("M214,232 L258,222 L292,232")
        ),
        t,
    );
    a.stitch(
        &format!(
            "M226,284 L226,338 L280,338 L280,290 {}",
            mirror("M226,284 L226,338 L280,338 L280,290")
        ),
        t,
    );
    a.stitch(
        &format!("M238,338 L240,520 {}", mirror("M238,338 L240,520")),
        t,
    );
    a.buttons(
        &[
            (300, 206),
            (300, 268),
            (300, 330),
            (300, 392),
            (300, 454),
            (300, 540),
            (253, 282),
            (347, 282),
        ],
        6.0,
        Some(METAL),
    );
}
