//! Listing views: the scope a URL names, the shopper's sort, page size, view and filters
//! checked and applied, facets turned into a filter panel.

use super::choices::choices;
use super::*;
use crate::catalog::listing_query::{ListingQuery, FILTER_ATTRIBUTES};
use crate::i18n::Msg;
use domain::catalog::{BrowseRequest, Filters, Scope, PRICE_BANDS};
use domain::ids::CategoryId;
use domain::{Db, DomainResult};

/// Page size and view the shopper chose before (from cookies).
#[derive(Clone, Debug, Default)]
pub struct Remembered {
    pub per: Option<i64>,
    pub view: Option<String>,
}

/// What a listing is about, before any product is read.
struct Subject {
    scope: Scope,
    name: String,
    intro: String,
    crumbs: Vec<Crumb>,
    children: Vec<ClassLink>,
    /// The classes its weekly top-10 is drawn from (`None`: the whole shop).
    top_of: Option<Vec<CategoryId>>,
}

/// The breadcrumb of a class's series (none if the series is gone).
pub(super) async fn series_crumb(
    db: &Db,
    series: domain::ids::SeriesId,
    lang: Lang,
) -> DomainResult<Vec<Crumb>> {
    Ok(catalog::series_by_id(db, series)
        .await?
        .map(|s| crumb(format!("/series/{}", s.slug), &s.name, lang))
        .into_iter()
        .collect())
}

fn crumb(href: String, label: &Bilingual, lang: Lang) -> Crumb {
    Crumb {
        href,
        label: label.get(lang).to_string(),
    }
}

async fn subject(
    db: &Db,
    lang: Lang,
    kind: ListingKind,
    slug: &str,
) -> DomainResult<Option<Subject>> {
    let locale = interface(lang);
    Ok(Some(match kind {
        ListingKind::Class => {
            let Some(class) = catalog::category_by_slug(db, slug).await? else {
                return Ok(None);
            };
            let mut crumbs = series_crumb(db, class.series_id, lang).await?;
            let mut ids = vec![class.id];
            let mut children = Vec::new();
            match class.parent_id {
                Some(parent) => {
                    if let Some(big) = catalog::category_by_id(db, parent).await? {
                        crumbs.push(crumb(format!("/class/{}", big.slug), &big.name, lang));
                    }
                }
                None => {
                    let small = catalog::child_classes(db, class.id).await?;
                    ids.extend(small.iter().map(|c| c.id));
                    children = small.iter().map(|c| link(&c.slug, &c.name, lang)).collect();
                }
            }
            Subject {
                scope: Scope::Classes(ids.clone()),
                name: class.name.get(lang).to_string(),
                intro: String::new(),
                crumbs,
                children,
                top_of: Some(ids),
            }
        }
        ListingKind::Series => {
            let Some(series) = catalog::series_by_slug(db, slug).await? else {
                return Ok(None);
            };
            let mut classes: Vec<CategoryId> = Vec::new();
            for m in catalog::menu(db).await? {
                if m.series.id != series.id {
                    continue;
                }
                for big in m.big_classes {
                    classes.push(big.class.id);
                    classes.extend(big.small_classes.iter().map(|c| c.id));
                }
            }
            Subject {
                scope: Scope::Series(series.id),
                name: series.name.get(lang).to_string(),
                intro: series.tagline.get(lang).to_string(),
                crumbs: Vec::new(),
                children: catalog::big_classes(db, series.id)
                    .await?
                    .iter()
                    .map(|c| link(&c.slug, &c.name, lang))
                    .collect(),
                top_of: Some(classes),
            }
        }
        ListingKind::Brand => {
            let Some((brand, story)) = catalog::brand_by_slug(db, slug).await? else {
                return Ok(None);
            };
            Subject {
                scope: Scope::Brand(brand.id),
                name: brand.name.get(lang).to_string(),
                intro: story.get(lang).to_string(),
                crumbs: vec![Crumb {
                    href: "/directory".into(),
                    label: Msg::Directory.text(locale).into(),
                }],
                children: Vec::new(),
                top_of: None,
            }
        }
        ListingKind::Tag => {
            if !catalog::tag_in_use(db, slug).await? {
                return Ok(None);
            }
            Subject {
                scope: Scope::Tag(slug.to_string()),
                name: crate::i18n::tag_label(locale, slug),
                intro: String::new(),
                crumbs: Vec::new(),
                children: Vec::new(),
                top_of: None,
            }
        }
        ListingKind::Search => Subject {
            scope: Scope::Search(domain::search::understand(db, slug).await?),
            name: slug.trim().to_string(),
            intro: String::new(),
            crumbs: Vec::new(),
            children: Vec::new(),
            top_of: None,
        },
    }))
}

