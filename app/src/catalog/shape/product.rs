//! The product page's view.

use super::*;
use domain::catalog::ProductDetail;

pub fn product(p: &ProductDetail, lang: Lang, currency: &str) -> ProductView {
    let series = link(&p.series.slug, &p.series.name, lang);
    let class = link(&p.category.slug, &p.category.name, lang);
    let mut crumbs = vec![Crumb {
        href: format!("/series/{}", series.slug),
        label: series.name.clone(),
    }];
    if let Some(big) = &p.big_class {
        crumbs.push(Crumb {
            href: format!("/class/{}", big.slug),
            label: big.name.get(lang).to_string(),
        });
    }
    crumbs.push(Crumb {
        href: format!("/class/{}", class.slug),
        label: class.name.clone(),
    });
    let name = p.name.get(lang).to_string();
    let option = |v: &catalog::AttributeValue| OptionView {
        id: v.id.0,
        label: v.value.get(lang).to_string(),
        swatch: v.swatch.clone(),
    };
    let title = match p.seo_title.get(lang) {
        "" => name.clone(),
        t => t.to_string(),
    };
    let meta_description = match p.seo_description.get(lang) {
        "" => p.subtitle.get(lang).to_string(),
        d => d.to_string(),
    };
    ProductView {
        id: p.id.0,
        slug: p.slug.clone(),
        url: format!("/product/{}", p.slug),
        origin: String::new(),
        subtitle: p.subtitle.get(lang).to_string(),
        description: p.description.get(lang).to_string(),
        title,
        meta_description,
        brand: p.brand.name.get(lang).to_string(),
        series,
        class,
        crumbs,
        price: p.sale_price.format(currency),
        was_price: was_price(p.list_price, p.sale_price, currency),
        images: p
            .images
            .iter()
            .map(|i| ImageView {
                url: i.url.clone(),
                alt: match i.alt.get(lang) {
                    "" => name.clone(),
                    alt => alt.to_string(),
                },
                colour_id: i.colour_value_id.map(|c| c.0),
            })
            .collect(),
        colours: p.colours.iter().map(option).collect(),
        sizes: p.sizes.iter().map(option).collect(),
        variants: p
            .skus
            .iter()
            .map(|s| VariantView {
                sku_id: s.id.0,
                code: s.code.clone(),
                colour_id: s.colour_value_id.0,
                size_id: s.size_value_id.0,
                price: s.sale_price.format(currency),
                was_price: was_price(s.list_price, s.sale_price, currency),
                weight_grams: s.weight_grams,
                available: s.available.max(0),
            })
            .collect(),
        specs: p
            .specifications
            .iter()
            .map(|s| SpecView {
                name: s.attribute.get(lang).to_string(),
                value: s
                    .values
                    .iter()
                    .map(|v| v.get(lang))
                    .collect::<Vec<_>>()
                    .join(" / "),
            })
            .collect(),
        tags: p
            .tags
            .iter()
            .map(|tag| (tag.clone(), crate::i18n::tag_label(interface(lang), tag)))
            .collect(),
        rating: (p.rating_count > 0).then(|| format!("{:.1}", p.rating_avg as f64 / 100.0)),
        rating_count: p.rating_count,
        sales: p.sales_count,
        offer_price: p.sale_price.major_text(),
        currency_code: "CNY".into(),
        related: Vec::new(),
        bought_together: Vec::new(),
        name,
    }
}
