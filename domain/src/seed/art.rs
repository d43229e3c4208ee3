//! Garment art primitives: the garment and fabric kinds, colour arithmetic, and the small SVG
//! builder that fills silhouettes with colour, fabric pattern and studio shading.

/// A kind of garment the shop draws (one silhouette each).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Garment {
    Shirt,
    TShirt,
    Polo,
    Knit,
    Suit,
    ThreePiece,
    Blazer,
    WomensJacket,
    Waistcoat,
    Trousers,
    Chinos,
    Jeans,
    Overcoat,
    Trench,
    Jacket,
    DenimJacket,
    Dress,
    Skirt,
    Tie,
    Belt,
    Scarf,
}

impl Garment {
    /// The name used in image file names.
    pub(super) fn code(self) -> &'static str {
        match self {
            Garment::Shirt => "shirt",
            Garment::TShirt => "tshirt",
            Garment::Polo => "polo",
            Garment::Knit => "knit",
            Garment::Suit => "suit",
            Garment::ThreePiece => "three-piece",
            Garment::Blazer => "blazer",
            Garment::WomensJacket => "womens-jacket",
            Garment::Waistcoat => "waistcoat",
            Garment::Trousers => "trousers",
            Garment::Chinos => "chinos",
            Garment::Jeans => "jeans",
            Garment::Overcoat => "overcoat",
            Garment::Trench => "trench",
            Garment::Jacket => "jacket",
            Garment::DenimJacket => "denim-jacket",
            Garment::Dress => "dress",
            Garment::Skirt => "skirt",
            Garment::Tie => "tie",
            Garment::Belt => "belt",
            Garment::Scarf => "scarf",
        }
    }

    /// What a fabric close-up of this garment shows besides the cloth.
    pub(super) fn hardware(self) -> Hardware {
        match self {
            Garment::Jeans | Garment::DenimJacket => Hardware::Rivet,
            Garment::Jacket => Hardware::Zip,
            Garment::Knit
            | Garment::Dress
            | Garment::Skirt
            | Garment::Tie
            | Garment::Belt
            | Garment::Scarf
            | Garment::TShirt => Hardware::None,
            _ => Hardware::Button,
        }
    }
}

/// Trims shown on a fabric close-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Hardware {
    Button,
    Rivet,
    Zip,
    None,
}

impl Hardware {
    pub(super) fn code(self) -> &'static str {
        match self {
            Hardware::Button => "button",
            Hardware::Rivet => "rivet",
            Hardware::Zip => "zip",
            Hardware::None => "plain",
        }
    }
}

/// A fabric pattern drawn over the garment colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Pattern {
    Solid,
    Stripe,
    Pinstripe,
    Check,
    Herringbone,
    Twill,
    Rib,
}

