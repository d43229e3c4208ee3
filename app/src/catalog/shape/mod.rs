//! Shapes domain catalog data into the one-language views pages receive (server only).

mod choices;
mod class_page;
mod compare;
mod home;
mod listing;
mod product;
mod search;

pub use class_page::class_page;
pub use compare::compare;
pub use home::{banner_view, home};
pub use listing::{listing, Remembered};
pub use product::product;

use super::types::*;
use domain::catalog::{self, ProductSummary};
use domain::locale::{Bilingual, Lang};
use domain::Money;

/// The interface language matching a content language.
pub fn interface(lang: Lang) -> crate::i18n::Locale {
    match lang {
        Lang::ZhCn => crate::i18n::Locale::ZhCn,
        Lang::En => crate::i18n::Locale::En,
    }
}

pub fn was_price(list: Money, sale: Money, currency: &str) -> Option<String> {
    (list > sale).then(|| list.format(currency))
}

pub fn card(p: &ProductSummary, lang: Lang, currency: &str) -> ProductCard {
    ProductCard {
        id: p.id.0,
        slug: p.slug.clone(),
        name: p.name.get(lang).to_string(),
        subtitle: p.subtitle.get(lang).to_string(),
        brand: p.brand.get(lang).to_string(),
        price: p.sale_price.format(currency),
        was_price: was_price(p.list_price, p.sale_price, currency),
        image: p.image_url.clone(),
        rating: (p.rating_count > 0).then(|| format!("{:.1}", p.rating_avg as f64 / 100.0)),
        rating_count: p.rating_count,
        sales: p.sales_count,
        in_stock: p.in_stock,
    }
}

pub fn cards(products: &[ProductSummary], lang: Lang, currency: &str) -> Vec<ProductCard> {
    products.iter().map(|p| card(p, lang, currency)).collect()
}

pub fn ranked(top: &[(ProductSummary, i64)], lang: Lang, currency: &str) -> Vec<RankedCard> {
    top.iter()
        .map(|(p, units)| RankedCard {
            card: card(p, lang, currency),
            units: *units,
        })
        .collect()
}

pub fn link(slug: &str, name: &Bilingual, lang: Lang) -> ClassLink {
    ClassLink {
        slug: slug.to_string(),
        name: name.get(lang).to_string(),
    }
}

pub fn series_menu(m: &catalog::SeriesMenu, lang: Lang) -> SeriesMenu {
    SeriesMenu {
        slug: m.series.slug.clone(),
        name: m.series.name.get(lang).to_string(),
        tagline: m.series.tagline.get(lang).to_string(),
        classes: m
            .big_classes
            .iter()
            .map(|b| ClassMenu {
                slug: b.class.slug.clone(),
                name: b.class.name.get(lang).to_string(),
                small_classes: b
                    .small_classes
                    .iter()
                    .map(|s| link(&s.slug, &s.name, lang))
                    .collect(),
            })
            .collect(),
    }
}

/// `YYYY-MM-DD` of a unix time in the shop's time zone (China Standard Time).
pub fn shop_date(unix: i64) -> String {
    domain::time::shop_date(unix)
}

#[cfg(test)]
mod tests {
    use super::shop_date;

    #[test]
    fn shop_dates_are_in_china_time() {
        assert_eq!(shop_date(0), "1970-01-01");
        assert_eq!(shop_date(16 * 3600), "1970-01-02"); // 00:00 in Beijing
        assert_eq!(shop_date(1_795_000_000), "2026-11-18");
        assert_eq!(shop_date(951_782_400), "2000-02-29"); // 2000-02-29 00:00 UTC
    }
}
