//! Composing one product from a class template: the chosen words, colours and sizes, the
//! bilingual name and copy, prices and SKUs. Shared by the demo shop and the bulk generator.

use super::art::Pattern;
use super::bulk::NewSku;
use super::catalog_data::{colour_abbr, value, CatalogIds};
use super::catalog_tables::{Value, BRANDS, COLOURS, MATERIALS, SIZES, STYLES};
use super::copy;
use super::images::Colour;
use super::rng::Rng;
use super::templates::ClassTemplate;

/// The random choices that make one product.
pub(super) struct Choice {
    pub(super) template: &'static ClassTemplate,
    pub(super) kind: (&'static str, &'static str),
    pub(super) feature: (&'static str, &'static str),
    pub(super) material: Value,
    pub(super) style: Value,
    pub(super) pattern: Pattern,
    pub(super) colours: Vec<Colour>,
    /// Size codes, in display order.
    pub(super) sizes: Vec<&'static str>,
    pub(super) brand: &'static str,
}

/// Picks words, colours and sizes: `colours` and `sizes` are inclusive count ranges.
pub(super) fn choose(
    t: &'static ClassTemplate,
    rng: &mut Rng,
    colours: (i64, i64),
    sizes: (i64, i64),
) -> Choice {
    let max_sizes = if t.made_to_measure.is_some() {
        sizes.1 - 1
    } else {
        sizes.1
    };
    let run = (rng.range(sizes.0, max_sizes.max(sizes.0)) as usize).clamp(1, t.sizes.len());
    let start = rng.below(t.sizes.len() - run + 1);
    let mut size_codes: Vec<&'static str> = t.sizes[start..start + run].to_vec();
    if t.made_to_measure.is_some() {
        size_codes.push("mtm");
    }
    // One-size goods still offer a choice: at least two colours.
    let fewest_colours = if size_codes.len() == 1 {
        colours.0.max(2)
    } else {
        colours.0
    };
    let colour_count = rng.range(fewest_colours, colours.1.max(fewest_colours)) as usize;
    let colours = rng
        .sample(t.colours, colour_count)
        .into_iter()
        .map(Colour::of)
        .collect();
    let material_code = rng.pick(t.materials);
    let style_code = rng.pick(t.styles);
    Choice {
        template: t,
        kind: rng.pick(t.kinds),
        feature: rng.pick(t.features),
        material: value(MATERIALS, material_code).unwrap_or(("cotton", "纯棉", "Cotton", "")),
        style: value(STYLES, style_code).unwrap_or(("casual", "休闲", "Casual", "")),
        pattern: rng.pick(t.patterns),
        colours,
        sizes: size_codes,
        brand: rng.pick(t.brands),
    }
}

