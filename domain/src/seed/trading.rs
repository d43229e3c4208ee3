//! A trading history for seeded products: recent daily sales, ratings, the shop's recommended
//! picks and products bought together, so rankings and sorts have something real to order.

use super::bulk::NewProduct;
use super::rng::Rng;
use crate::catalog::shop_day;

/// Days of daily sales written per product (the weekly lists read the last seven).
const HISTORY_DAYS: i64 = 14;

/// Recent units sold per day, in proportion to the product's lifetime sales (about half a year).
pub(super) fn daily_sales(rng: &mut Rng, sales_count: i64, now: i64) -> Vec<(i64, i64)> {
    let today = shop_day(now);
    let per_day = sales_count as f64 / 180.0;
    (0..HISTORY_DAYS)
        .filter_map(|back| {
            // Noise around the average, rounded up or down at random so slow sellers sell sometimes.
            let units = (per_day * (0.4 + rng.unit() * 1.2) + rng.unit()).floor() as i64;
            (units > 0).then_some((today - back, units))
        })
        .collect()
}

/// (sum of stars, count): most products rated by a share of their buyers, mostly well. Only
/// the bulk-generated benchmark catalogs keep these figures (they have no review rows).
pub(super) fn rating(rng: &mut Rng, sales_count: i64) -> (i64, i64) {
    if !rng.chance(85) {
        return (0, 0);
    }
    let count = sales_count / 25 + rng.range(0, 6);
    if count == 0 {
        return (0, 0);
    }
    let average = 5.0 - rng.unit().powi(2) * 1.6;
    let sum = ((average * count as f64).round() as i64).clamp(count, 5 * count);
    (sum, count)
}

/// No rating: the demo shop's products are rated only by real reviews, so the product page's
/// stars histogram always matches its count. The random draws of [`rating`] are still made,
/// so the rest of the demo shop stays as it was.
pub(super) fn no_rating(rng: &mut Rng, sales_count: i64) -> (i64, i64) {
    let _ = rating(rng, sales_count);
    (0, 0)
}

/// The shop's recommended order: a few products per class are lifted to the top.
pub(super) fn featured_rank(rng: &mut Rng) -> i64 {
    if rng.chance(8) {
        rng.range(1, 9)
    } else {
        0
    }
}

/// Three products of the same series but another class for each product (a shirt with a tie,
/// a suit with a shirt …), chosen with the seed so every run is the same.
pub(super) fn pair_bought_together(products: &mut [NewProduct], rng: &mut Rng) {
    let candidates: Vec<(i64, i64, i64)> = products
        .iter()
        .map(|p| (p.id, p.series_id, p.category_id))
        .collect();
    for product in products.iter_mut() {
        let others: Vec<i64> = candidates
            .iter()
            .filter(|(_, series, class)| {
                *series == product.series_id && *class != product.category_id
            })
            .map(|(id, _, _)| *id)
            .collect();
        if others.len() >= 3 {
            product.bought_together = rng.sample(&others, 3);
        }
    }
}
