//! Suggestions while a shopper types: the best matching products, and the classes and brands
//! whose names contain what was typed (in either language).

use super::text::fold;
use crate::catalog::{self, Brand, Category};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::ProductId;

/// Products suggested at most.
pub const PRODUCTS: usize = 6;
/// Classes and brands suggested at most, each.
pub const NAMES: usize = 4;

#[derive(Clone, Debug, Default)]
pub struct Suggestions {
    pub products: Vec<ProductId>,
    pub classes: Vec<Category>,
    pub brands: Vec<Brand>,
}

pub async fn suggest(db: &Db, typed: &str) -> DomainResult<Suggestions> {
    let wanted = fold(typed.trim());
    if wanted.is_empty() {
        return Ok(Suggestions::default());
    }
    let found = super::search(db, typed).await?;
    let products = found.hits.iter().take(PRODUCTS).map(|h| h.id).collect();
    let names_match = |zh: &str, en: &str| fold(zh).contains(&wanted) || fold(en).contains(&wanted);
    let classes = catalog::menu(db)
        .await?
        .into_iter()
        .flat_map(|s| s.big_classes)
        .flat_map(|big| std::iter::once(big.class).chain(big.small_classes))
        .filter(|c| names_match(&c.name.zh, &c.name.en))
        .take(NAMES)
        .collect();
    let brands = catalog::brands(db)
        .await?
        .into_iter()
        .map(|b| b.brand)
        .filter(|b| names_match(&b.name.zh, &b.name.en) || b.slug.contains(&wanted))
        .take(NAMES)
        .collect();
    Ok(Suggestions {
        products,
        classes,
        brands,
    })
}
