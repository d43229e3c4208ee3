//! A numbered top list (this week's best sellers) with small pictures.

use super::types::RankedCard;
use crate::i18n::{units_this_week, use_locale};
use crate::ui::Price;
use leptos::prelude::*;

#[component]
pub fn Ranking(title: String, items: Vec<RankedCard>) -> impl IntoView {
    let locale = use_locale();
    let label = title.clone();
    view! {
        <section class="ranking" aria-label=label>
            <h2>{title}</h2>
            <ol>
                {items.into_iter().map(|item| {
                    let p = item.card;
                    view! {
                        <li>
                            <a href=format!("/product/{}", p.slug)>
                                {p.image.map(|src| view! { <img src=src alt="" loading="lazy" width="56" height="70"/> })}
                                <span class="ranking-name">{p.name}</span>
                            </a>
                            <Price price=p.price was=p.was_price/>
                            <span class="ranking-units">{units_this_week(locale, item.units)}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
