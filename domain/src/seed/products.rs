//! The demo shop's products: about 200 of them, composed class by class from the templates
//! with a fixed seed, with images, tags, best sellers and a realistic stock plan.

use super::bulk::{NewImage, NewProduct};
use super::catalog_data::CatalogIds;
use super::compose::{choose, slugify, Choice};
use super::images::Media;
use super::rng::Rng;
use super::templates::TEMPLATES;
use super::trading;
use crate::error::{DomainError, DomainResult};
use std::collections::HashSet;

const DAY: i64 = 86_400;
/// How many of the best-selling demo products carry the `bestseller` tag.
const BESTSELLERS: usize = 12;

/// Builds the demo products with ids from `first_product` and `first_sku`; each SKU's `stock`
/// says what the opening count puts in which warehouse.
pub(super) fn build(
    ids: &CatalogIds,
    media: &mut Media,
    first_product: i64,
    first_sku: i64,
    now: i64,
) -> DomainResult<Vec<NewProduct>> {
    let mut rng = Rng::new(2024);
    let mut products: Vec<NewProduct> = Vec::new();
    let mut names: HashSet<String> = HashSet::new();
    let mut next_sku = first_sku;
    for template in TEMPLATES {
        let Some(&(category_id, series_id)) = ids.classes.get(template.class) else {
            return Err(DomainError::Internal(format!(
                "demo class {} is missing",
                template.class
            )));
        };
        for _ in 0..template.count {
            let mut choice = choose(template, &mut rng, (2, 5), (3, 6));
            for _ in 0..20 {
                if !names.contains(&choice.name().0) {
                    break;
                }
                choice = choose(template, &mut rng, (2, 5), (3, 6));
            }
            let name = choice.name();
            names.insert(name.0.clone());
            let id = first_product + products.len() as i64;
            let product = compose(
                ids,
                media,
                &mut rng,
                &choice,
                name,
                (id, next_sku),
                (category_id, series_id),
                now,
            )?;
            next_sku += product.skus.len() as i64;
            products.push(product);
        }
    }
    tag_bestsellers(&mut products);
    trading::pair_bought_together(&mut products, &mut rng);
    plan_stock(&mut products, &ids.warehouses, &mut rng);
    Ok(products)
}

#[allow(clippy::too_many_arguments)]
fn compose(
    ids: &CatalogIds,
    media: &mut Media,
    rng: &mut Rng,
    choice: &Choice,
    name: (String, String),
    (id, first_sku): (i64, i64),
    (category_id, series_id): (i64, i64),
    now: i64,
) -> DomainResult<NewProduct> {
    let main = choice
        .colours
        .first()
        .copied()
        .ok_or(DomainError::Internal("a product needs a colour".into()))?;
    let slug = format!("{}-{}-{id}", slugify(&name.1), main.code);
    let subtitle = choice.subtitle();
    let with_style = rng.chance(70);
    let description = choice.description(rng, with_style);
    let [seo_title, seo_description] = choice.seo(&name, &subtitle);
    let pricing = choice.pricing(rng, 35);
    let skus = choice.skus(ids, id, first_sku, rng, pricing);
    let age = rng.range(0, 180) * DAY + rng.range(0, DAY - 1);
    let sales_count = (rng.unit().powi(6) * 6000.0) as i64 + rng.range(0, 60);

    let mut tags: Vec<&'static str> = Vec::new();
    if age < 21 * DAY {
        tags.push("new");
    }
    if pricing.1.is_some() {
        tags.push("sale");
    }
    if choice.template.made_to_measure.is_some() {
        tags.push("made-to-measure");
    }
    if matches!(
        choice.template.class,
        "rtw-ties" | "rtw-belts" | "rtw-scarves"
    ) && rng.chance(60)
    {
        tags.push("gift-idea");
    }
    if choice.material.0 == "linen" || choice.feature.1 == "Organic" {
        tags.push("eco");
    }

    let mut images = Vec::new();
    for colour in choice.colours.iter().take(2) {
        let (colour_zh, colour_en) = Choice::colour_names(*colour);
        images.push(NewImage {
            url: media.product(choice.template.garment, *colour, choice.pattern)?,
            alt: (
                format!("{}（{colour_zh}）正面", name.0),
                format!("{} in {colour_en}, front view", name.1),
            ),
            colour_value_id: ids.value("colour", colour.code),
        });
    }
    images.push(NewImage {
        url: media.detail(choice.template.garment, main, choice.pattern)?,
        alt: (
            format!("{} 面料细节", name.0),
            format!("{}, fabric close-up", name.1),
        ),
        colour_value_id: None,
    });

    Ok(NewProduct {
        id,
        slug,
        series_id,
        category_id,
        brand_id: brand_id(ids, choice.brand)?,
        name,
        subtitle,
        description,
        seo_title,
        seo_description,
        sales_count,
        daily_sales: trading::daily_sales(rng, sales_count, now),
        rating: trading::no_rating(rng, sales_count),
        featured_rank: trading::featured_rank(rng),
        bought_together: Vec::new(),
        created_at: now - age,
        attribute_values: choice.attribute_values(ids),
        tags,
        images,
        skus,
    })
}

/// The brand's id, or the first brand when the named one is gone.
pub(super) fn brand_id(ids: &CatalogIds, slug: &str) -> DomainResult<i64> {
    ids.brands
        .get(slug)
        .or_else(|| ids.brands.values().min())
        .copied()
        .ok_or(DomainError::Internal("the catalog has no brands".into()))
}

fn tag_bestsellers(products: &mut [NewProduct]) {
    let mut by_sales: Vec<usize> = (0..products.len()).collect();
    by_sales.sort_by_key(|&i| std::cmp::Reverse(products[i].sales_count));
    for &i in by_sales.iter().take(BESTSELLERS) {
        products[i].tags.push("bestseller");
    }
}

/// Opening stock: most SKUs in the main warehouse, many also in the second; a few low or sold out.
fn plan_stock(products: &mut [NewProduct], warehouses: &[i64], rng: &mut Rng) {
    let (Some(&main), second) = (warehouses.first(), warehouses.get(1).copied()) else {
        return;
    };
    for product in products.iter_mut() {
        for sku in product.skus.iter_mut() {
            let roll = rng.below(100);
            if roll < 6 {
                continue; // sold out
            }
            if roll < 14 {
                sku.stock.push((main, rng.range(1, 3)));
                continue;
            }
            sku.stock.push((main, rng.range(6, 60)));
            if let Some(second) = second.filter(|_| rng.chance(60)) {
                sku.stock.push((second, rng.range(3, 40)));
            }
        }
    }
}
