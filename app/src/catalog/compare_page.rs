//! The comparison page: up to four products side by side — price, brand, rating, sales,
//! stock and every attribute — with a way to take each off the list.

use super::api::get_compare;
use crate::i18n::{rating_text, t, use_locale, Msg};
use crate::ui::{use_compare_list, CompareToggle, ErrorPanel, Price};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ComparePage() -> impl IntoView {
    let locale = use_locale();
    let list = use_compare_list();
    let compare = Resource::new(
        move || list.map(|l| l.ids.get()).unwrap_or_default(),
        move |_| get_compare(locale),
    );
    view! {
        <Title text=t(Msg::CompareTitle)/>
        <Meta name="robots" content="noindex"/>
        <h1>{t(Msg::CompareTitle)}</h1>
        <Transition fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                let view = match compare.await {
                    Ok(view) => view,
                    Err(error) => return view! { <ErrorPanel error/> }.into_any(),
                };
                if view.columns.is_empty() {
                    return view! { <p class="empty-state">{t(Msg::CompareEmpty)}</p> }.into_any();
                }
                let single = view.columns.len() == 1;
                view! {
                    {single.then(|| view! { <p class="notice">{t(Msg::CompareNeedsTwo)}</p> })}
                    <div class="compare-scroll">
                        <table class="compare-table">
                            <thead>
                                <tr>
                                    <td></td>
                                    {view.columns.iter().map(|c| view! {
                                        <th scope="col">
                                            <a href=format!("/product/{}", c.card.slug)>
                                                {c.card.image.clone().map(|src| view! { <img src=src alt="" width="120" height="150"/> })}
                                                <span>{c.card.name.clone()}</span>
                                            </a>
                                            <CompareToggle product=c.card.id/>
                                        </th>
                                    }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                <tr><th scope="row">{t(Msg::Price)}</th>
                                    {view.columns.iter().map(|c| view! { <td><Price price=c.card.price.clone() was=c.card.was_price.clone()/></td> }).collect_view()}</tr>
                                <tr><th scope="row">{t(Msg::Brand)}</th>
                                    {view.columns.iter().map(|c| view! { <td>{c.card.brand.clone()}</td> }).collect_view()}</tr>
                                <tr><th scope="row">{t(Msg::RatingLabel)}</th>
                                    {view.columns.iter().map(|c| view! { <td>{c.card.rating.clone().map(|r| rating_text(locale, &r, c.card.rating_count)).unwrap_or_else(|| "—".into())}</td> }).collect_view()}</tr>
                                <tr><th scope="row">{t(Msg::SoldCount)}</th>
                                    {view.columns.iter().map(|c| view! { <td>{c.card.sales}</td> }).collect_view()}</tr>
                                <tr><th scope="row">{t(Msg::Stock)}</th>
                                    {view.columns.iter().map(|c| view! { <td data-stock=c.stock>{crate::catalog::variant_picker::stock_text(locale, c.stock)}</td> }).collect_view()}</tr>
                                {view.rows.iter().enumerate().map(|(i, name)| view! {
                                    <tr><th scope="row">{name.clone()}</th>
                                        {view.columns.iter().map(|c| view! { <td>{c.values.get(i).cloned().filter(|v| !v.is_empty()).unwrap_or_else(|| "—".into())}</td> }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            })}
        </Transition>
    }
}
