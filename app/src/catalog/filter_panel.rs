//! The filter panel of a listing: brands and attribute values as checkboxes with counts, price
//! bands and a price range. A GET form, so it works without JavaScript; with it, ticking a box
//! moves to the filtered address at once and the back button steps back through filters.

use super::listing_query::ListingQuery;
use super::types::{FacetGroup, FilterPanel as Panel};
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_navigate;

#[component]
pub fn FilterPanel(
    panel: Panel,
    query: ListingQuery,
    /// The listing's path; `href` adds a query to it.
    path: String,
    href: Callback<ListingQuery, String>,
    /// A search page's words, kept by the form.
    #[prop(default = None)]
    searched: Option<String>,
) -> impl IntoView {
    let Panel { groups, prices } = panel;
    let unfiltered = href.run(query.unfiltered());
    let kept = [
        ("q", searched),
        ("sort", query.sort.clone()),
        ("per", query.per.clone()),
        ("view", query.view.clone()),
        ("all", query.all.then(|| "1".to_string())),
    ];
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title">{t(Msg::Filters)}</h2>
            <Form method="get" action=path>
                {kept.into_iter().filter_map(|(name, value)| value.map(|v| view! { <input type="hidden" name=name value=v/> })).collect_view()}
                {groups.into_iter().map(|group| view! { <Group group query=query.clone() href/> }).collect_view()}
                <fieldset class="filter-group">
                    <legend>{t(Msg::PriceRange)}</legend>
                    <ul class="price-bands">
                        {prices.into_iter().map(|band| {
                            let next = if band.selected { query.priced(None, None) } else { query.priced(Some(band.min.clone()), band.max.clone()) };
                            view! {
                                <li>
                                    <a href=href.run(next) aria-current=band.selected.then_some("true") rel="nofollow">
                                        {band.label}" "<span class="count">"("{band.count}")"</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <div class="price-inputs">
                        <label>{t(Msg::PriceMin)}
                            <input type="text" inputmode="decimal" name="min" maxlength="12" value=query.min.clone().unwrap_or_default()/>
                        </label>
                        <label>{t(Msg::PriceMax)}
                            <input type="text" inputmode="decimal" name="max" maxlength="12" value=query.max.clone().unwrap_or_default()/>
                        </label>
                    </div>
                </fieldset>
                <div class="filter-actions">
                    <button type="submit">{t(Msg::ApplyFilters)}</button>
                    {query.has_filters().then(|| view! { <a href=unfiltered class="clear-filters">{t(Msg::ClearFilters)}</a> })}
                </div>
            </Form>
        </section>
    }
}

#[component]
fn Group(
    group: FacetGroup,
    query: ListingQuery,
    href: Callback<ListingQuery, String>,
) -> impl IntoView {
    let code = group.code.clone();
    let navigate = use_navigate();
    view! {
        <fieldset class="filter-group" data-group=code.clone()>
            <legend>{group.name}</legend>
            <ul>
                {group.options.into_iter().map(|option| {
                    let next = if code == "brand" {
                        query.toggle_brand(&option.code)
                    } else {
                        query.toggle_value(&code, &option.code)
                    };
                    let target = href.run(next);
                    let id = format!("f-{}-{}", code, option.code);
                    let navigate = navigate.clone();
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() name=code.clone() value=option.code.clone()
                                checked=option.selected
                                on:change=move |_| navigate(&target, Default::default())/>
                            <label for=id>
                                {(!option.swatch.is_empty()).then(|| view! {
                                    <span class="swatch" aria-hidden="true" style=format!("background:{}", crate::ui::safe_colour(&option.swatch))></span>
                                })}
                                {option.label}" "<span class="count">"("{option.count}")"</span>
                            </label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}
