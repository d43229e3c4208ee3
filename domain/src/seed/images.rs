//! Shop images as SVG files: product shots on a studio background, fabric close-ups, and wide
//! home-page banners. Each distinct file is written once per run under the media folder.

use super::art::{is_light, mix, Garment, Hardware, Pattern};
use super::catalog_data::value;
use super::catalog_tables::COLOURS;
use super::shapes::draw;
use crate::error::{DomainError, DomainResult};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A colour by its attribute code, with its swatch.
#[derive(Clone, Copy, Debug)]
pub(super) struct Colour {
    pub(super) code: &'static str,
    pub(super) hex: &'static str,
}

impl Colour {
    /// The demo shop colour with this code (grey for unknown codes).
    pub(super) fn of(code: &str) -> Colour {
        match value(COLOURS, code) {
            Some(v) => Colour {
                code: v.0,
                hex: v.3,
            },
            None => Colour {
                code: "grey",
                hex: "#B3B6BA",
            },
        }
    }
}

/// Writes image files under the media folder, each distinct file once.
pub(super) struct Media {
    products: PathBuf,
    banners: PathBuf,
    written: HashSet<String>,
}

fn io_error(path: &Path, e: std::io::Error) -> DomainError {
    DomainError::Internal(format!("cannot write {}: {e}", path.display()))
}

impl Media {
    pub(super) fn new(media_dir: &Path) -> DomainResult<Media> {
        let products = media_dir.join("products");
        let banners = media_dir.join("banners");
        for dir in [&products, &banners] {
            std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        }
        Ok(Media {
            products,
            banners,
            written: HashSet::new(),
        })
    }

    fn write(
        &mut self,
        folder: &str,
        name: String,
        svg: impl FnOnce() -> String,
    ) -> DomainResult<String> {
        let url = format!("/media/{folder}/{name}");
        if self.written.insert(url.clone()) {
            let dir = if folder == "banners" {
                &self.banners
            } else {
                &self.products
            };
            let path = dir.join(&name);
            std::fs::write(&path, svg()).map_err(|e| io_error(&path, e))?;
        }
        Ok(url)
    }

    /// A front view of a garment in a colour and fabric; returns its URL.
    pub(super) fn product(
        &mut self,
        garment: Garment,
        colour: Colour,
        pattern: Pattern,
    ) -> DomainResult<String> {
        let name = format!("{}-{}-{}.svg", garment.code(), colour.code, pattern.code());
        self.write("products", name, || {
            product_svg(garment, colour.hex, pattern)
        })
    }

    /// A fabric close-up with the garment's trims; returns its URL.
    pub(super) fn detail(
        &mut self,
        garment: Garment,
        colour: Colour,
        pattern: Pattern,
    ) -> DomainResult<String> {
        let hardware = garment.hardware();
        let name = format!(
            "detail-{}-{}-{}.svg",
            pattern.code(),
            colour.code,
            hardware.code()
        );
        self.write("products", name, || {
            detail_svg(colour.hex, pattern, hardware)
        })
    }

    /// A wide banner; returns its URL.
    pub(super) fn banner(&mut self, name: &str, scene: &BannerScene) -> DomainResult<String> {
        self.write("banners", format!("{name}.svg"), || banner_svg(scene))
    }
}

const SVG_OPEN: &str =
    r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 750" width="600" height="750">"#;
const HOOK: &str = r##"<path d="M300,150 L300,84 Q300,62 318,64 Q336,68 330,86" fill="none" stroke="#8A8F96" stroke-width="5" stroke-linecap="round"/>"##;

fn hangs(garment: Garment) -> bool {
    !matches!(
        garment,
        Garment::Trousers
            | Garment::Chinos
            | Garment::Jeans
            | Garment::Skirt
            | Garment::Tie
            | Garment::Belt
            | Garment::Scarf
    )
}

/// The studio backdrop: cooler and deeper for pale garments so they stand out.
fn backdrop(hex: &str) -> (&'static str, &'static str) {
    if is_light(hex) {
        ("#E8ECF0", "#D0D6DD")
    } else {
        ("#F6F3EE", "#E4DDD2")
    }
}