impl Pattern {
    pub(super) fn code(self) -> &'static str {
        match self {
            Pattern::Solid => "solid",
            Pattern::Stripe => "stripe",
            Pattern::Pinstripe => "pinstripe",
            Pattern::Check => "check",
            Pattern::Herringbone => "herringbone",
            Pattern::Twill => "twill",
            Pattern::Rib => "rib",
        }
    }

    /// The word a product name uses for the pattern (empty when it goes without saying).
    pub(super) fn words(self) -> (&'static str, &'static str) {
        match self {
            Pattern::Stripe => ("条纹", "Striped"),
            Pattern::Pinstripe => ("细条纹", "Pinstripe"),
            Pattern::Check => ("格纹", "Checked"),
            Pattern::Herringbone => ("人字纹", "Herringbone"),
            Pattern::Solid | Pattern::Twill | Pattern::Rib => ("", ""),
        }
    }

    /// The `<pattern>` tile, or `None` for a plain colour.
    fn tile(self, id: &str, ink: &str, transform: &str) -> Option<String> {
        let (w, h, body) = match self {
            Pattern::Solid => return None,
            Pattern::Stripe => (
                22,
                10,
                format!(r#"<rect width="6" height="10" fill="{ink}"/>"#),
            ),
            Pattern::Pinstripe => (
                16,
                10,
                format!(r#"<rect width="1.6" height="10" fill="{ink}"/>"#),
            ),
            Pattern::Check => (
                36,
                36,
                format!(
                    r#"<rect width="36" height="12" fill="{ink}" opacity=".55"/><rect width="12" height="36" fill="{ink}" opacity=".55"/><path d="M0,30H36M30,0V36" stroke="{ink}" stroke-width="1.2"/>"#
                ),
            ),
            Pattern::Herringbone => (
                14,
                14,
                format!(
                    r#"<path d="M0,0L7,7L0,14M7,0L14,7L7,14" fill="none" stroke="{ink}" stroke-width="1.4"/>"#
                ),
            ),
            Pattern::Twill => (
                8,
                8,
                format!(
                    r#"<path d="M-2,2L2,-2M0,8L8,0M6,10L10,6" stroke="{ink}" stroke-width="1.3"/>"#
                ),
            ),
            Pattern::Rib => (
                10,
                8,
                format!(
                    r#"<path d="M0,1L5,7L10,1" fill="none" stroke="{ink}" stroke-width="1.6"/>"#
                ),
            ),
        };
        Some(format!(
            r#"<pattern id="{id}" width="{w}" height="{h}" patternUnits="userSpaceOnUse"{transform}>{body}</pattern>"#
        ))
    }
}

fn rgb(hex: &str) -> (f64, f64, f64) {
    let h = hex.trim_start_matches('#');
    let part = |i: usize| {
        h.get(i..i + 2)
            .and_then(|p| u8::from_str_radix(p, 16).ok())
            .unwrap_or(128) as f64
    };
    (part(0), part(2), part(4))
}

/// Mixes colour `a` towards colour `b` by `t` (0 = a, 1 = b).
pub(super) fn mix(a: &str, b: &str, t: f64) -> String {
    let (ar, ag, ab) = rgb(a);
    let (br, bg, bb) = rgb(b);
    let m = |x: f64, y: f64| (x + (y - x) * t).round().clamp(0.0, 255.0) as u8;
    format!("#{:02X}{:02X}{:02X}", m(ar, br), m(ag, bg), m(ab, bb))
}

/// True for colours light enough to need dark ink on top.
pub(super) fn is_light(hex: &str) -> bool {
    let (r, g, b) = rgb(hex);
    0.2126 * r + 0.7152 * g + 0.0722 * b > 140.0
}

/// Mirrors an absolute path (only `x,y` pairs and command letters) around the vertical centre line.
pub(super) fn mirror(d: &str) -> String {
    d.split(' ')
        .map(|token| match token.split_once(',') {
            Some((x, y)) => {
                let (cmd, num): (String, String) = x.chars().partition(|c| c.is_ascii_alphabetic());
                let x: f64 = num.parse().unwrap_or(300.0);
                format!("{cmd}{},{y}", 600.0 - x)
            }
            None => token.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An SVG fragment in the 600×750 garment space: `<defs>` plus drawing, ids prefixed so several
/// garments can share one document.
pub(super) struct Art {
    id: String,
    defs: String,
    body: String,
    pub(super) colour: String,
    pub(super) outline: String,
    pub(super) seam: String,
    pub(super) dark: String,
    pub(super) light: bool,
    has_pattern: bool,
    layers: usize,
}

impl Art {
    /// `angle` turns the fabric pattern (degrees): diagonal ties, horizontal Breton stripes.
    pub(super) fn new(id: &str, colour: &str, pattern: Pattern, angle: u32) -> Art {
        let light = is_light(colour);
        let ink = if light {
            mix(colour, "#1F2B48", 0.45)
        } else {
            mix(colour, "#FFFFFF", 0.42)
        };
        let transform = if angle == 0 {
            String::new()
        } else {
            format!(r#" patternTransform="rotate({angle})""#)
        };
        let tile = pattern.tile(&format!("{id}p"), &ink, &transform);
        let rib = Pattern::Rib
            .tile(&format!("{id}r"), &ink, r#" patternTransform="rotate(90)""#)
            .unwrap_or_default();
        let mut defs = format!(
            r##"<linearGradient id="{id}h" x2="1"><stop offset="0" stop-color="#fff" stop-opacity=".2"/><stop offset=".45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".24"/></linearGradient>{rib}"##
        );
        let has_pattern = tile.is_some();
        defs.push_str(&tile.unwrap_or_default());
        Art {
            id: id.to_string(),
            defs,
            body: String::new(),
            outline: mix(colour, "#000000", if light { 0.38 } else { 0.45 }),
            seam: if light {
                mix(colour, "#000000", 0.28)
            } else {
                mix(colour, "#FFFFFF", 0.3)
            },
            dark: mix(colour, "#000000", 0.35),
            colour: colour.to_string(),
            light,
            has_pattern,
            layers: 0,
        }
    }

    fn layer(&mut self, paths: &[String], fill: &str, pattern: Option<&str>) {
        let gid = format!("{}s{}", self.id, self.layers);
        self.layers += 1;
        self.defs
            .push_str(&format!(r#"<g id="{gid}" fill-rule="evenodd">"#));
        for d in paths {
            self.defs.push_str(&format!(r#"<path d="{d}"/>"#));
        }
        self.defs.push_str("</g>");
        let outline = mix(fill, "#000000", 0.4);
        self.body.push_str(&format!(
            r##"<use href="#{gid}" fill="{fill}" stroke="{outline}" stroke-width="2" stroke-linejoin="round"/>"##
        ));
        if let Some(p) = pattern {
            self.body
                .push_str(&format!(r##"<use href="#{gid}" fill="url(#{p})"/>"##));
        }
        self.body.push_str(&format!(
            r##"<use href="#{gid}" fill="url(#{}h)"/>"##,
            self.id
        ));
    }

    /// A silhouette part in the garment colour, with its fabric pattern and shading.
    pub(super) fn shape(&mut self, paths: &[String]) {
        let pattern = self.has_pattern.then(|| format!("{}p", self.id));
        let colour = self.colour.clone();
        self.layer(paths, &colour, pattern.as_deref());
    }

    /// A ribbed band (cuffs, hems, collars of knits and jackets).
    pub(super) fn rib(&mut self, paths: &[String]) {
        let colour = mix(&self.colour, "#000000", 0.06);
        let pattern = format!("{}r", self.id);
        self.layer(paths, &colour, Some(&pattern));
    }

    /// A part in another colour (a shirt under a jacket, a tie), shaded but without pattern.
    pub(super) fn fill(&mut self, paths: &[String], colour: &str) {
        self.layer(paths, colour, None);
    }

    pub(super) fn raw(&mut self, markup: &str) {
        self.body.push_str(markup);
    }

    /// A dark inside (the back of a neckline).
    pub(super) fn inside(&mut self, d: &str) {
        self.body
            .push_str(&format!(r#"<path d="{d}" fill="{}"/>"#, self.dark));
    }

    /// Solid lines in the outline colour (edges, pocket openings).
    pub(super) fn line(&mut self, d: &str, width: f64) {
        self.body.push_str(&format!(
            r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{width}" stroke-linecap="round"/>"#,
            self.outline
        ));
    }

    /// Soft lines in the seam colour (creases, folds).
    pub(super) fn fold(&mut self, d: &str) {
        self.body.push_str(&format!(
            r#"<path d="{d}" fill="none" stroke="{}" stroke-width="2" opacity=".55"/>"#,
            self.seam
        ));
    }

    /// Dashed topstitching, in the seam colour or the given thread colour.
    pub(super) fn stitch(&mut self, d: &str, thread: Option<&str>) {
        let colour = thread.unwrap_or(&self.seam).to_string();
        self.body.push_str(&format!(
            r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="1.6" stroke-dasharray="5 4"/>"#
        ));
    }

    /// Buttons at the given centres.
    pub(super) fn buttons(&mut self, at: &[(i32, i32)], r: f64, fill: Option<&str>) {
        let fill = fill
            .map(str::to_string)
            .unwrap_or_else(|| mix(&self.colour, "#FFFFFF", 0.5));
        let stroke = mix(&fill, "#000000", 0.45);
        for (x, y) in at {
            self.body.push_str(&format!(
                r#"<circle cx="{x}" cy="{y}" r="{r}" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>"#
            ));
        }
    }

    pub(super) fn finish(self) -> String {
        format!("<defs>{}</defs>{}", self.defs, self.body)
    }
}

/// A path and its mirror image, for symmetric parts.
pub(super) fn pair(d: &str) -> [String; 2] {
    [d.to_string(), mirror(d)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirror_flips_x_only() {
        assert_eq!(
            mirror("M212,168 L170,184 Q152,300 130,548 Z"),
            "M388,168 L430,184 Q448,300 470,548 Z"
        );
    }

    #[test]
    fn colours_mix_and_classify() {
        assert_eq!(mix("#000000", "#FFFFFF", 0.5), "#808080");
        assert!(is_light("#F7F6F2"));
        assert!(!is_light("#202C48"));
    }
}