impl Choice {
    /// The product's core name, e.g. ("免烫纯棉条纹商务长袖衬衫", "Non-iron Striped Cotton Business Long-sleeve Shirt").
    pub(super) fn name(&self) -> (String, String) {
        let (kind_zh, kind_en) = self.kind;
        let (feature_zh, feature_en) = self.feature;
        let (pattern_zh, pattern_en) = self.pattern.words();
        let (_, style_zh, style_en, _) = self.style;
        let (_, material_zh, material_en, _) = self.material;
        let style_repeats = kind_zh.contains(style_zh)
            || feature_zh.contains(style_zh)
            || kind_en.to_lowercase().contains(&style_en.to_lowercase())
            || feature_en.eq_ignore_ascii_case(style_en);
        let (style_zh, style_en) = if style_repeats {
            ("", "")
        } else {
            (style_zh, style_en)
        };
        let zh = format!("{feature_zh}{material_zh}{pattern_zh}{style_zh}{kind_zh}");
        let en = [feature_en, pattern_en, material_en, style_en, kind_en]
            .iter()
            .filter(|w| !w.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        (zh, en)
    }

    /// The brand's names (zh, en).
    pub(super) fn brand_names(&self) -> (&'static str, &'static str) {
        BRANDS
            .iter()
            .find(|b| b.0 == self.brand)
            .map_or(("Emporium", "Emporium"), |b| (b.1, b.2))
    }

    pub(super) fn subtitle(&self) -> (String, String) {
        let material = copy::material(self.material.0);
        let (style, _) = copy::style(self.style.0);
        (
            format!("{} · {}", material.pitch.0, style.0),
            format!("{} · {}", capitalise(material.pitch.1), style.1),
        )
    }

    /// Two to four sentences: the class intro, the material, maybe the style, then fitting or care.
    pub(super) fn description(&self, rng: &mut Rng, with_style: bool) -> (String, String) {
        let material = copy::material(self.material.0);
        let (_, style) = copy::style(self.style.0);
        let mut sentences = vec![rng.pick(self.template.intro), material.sentence];
        if with_style {
            sentences.push(style);
        }
        sentences.push(if self.template.made_to_measure.is_some() {
            rng.pick(copy::TAILORED_CLOSINGS)
        } else {
            material.care
        });
        let zh = sentences.iter().map(|s| s.0).collect::<String>();
        let en = sentences.iter().map(|s| s.1).collect::<Vec<_>>().join(" ");
        (zh, en)
    }

    pub(super) fn seo(
        &self,
        name: &(String, String),
        subtitle: &(String, String),
    ) -> [(String, String); 2] {
        let (brand_zh, brand_en) = self.brand_names();
        let intro = self.template.intro.first().copied().unwrap_or(("", ""));
        [
            (
                format!("{} - {brand_zh} | Emporium 商城", name.0),
                format!("{} - {brand_en} | Emporium", name.1),
            ),
            (
                format!(
                    "{brand_zh}{}：{}。{}正品保障，满¥399包邮。",
                    name.0, subtitle.0, intro.0
                ),
                format!(
                    "{brand_en} {}: {}. {} Genuine goods, free shipping over ¥399.",
                    name.1, subtitle.1, intro.1
                ),
            ),
        ]
    }

    /// Whole-yuan list price and, for discounted products, the sale percentage.
    pub(super) fn pricing(&self, rng: &mut Rng, discount_chance: u64) -> (i64, Option<i64>) {
        let (lo, hi) = self.template.price;
        // Premium cloth sits in the upper half of the class's range, the rest in the lower two thirds.
        let yuan = if copy::material(self.material.0).premium {
            rng.range((lo + hi) / 2, hi)
        } else {
            rng.range(lo, lo + (hi - lo) * 2 / 3)
        };
        let percent = rng
            .chance(discount_chance)
            .then(|| rng.pick(&[75, 80, 85, 88, 90]));
        (shop_price(yuan).min(hi), percent)
    }

    /// One SKU per colour × size, ids from `first_id`; stock is left empty.
    pub(super) fn skus(
        &self,
        ids: &CatalogIds,
        product_id: i64,
        first_id: i64,
        rng: &mut Rng,
        pricing: (i64, Option<i64>),
    ) -> Vec<NewSku> {
        let (list_yuan, percent) = pricing;
        let (w_lo, w_hi) = self.template.weight_grams;
        let weight = rng.range(w_lo, w_hi);
        let cost_percent = rng.range(40, 55);
        let mut skus = Vec::new();
        for colour in &self.colours {
            let Some(colour_id) = ids.value("colour", colour.code) else {
                continue;
            };
            for (index, size) in self.sizes.iter().enumerate() {
                let Some(size_id) = ids.value("size", size) else {
                    continue;
                };
                let surcharge = if *size == "mtm" {
                    self.template.made_to_measure.unwrap_or(0)
                } else {
                    0
                };
                let list = list_yuan + surcharge;
                let sale = percent.map_or(list, |p| sale_price(list, p));
                let abbr = value(SIZES, size)
                    .map_or_else(|| size.to_ascii_uppercase(), |v| v.3.to_string());
                skus.push(NewSku {
                    id: first_id + skus.len() as i64,
                    code: format!(
                        "{}-{product_id:04}-{}-{abbr}",
                        self.template.prefix,
                        colour_abbr(colour.code)
                    ),
                    colour_value_id: colour_id,
                    size_value_id: size_id,
                    list_price: list * 100,
                    sale_price: sale * 100,
                    cost_price: list * cost_percent,
                    weight_grams: weight + index as i64 * (w_hi - w_lo) / 12,
                    stock: Vec::new(),
                });
            }
        }
        skus
    }

    /// The style and material attribute values the product carries.
    pub(super) fn attribute_values(&self, ids: &CatalogIds) -> Vec<i64> {
        [
            ids.value("style", self.style.0),
            ids.value("material", self.material.0),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Colour names (zh, en) for alt texts.
    pub(super) fn colour_names(colour: Colour) -> (&'static str, &'static str) {
        value(COLOURS, colour.code).map_or(("", ""), |v| (v.1, v.2))
    }
}

/// Rounds to the price points shops use: ¥3,499, ¥459, ¥99.
pub(super) fn shop_price(yuan: i64) -> i64 {
    if yuan >= 1000 {
        yuan / 100 * 100 + 99
    } else if yuan >= 100 {
        yuan / 10 * 10 + 9
    } else {
        yuan
    }
}

/// A discounted price ending in 9, never above the list price and never under 70% of it.
pub(super) fn sale_price(list: i64, percent: i64) -> i64 {
    let raw = list * percent / 100;
    let rounded = if raw >= 100 { raw / 10 * 10 + 9 } else { raw };
    rounded.min(list - 1).max((list * 7 + 9) / 10)
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A URL-safe slug: ASCII lowercase letters, digits and single hyphens.
pub(super) fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_follow_shop_conventions() {
        assert_eq!(shop_price(3456), 3499);
        assert_eq!(shop_price(457), 459);
        assert_eq!(shop_price(99), 99);
        for list in [99, 199, 459, 1299, 8999] {
            for percent in [75, 80, 85, 88, 90] {
                let sale = sale_price(list, percent);
                assert!(
                    sale < list && sale * 10 >= list * 7,
                    "{list} at {percent}% gave {sale}"
                );
            }
        }
    }

    #[test]
    fn list_prices_stay_inside_each_class_range() {
        let mut rng = Rng::new(3);
        for template in super::super::templates::TEMPLATES {
            for _ in 0..200 {
                let choice = choose(template, &mut rng, (2, 5), (3, 6));
                let (list, _) = choice.pricing(&mut rng, 35);
                assert!(
                    (template.price.0..=template.price.1).contains(&list),
                    "{} at {list}",
                    template.class
                );
                assert!(
                    choice.sizes.len() * choice.colours.len() >= 2,
                    "{} has a choice",
                    template.class
                );
            }
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(
            slugify("Non-iron Cotton Women's Shirt  "),
            "non-iron-cotton-women-s-shirt"
        );
        assert_eq!(slugify("Crew-neck T-shirt 2027"), "crew-neck-t-shirt-2027");
    }
}
