//! Product cards in a grid (pictures first) or a list (more text), with rating, sales, stock
//! the favourite and compare toggles, and a quick add to the cart.

use super::{CompareToggle, Price};
use crate::account::FavouriteToggle;
use crate::catalog::quick_add::QuickAdd;
use crate::catalog::types::ProductCard;
use crate::i18n::{rating_text, sold_count, t, use_locale, Msg};
use leptos::prelude::*;

#[component]
pub fn ProductGrid(
    products: Vec<ProductCard>,
    /// `grid` or `list`.
    #[prop(default = "grid")]
    view: &'static str,
    /// Words to mark in product names (a search's words).
    #[prop(optional)]
    highlight: Vec<String>,
) -> impl IntoView {
    if products.is_empty() {
        return view! { <p class="empty-state">{t(Msg::NoProductsHere)}</p> }.into_any();
    }
    let class = if view == "list" {
        "product-grid product-list"
    } else {
        "product-grid"
    };
    view! {
        <ul class=class>
            {products.into_iter().map(|p| view! { <Card product=p highlight=highlight.clone()/> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Card(product: ProductCard, highlight: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    let p = product;
    let href = format!("/product/{}", p.slug);
    let quick_add = p
        .in_stock
        .then(|| view! { <QuickAdd slug=p.slug.clone()/> });
    view! {
        <li class="product-card" class:sold-out=!p.in_stock data-product=p.id>
            <a href=href.clone() class="product-card-image" tabindex="-1" aria-hidden="true">
                {p.image.map(|src| view! { <img src=src alt="" loading="lazy" width="300" height="375"/> })}
                {(!p.in_stock).then(|| view! { <span class="badge-out">{t(Msg::OutOfStockBadge)}</span> })}
            </a>
            <div class="product-card-body">
                <span class="product-card-brand">{p.brand}</span>
                <a href=href class="product-card-name">
                    {marked(&p.name, &highlight).into_iter().map(|(text, hit)| if hit {
                        view! { <mark>{text}</mark> }.into_any()
                    } else {
                        text.into_any()
                    }).collect_view()}
                </a>
                <span class="product-card-subtitle">{p.subtitle}</span>
                <Price price=p.price was=p.was_price/>
                <span class="product-card-meta">
                    {p.rating.map(|r| view! {
                        <span class="rating">
                            <span aria-hidden="true">"★ "{r.clone()}</span>
                            <span class="visually-hidden">{format!("{}: {}", t(Msg::RatingLabel), rating_text(locale, &r, p.rating_count))}</span>
                        </span>
                    })}
                    <span class="sold">{sold_count(locale, p.sales)}</span>
                </span>
                <div class="product-card-actions">
                    <FavouriteToggle product=p.id/>
                    <CompareToggle product=p.id/>
                </div>
                {quick_add}
            </div>
        </li>
    }
}

/// `text` cut into pieces, each marked when it is one of `words` (ASCII letters compared
/// without case). Longer words win where they overlap.
pub fn marked(text: &str, words: &[String]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut hit = vec![false; chars.len()];
    for word in words {
        let w: Vec<char> = word.chars().collect();
        if w.is_empty() || w.len() > chars.len() {
            continue;
        }
        for start in 0..=chars.len() - w.len() {
            if chars[start..start + w.len()]
                .iter()
                .zip(&w)
                .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
            {
                hit[start..start + w.len()]
                    .iter_mut()
                    .for_each(|h| *h = true);
            }
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (c, h) in chars.into_iter().zip(hit) {
        match out.last_mut() {
            Some((text, last)) if *last == h => text.push(c),
            _ => out.push((c.to_string(), h)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::marked;

    #[test]
    fn search_words_are_marked_in_names() {
        let words = vec!["oxford".to_string(), "衬衫".to_string()];
        assert_eq!(
            marked("Oxford 商务衬衫", &words),
            vec![
                ("Oxford".to_string(), true),
                (" 商务".to_string(), false),
                ("衬衫".to_string(), true)
            ]
        );
        assert_eq!(marked("Tie", &words), vec![("Tie".to_string(), false)]);
        assert!(marked("", &words).is_empty());
    }
}