pub(super) fn product_svg(garment: Garment, hex: &str, pattern: Pattern) -> String {
    let (top, bottom) = backdrop(hex);
    let hook = if hangs(garment) { HOOK } else { "" };
    format!(
        r##"{SVG_OPEN}<defs><linearGradient id="bg" x2="0" y2="1"><stop offset="0" stop-color="{top}"/><stop offset="1" stop-color="{bottom}"/></linearGradient><radialGradient id="fl"><stop offset="0" stop-color="#000" stop-opacity=".22"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs><rect width="600" height="750" fill="url(#bg)"/><ellipse cx="300" cy="694" rx="230" ry="26" fill="url(#fl)"/>{hook}{}</svg>"##,
        draw(garment, hex, pattern, "g")
    )
}

pub(super) fn detail_svg(hex: &str, pattern: Pattern, hardware: Hardware) -> String {
    let light = is_light(hex);
    let seam = if light {
        mix(hex, "#000000", 0.3)
    } else {
        mix(hex, "#FFFFFF", 0.35)
    };
    let (tile, overlay) = match pattern {
        Pattern::Solid => (String::new(), String::new()),
        _ => {
            let tile = super::art::Art::new("d", hex, pattern, 0).finish();
            (
                tile,
                r#"<rect width="600" height="750" fill="url(#dp)" transform="scale(2.4)"/>"#
                    .to_string(),
            )
        }
    };
    let trims = match hardware {
        Hardware::Button => {
            let button = if light { "#FBFAF7" } else { "#E9E4DA" };
            let edge = mix(button, "#000000", 0.35);
            format!(
                r#"<circle cx="410" cy="250" r="44" fill="{button}" stroke="{edge}" stroke-width="3"/><circle cx="410" cy="250" r="33" fill="none" stroke="{edge}" stroke-width="2" opacity=".6"/><g fill="{edge}"><circle cx="400" cy="240" r="5"/><circle cx="420" cy="240" r="5"/><circle cx="400" cy="260" r="5"/><circle cx="420" cy="260" r="5"/></g><path d="M400,240 L420,260 M420,240 L400,260" stroke="{seam}" stroke-width="3"/>"#
            )
        }
        Hardware::Rivet => r##"<circle cx="410" cy="250" r="26" fill="#B8864B" stroke="#7A5528" stroke-width="4"/><circle cx="410" cy="250" r="10" fill="#D9AE6E"/><path d="M150,140 Q300,180 560,150" fill="none" stroke="#D29A3C" stroke-width="4" stroke-dasharray="12 7"/>"##.to_string(),
        Hardware::Zip => {
            let teeth: String = (0..16).map(|i| format!("M398,{} h24 ", 60 + i * 22)).collect();
            format!(
                r##"<path d="M410,40 V420" stroke="#6E6F73" stroke-width="30"/><path d="{}" stroke="#C9CACD" stroke-width="10"/><rect x="392" y="200" width="36" height="70" rx="8" fill="#A8A9AD" stroke="#5E5F63" stroke-width="3"/>"##,
                teeth.trim_end()
            )
        }
        Hardware::None => String::new(),
    };
    format!(
        r##"{SVG_OPEN}<defs><linearGradient id="fd" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity=".28"/><stop offset=".3" stop-color="#000" stop-opacity=".06"/><stop offset="1" stop-color="#fff" stop-opacity=".1"/></linearGradient><radialGradient id="vg" r=".75"><stop offset=".6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".3"/></radialGradient></defs>{tile}<rect width="600" height="750" fill="{hex}"/>{overlay}<path d="M0,470 Q300,400 600,330 L600,750 L0,750 Z" fill="url(#fd)"/><path d="M0,466 Q300,396 600,326" fill="none" stroke="#fff" stroke-width="6" opacity=".22"/><path d="M0,530 Q300,460 600,390" fill="none" stroke="{seam}" stroke-width="3" stroke-dasharray="12 8"/>{trims}<rect width="600" height="750" fill="url(#vg)"/></svg>"##
    )
}

