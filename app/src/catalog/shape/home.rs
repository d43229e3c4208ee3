//! The home page's view: banners, then the blocks staff arranged, each filled from the catalog.

use super::*;
use domain::content::{self, HomeSection, Placement, SectionKind};
use domain::{Db, DomainResult};

pub fn banner_view(b: content::Banner, lang: Lang) -> BannerView {
    BannerView {
        title: b.title.get(lang).to_string(),
        subtitle: b.subtitle.get(lang).to_string(),
        image: b.image_url,
        link: b.link_url,
    }
}

async fn banners(
    db: &Db,
    lang: Lang,
    placement: Placement,
    now: i64,
) -> DomainResult<Vec<BannerView>> {
    Ok(content::banners(db, placement, now)
        .await?
        .into_iter()
        .map(|b| banner_view(b, lang))
        .collect())
}

pub async fn home(db: &Db, lang: Lang) -> DomainResult<HomeView> {
    let now = domain::time::now();
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let mut blocks = Vec::new();
    for section in content::home_sections(db, now).await? {
        if let Some(block) = block(db, lang, &currency, &section, now).await? {
            blocks.push(block);
        }
    }
    Ok(HomeView {
        carousel: banners(db, lang, Placement::HomeCarousel, now).await?,
        wide_banners: banners(db, lang, Placement::HomeWide, now).await?,
        blocks,
        brands: catalog::brand_names(db)
            .await?
            .iter()
            .map(|b| link(&b.slug, &b.name, lang))
            .collect(),
    })
}

/// Fills one section; `None` when it would be empty (a class gone, nothing on offer).
async fn block(
    db: &Db,
    lang: Lang,
    currency: &str,
    section: &HomeSection,
    now: i64,
) -> DomainResult<Option<HomeBlock>> {
    let title = section.title.get(lang).to_string();
    let limit = section.limit;
    let products = |kind: &str, list: Vec<catalog::ProductSummary>, more: Option<String>| {
        (!list.is_empty()).then(|| HomeBlock::Products {
            kind: kind.to_string(),
            title: title.clone(),
            products: cards(&list, lang, currency),
            more,
        })
    };
    Ok(match section.kind {
        SectionKind::HotProducts => {
            let mut list = catalog::summaries_by_ids(db, &section.products).await?;
            if list.is_empty() {
                list = catalog::best_sellers(db, limit).await?;
            }
            list.truncate(limit as usize);
            products("hot", list, None)
        }
        SectionKind::DailySpecials => {
            let mut list = catalog::summaries_by_ids(db, &section.products).await?;
            list.truncate(limit as usize);
            products("specials", list, Some("/tag/sale".into()))
        }
        SectionKind::ClassFeatured => {
            let Some(class) = section.class else {
                return Ok(None);
            };
            let Some(big) = catalog::category_by_id(db, class).await? else {
                return Ok(None);
            };
            let mut ids = vec![big.id];
            ids.extend(
                catalog::child_classes(db, big.id)
                    .await?
                    .iter()
                    .map(|c| c.id),
            );
            let list = catalog::recommended_in_classes(db, &ids, limit).await?;
            products("class", list, Some(format!("/class/{}", big.slug)))
        }
        SectionKind::SalesRanking => {
            let mut items = ranked(&catalog::weekly_top(db, None, now).await?, lang, currency);
            items.truncate(limit as usize);
            (!items.is_empty()).then_some(HomeBlock::Ranking { title, items })
        }
        SectionKind::BrandShowcase => {
            let pictures = catalog::brand_pictures(db).await?;
            let brands: Vec<BrandTile> = catalog::brands(db)
                .await?
                .into_iter()
                .filter(|b| b.products > 0)
                .take(limit as usize)
                .map(|b| BrandTile {
                    image: pictures
                        .iter()
                        .find(|(id, _)| *id == b.brand.id)
                        .map(|(_, url)| url.clone()),
                    slug: b.brand.slug,
                    name: b.brand.name.get(lang).to_string(),
                    story: b.story.get(lang).to_string(),
                    products: b.products,
                })
                .collect();
            (!brands.is_empty()).then_some(HomeBlock::Brands { title, brands })
        }
        SectionKind::Activities => {
            let mut list = banners(db, lang, Placement::Activity, now).await?;
            list.truncate(limit as usize);
            (!list.is_empty()).then_some(HomeBlock::Activities {
                title,
                banners: list,
            })
        }
        SectionKind::Announcements => {
            let items: Vec<AnnouncementView> = content::announcements(db, now, limit)
                .await?
                .into_iter()
                .map(|a| AnnouncementView {
                    title: a.title.get(lang).to_string(),
                    body: a.body.get(lang).to_string(),
                    date: shop_date(a.starts_at),
                })
                .collect();
            (!items.is_empty()).then_some(HomeBlock::Announcements { title, items })
        }
        SectionKind::Reviews => Some(HomeBlock::Reviews { title }),
        SectionKind::Newsletter => Some(HomeBlock::Newsletter { title }),
    })
}
