//! Garment silhouettes for the lower body and accessories: trousers, skirts, dresses, ties,
//! belts and scarves (the dispatcher and upper-body garments are in `shapes`).

use super::art::{mirror, Art, Garment};
use super::shapes::{both, GOLD_THREAD, METAL};

pub(super) fn trousers(a: &mut Art, kind: Garment) {
    let legs = if kind == Garment::Jeans {
        "M196,146 L404,146 Q412,400 408,664 L316,668 L302,292 L298,292 L284,668 L192,664 Q188,400 196,146 Z"
    } else {
        "M196,146 L404,146 Q414,420 420,664 L318,668 L302,282 L298,282 L282,668 L180,664 Q186,420 196,146 Z"
    };
    a.shape(&[
        legs.to_string(),
        "M198,108 L402,108 L404,146 L196,146 Z".to_string(),
    ]);
    a.shape(&both(&[
        "M222,102 L232,102 L232,152 L222,152 Z",
        "M262,102 L272,102 L272,152 L262,152 Z",
    ]));
    match kind {
        Garment::Jeans => {
            let t = Some(GOLD_THREAD);
            a.stitch(
                "M198,116 L402,116 M198,138 L402,138 M316,150 L316,236 Q316,262 300,268",
                t,
            );
            a.stitch(
                &format!(
                    "M200,168 Q240,166 250,214 {} M334,160 L368,157 L370,190 L336,194 Z",
                    mirror("M200,168 Q240,166 250,214")
                ),
                t,
            );
            a.stitch(
                &format!("M194,650 L284,654 {}", mirror("M194,650 L284,654")),
                t,
            );
            a.buttons(&[(250, 214), (350, 214)], 3.5, Some(METAL));
            a.buttons(&[(300, 127)], 7.0, Some(METAL));
            a.fold("M236,420 Q246,470 240,520 M364,420 Q354,470 360,520");
        }
        _ => {
            a.line(
                &format!("M212,150 L236,228 {}", mirror("M212,150 L236,228")),
                2.0,
            );
            a.stitch("M318,150 L318,226 Q318,250 300,256", None);
            a.buttons(&[(300, 127)], 6.0, None);
            if kind == Garment::Trousers {
                a.fold(&format!(
                    "M244,290 L234,660 {}",
                    mirror("M244,290 L234,660")
                ));
            } else {
                a.shape(&both(&["M180,664 L282,668 L282,640 L181,636 Z"]));
            }
        }
    }
}

pub(super) fn dress(a: &mut Art) {
    a.shape(&[
        "M250,118 Q300,150 350,118 L372,130 Q360,210 372,300 L376,330 Q420,480 458,668 Q300,698 142,668 Q180,480 224,330 L228,300 Q240,210 228,130 Z"
            .into(),
    ]);
    a.inside("M250,118 Q300,108 350,118 Q300,150 250,118 Z");
    a.line("M224,330 Q300,346 376,330", 2.0);
    a.stitch("M262,250 L266,320 M338,250 L334,320", None);
    a.fold("M262,352 Q252,510 236,678 M300,356 L300,690 M338,352 Q348,510 364,678");
}

pub(super) fn skirt(a: &mut Art) {
    a.shape(&[
        "M212,188 L388,188 Q420,400 452,622 Q300,650 148,622 Q180,400 212,188 Z".into(),
        "M214,150 L386,150 L388,188 L212,188 Z".into(),
    ]);
    let pleats: String = (0..9)
        .map(|i| {
            let top = 232 + i * 17;
            let bottom = 300 + (top - 300) * 19 / 10;
            format!("M{top},192 L{bottom},630 ")
        })
        .collect();
    a.fold(pleats.trim_end());
    a.buttons(&[(372, 169)], 5.0, None);
}

pub(super) fn tie(a: &mut Art) {
    a.shape(&[
        "M282,176 L318,176 L372,600 L300,672 L228,600 Z".into(),
        "M268,100 L332,100 L318,176 L282,176 Z".into(),
    ]);
    a.fold("M292,186 L252,596");
    a.stitch("M244,604 L300,660 L356,604", None);
}

pub(super) fn belt(a: &mut Art) {
    a.shape(&[
        "M100,400 A200,150 0 1,0 500,400 A200,150 0 1,0 100,400 Z M146,400 A154,108 0 1,0 454,400 A154,108 0 1,0 146,400 Z".into(),
        "M170,410 A130,92 0 1,0 430,410 A130,92 0 1,0 170,410 Z M212,410 A88,58 0 1,0 388,410 A88,58 0 1,0 212,410 Z".into(),
        "M250,508 L420,512 Q446,530 420,550 L250,552 Z".into(),
    ]);
    let seam = a.seam.clone();
    a.raw(&format!(
        r#"<g fill="none" stroke="{seam}" stroke-width="1.6" stroke-dasharray="5 4"><ellipse cx="300" cy="400" rx="192" ry="142"/><ellipse cx="300" cy="400" rx="162" ry="116"/><ellipse cx="300" cy="410" rx="122" ry="85"/></g>"#
    ));
    a.raw(r##"<rect x="246" y="494" width="64" height="72" rx="10" fill="none" stroke="#C9A45C" stroke-width="9"/><path d="M246,530 L312,530" stroke="#A8843F" stroke-width="5"/>"##);
    let hole = a.dark.clone();
    a.buttons(&[(352, 530), (374, 530), (396, 530)], 3.5, Some(&hole));
}

pub(super) fn scarf(a: &mut Art) {
    a.shape(&[
        "M304,204 Q344,198 380,172 L394,560 L318,574 Z".into(),
        "M222,168 Q260,200 300,206 L292,604 L216,594 Z".into(),
        "M214,120 Q300,192 386,120 L402,160 Q300,252 198,160 Z".into(),
    ]);
    let mut fringe = String::new();
    for i in 0..11 {
        let x = 219 + i * 7;
        let y = 595 + (x - 216) * 10 / 76;
        fringe.push_str(&format!("M{x},{y} l-1,26 "));
        let x2 = 321 + i * 7;
        let y2 = 574 - (x2 - 318) * 14 / 76;
        fringe.push_str(&format!("M{x2},{y2} l1,26 "));
    }
    let colour = a.colour.clone();
    a.raw(&format!(
        r#"<path d="{}" stroke="{colour}" stroke-width="3.5"/>"#,
        fringe.trim_end()
    ));
    a.fold("M250,240 Q262,420 252,590 M350,236 Q340,400 356,556");
}