/// A listing page, or `None` when the class, series, brand or tag does not exist.
pub async fn listing(
    db: &Db,
    lang: Lang,
    kind: ListingKind,
    slug: &str,
    query: &ListingQuery,
    remembered: &Remembered,
) -> DomainResult<Option<ListingView>> {
    let Some(subject) = subject(db, lang, kind, slug).await? else {
        return Ok(None);
    };
    let locale = interface(lang);
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let attributes = catalog::attributes(db).await?;
    let brands = catalog::brand_names(db).await?;
    let chosen = choices(locale, query, remembered, &attributes, &brands);
    let request = BrowseRequest {
        scope: subject.scope.clone(),
        filters: chosen.filters.clone(),
        sort: chosen.sort,
        page: query.page,
        per_page: chosen.per,
    };
    let found = catalog::browse(db, &request).await?;
    let (search, suggestions, top) = match &subject.scope {
        Scope::Search(understood) => {
            let (notes, near) = super::search::notes(db, slug, understood, &found, query).await?;
            (Some(notes), near, Vec::new())
        }
        _ => {
            let top =
                catalog::weekly_top(db, subject.top_of.as_deref(), domain::time::now()).await?;
            let near = if found.total == 0 {
                catalog::best_sellers(db, 4).await?
            } else {
                Vec::new()
            };
            (None, near, top)
        }
    };
    let suggestions = cards(&suggestions, lang, &currency);
    let filters = panel(
        lang,
        &currency,
        query,
        &chosen.filters,
        &found.facets,
        &attributes,
        &brands,
    );
    Ok(Some(ListingView {
        kind,
        slug: slug.to_string(),
        name: subject.name,
        intro: subject.intro,
        crumbs: subject.crumbs,
        children: subject.children,
        products: cards(&found.products, lang, &currency),
        total: found.total,
        page: found.page,
        pages: found.pages,
        per: chosen.per,
        sort: chosen.sort.code().to_string(),
        view: chosen.view.to_string(),
        filters: Some(filters),
        weekly_top: ranked(&top, lang, &currency),
        notices: chosen.notices,
        suggestions,
        search,
    }))
}

fn panel(
    lang: Lang,
    currency: &str,
    query: &ListingQuery,
    filters: &Filters,
    facets: &catalog::Facets,
    attributes: &[catalog::Attribute],
    brands: &[catalog::Brand],
) -> FilterPanel {
    let locale = interface(lang);
    let mut groups = vec![FacetGroup {
        code: "brand".into(),
        name: Msg::Brand.text(locale).into(),
        options: brands
            .iter()
            .map(|b| FacetOption {
                code: b.slug.clone(),
                label: b.name.get(lang).to_string(),
                count: facets.brands.get(&b.id).copied().unwrap_or(0),
                selected: filters.brands.contains(&b.id),
                swatch: String::new(),
            })
            .filter(|o| o.count > 0 || o.selected)
            .collect(),
    }];
    for code in FILTER_ATTRIBUTES {
        let Some(attribute) = attributes.iter().find(|a| a.code == code) else {
            continue;
        };
        groups.push(FacetGroup {
            code: code.into(),
            name: attribute.name.get(lang).to_string(),
            options: attribute
                .values
                .iter()
                .map(|v| FacetOption {
                    code: v.code.clone(),
                    label: v.value.get(lang).to_string(),
                    count: facets.values.get(&v.id).copied().unwrap_or(0),
                    selected: query.chosen(code, &v.code),
                    swatch: if code == "colour" {
                        v.swatch.clone()
                    } else {
                        String::new()
                    },
                })
                .filter(|o| o.count > 0 || o.selected)
                .collect(),
        });
    }
    groups.retain(|g| !g.options.is_empty());
    let prices = PRICE_BANDS
        .iter()
        .zip(&facets.price_bands)
        .map(|(band, count)| {
            let top = band.max.map(|m| Money(m.0 - 1));
            let label = match (band.min.0, band.max) {
                (0, Some(max)) => crate::i18n::price_under(locale, &max.format_short(currency)),
                (_, Some(max)) => format!(
                    "{}–{}",
                    band.min.format_short(currency),
                    max.format_short(currency).trim_start_matches(currency)
                ),
                (_, None) => crate::i18n::price_over(locale, &band.min.format_short(currency)),
            };
            PriceOption {
                min: band.min.major_text(),
                max: top.map(|m| m.major_text()),
                label,
                count: *count,
                selected: filters.price_min == Some(band.min) && filters.price_max == top,
            }
        })
        .collect();
    FilterPanel { groups, prices }
}
