//! Shapes domain catalog data into the one-language views pages receive (server only).

use super::api::PER_PAGE;
use super::types::*;
use domain::catalog::{self, ProductDetail, ProductSummary};
use domain::content::{self, Placement};
use domain::locale::{Bilingual, Lang};
use domain::{Db, DomainResult, Money};

/// The interface language matching a content language.
fn interface(lang: Lang) -> crate::i18n::Locale {
    match lang {
        Lang::ZhCn => crate::i18n::Locale::ZhCn,
        Lang::En => crate::i18n::Locale::En,
    }
}

fn was_price(list: Money, sale: Money, currency: &str) -> Option<String> {
    (list > sale).then(|| list.format(currency))
}

pub fn card(p: &ProductSummary, lang: Lang, currency: &str) -> ProductCard {
    ProductCard {
        slug: p.slug.clone(),
        name: p.name.get(lang).to_string(),
        subtitle: p.subtitle.get(lang).to_string(),
        brand: p.brand.get(lang).to_string(),
        price: p.sale_price.format(currency),
        was_price: was_price(p.list_price, p.sale_price, currency),
        image: p.image_url.clone(),
    }
}

fn link(slug: &str, name: &Bilingual, lang: Lang) -> ClassLink {
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

/// `YYYY-MM-DD` of a unix time in China Standard Time (UTC+8, no daylight saving).
pub fn shop_date(unix: i64) -> String {
    let days = (unix + 8 * 3600).div_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

pub async fn home(db: &Db, lang: Lang) -> DomainResult<HomeView> {
    let now = domain::time::now();
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let banner = |b: content::Banner| BannerView {
        title: b.title.get(lang).to_string(),
        subtitle: b.subtitle.get(lang).to_string(),
        image: b.image_url,
        link: b.link_url,
    };
    let carousel = content::banners(db, Placement::HomeCarousel, now)
        .await?
        .into_iter()
        .map(banner)
        .collect();
    let wide_banners = content::banners(db, Placement::HomeWide, now)
        .await?
        .into_iter()
        .map(banner)
        .collect();
    let announcements = content::announcements(db, now, 5)
        .await?
        .into_iter()
        .map(|a| AnnouncementView {
            title: a.title.get(lang).to_string(),
            body: a.body.get(lang).to_string(),
            date: shop_date(a.starts_at),
        })
        .collect();
    let mut showcases = Vec::new();
    for m in catalog::menu(db).await? {
        let products = catalog::top_products_in_series(db, m.series.id, 8).await?;
        showcases.push(SeriesShowcase {
            slug: m.series.slug.clone(),
            name: m.series.name.get(lang).to_string(),
            tagline: m.series.tagline.get(lang).to_string(),
            products: products.iter().map(|p| card(p, lang, &currency)).collect(),
        });
    }
    let new_arrivals = catalog::newest_products(db, 8)
        .await?
        .iter()
        .map(|p| card(p, lang, &currency))
        .collect();
    Ok(HomeView {
        carousel,
        wide_banners,
        announcements,
        showcases,
        new_arrivals,
    })
}

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
        slug: p.slug.clone(),
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
            .map(|tag| crate::i18n::tag_label(interface(lang), tag))
            .collect(),
        name,
    }
}

fn pages(total: i64) -> i64 {
    ((total + PER_PAGE - 1) / PER_PAGE).max(1)
}

pub async fn class_listing(
    db: &Db,
    lang: Lang,
    slug: &str,
    page: i64,
) -> DomainResult<Option<ListingView>> {
    let Some(class) = catalog::category_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let mut crumbs = Vec::new();
    if let Some(series) = catalog::series_by_id(db, class.series_id).await? {
        crumbs.push(Crumb {
            href: format!("/series/{}", series.slug),
            label: series.name.get(lang).into(),
        });
    }
    let children = match class.parent_id {
        Some(parent) => {
            if let Some(big) = catalog::category_by_id(db, parent).await? {
                crumbs.push(Crumb {
                    href: format!("/class/{}", big.slug),
                    label: big.name.get(lang).into(),
                });
            }
            Vec::new()
        }
        None => catalog::child_classes(db, class.id).await?,
    };
    let found = catalog::products_in_category(db, class.id, page, PER_PAGE).await?;
    let view = listing(db, lang, &class.name, crumbs, &children, found, page).await?;
    Ok(Some(view))
}

pub async fn series_listing(
    db: &Db,
    lang: Lang,
    slug: &str,
    page: i64,
) -> DomainResult<Option<ListingView>> {
    let Some(series) = catalog::series_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let children = catalog::big_classes(db, series.id).await?;
    let found = catalog::products_in_series(db, series.id, page, PER_PAGE).await?;
    let view = listing(db, lang, &series.name, Vec::new(), &children, found, page).await?;
    Ok(Some(view))
}

/// A listing page of products with its heading, breadcrumbs and child classes.
async fn listing(
    db: &Db,
    lang: Lang,
    name: &Bilingual,
    crumbs: Vec<Crumb>,
    children: &[catalog::Category],
    found: catalog::ProductPage,
    page: i64,
) -> DomainResult<ListingView> {
    let currency = domain::settings::shop(db).await?.currency_symbol;
    Ok(ListingView {
        name: name.get(lang).to_string(),
        crumbs,
        children: children
            .iter()
            .map(|c| link(&c.slug, &c.name, lang))
            .collect(),
        products: found
            .products
            .iter()
            .map(|p| card(p, lang, &currency))
            .collect(),
        total: found.total,
        page,
        pages: pages(found.total),
    })
}

pub async fn search_listing(db: &Db, lang: Lang, q: &str, page: i64) -> DomainResult<ListingView> {
    let found = catalog::name_contains(db, q, page, PER_PAGE).await?;
    let query = Bilingual::new(q.trim(), q.trim());
    listing(db, lang, &query, Vec::new(), &[], found, page).await
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