/// What a banner shows: a palette and a few garments.
pub(super) struct BannerScene {
    /// Background gradient (left, right) and two accent colours for the shapes.
    pub(super) palette: [&'static str; 4],
    pub(super) garments: Vec<(Garment, Colour, Pattern)>,
}

fn banner_svg(scene: &BannerScene) -> String {
    let [left, right, accent, accent2] = scene.palette;
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 600" width="1600" height="600"><defs><linearGradient id="bg" x2="1" y2="1"><stop offset="0" stop-color="{left}"/><stop offset="1" stop-color="{right}"/></linearGradient><radialGradient id="fl"><stop offset="0" stop-color="#000" stop-opacity=".25"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs><rect width="1600" height="600" fill="url(#bg)"/><circle cx="1160" cy="300" r="270" fill="{accent}" opacity=".35"/><circle cx="1500" cy="70" r="140" fill="{accent2}" opacity=".3"/><circle cx="120" cy="560" r="190" fill="{accent2}" opacity=".18"/><path d="M0,540 C400,500 1100,520 1600,470 L1600,600 L0,600 Z" fill="#000" opacity=".05"/>"##
    );
    let hanging = scene.garments.iter().any(|(g, _, _)| hangs(*g));
    if hanging {
        out.push_str(r##"<path d="M640,70 H1580" stroke="#7F848B" stroke-width="7" stroke-linecap="round"/>"##);
    }
    let n = scene.garments.len().max(1) as i32;
    let spacing = if n >= 4 { 230 } else { 270 };
    let start = 1600 - 60 - 300 - (n - 1) * spacing - 130;
    for (i, (garment, colour, pattern)) in scene.garments.iter().enumerate() {
        let x = start + i as i32 * spacing;
        let scale = 0.72;
        let y = if hangs(*garment) {
            70.0 - 64.0 * scale
        } else {
            545.0 - 690.0 * scale
        };
        let hook = if hangs(*garment) { HOOK } else { "" };
        out.push_str(&format!(
            r#"<ellipse cx="{}" cy="548" rx="150" ry="16" fill="url(#fl)"/><g transform="translate({x},{y}) scale({scale})">{hook}{}</g>"#,
            x as f64 + 300.0 * scale,
            draw(*garment, colour.hex, *pattern, &format!("b{i}"))
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: &[Garment] = &[
        Garment::Shirt,
        Garment::TShirt,
        Garment::Polo,
        Garment::Knit,
        Garment::Suit,
        Garment::ThreePiece,
        Garment::Blazer,
        Garment::WomensJacket,
        Garment::Waistcoat,
        Garment::Trousers,
        Garment::Chinos,
        Garment::Jeans,
        Garment::Overcoat,
        Garment::Trench,
        Garment::Jacket,
        Garment::DenimJacket,
        Garment::Dress,
        Garment::Skirt,
        Garment::Tie,
        Garment::Belt,
        Garment::Scarf,
    ];

    #[test]
    fn product_images_are_small_and_balanced() {
        for garment in ALL {
            for pattern in [Pattern::Solid, Pattern::Check, Pattern::Herringbone] {
                let svg = product_svg(*garment, "#202C48", pattern);
                assert!(
                    svg.len() < 6 * 1024,
                    "{garment:?} {pattern:?} is {} bytes",
                    svg.len()
                );
                assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
                assert_eq!(
                    svg.matches("<g").count(),
                    svg.matches("</g>").count(),
                    "{garment:?}"
                );
                assert!(!svg.contains("NaN"));
            }
        }
        for hardware in [
            Hardware::Button,
            Hardware::Rivet,
            Hardware::Zip,
            Hardware::None,
        ] {
            assert!(detail_svg("#F7F6F2", Pattern::Stripe, hardware).len() < 6 * 1024);
        }
    }
}
