//! The account's lists of products: favourites (each card's button takes one out, and it
//! leaves the page) and the browsing history, day by day, with a button that forgets it.

use super::favourites_api::{get_favourites, get_history, ClearHistory, ViewedCard};
use super::shopper::Favourites;
use crate::i18n::{t, use_locale, AccountMsg};
use crate::ui::error_panel::ErrorPanel;
use crate::ui::ProductGrid;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;

#[component]
pub fn FavouritesPage() -> impl IntoView {
    let locale = use_locale();
    let cards = Resource::new(move || locale, get_favourites);
    let kept = use_context::<Favourites>().map(|f| f.ids);
    view! {
        <Title text=t(AccountMsg::FavouritesTitle)/>
        <Meta name="robots" content="noindex"/>
        <super::nav::AccountNav/>
        <section class="account-list favourites">
            <h1>{t(AccountMsg::FavouritesTitle)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match cards.await {
                        Ok(Some(cards)) => {
                            let shown = move || {
                                let mut cards = cards.clone();
                                if let Some(kept) = kept {
                                    kept.with(|ids| cards.retain(|c| ids.contains(&c.id)));
                                }
                                if cards.is_empty() {
                                    view! { <p class="empty-state">{t(AccountMsg::NoFavourites)}</p> }.into_any()
                                } else {
                                    view! { <ProductGrid products=cards/> }.into_any()
                                }
                            };
                            shown.into_any()
                        }
                        Ok(None) => view! { <Redirect path="/account/login?next=/account/favourites"/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let locale = use_locale();
    let clear = ServerAction::<ClearHistory>::new();
    let viewed = Resource::new(
        move || (locale, clear.version().get()),
        move |(locale, _)| get_history(locale),
    );
    view! {
        <Title text=t(AccountMsg::HistoryTitle)/>
        <Meta name="robots" content="noindex"/>
        <super::nav::AccountNav/>
        <section class="account-list history">
            <h1>{t(AccountMsg::HistoryTitle)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match viewed.await {
                        Ok(Some(viewed)) if viewed.is_empty() => {
                            view! { <p class="empty-state">{t(AccountMsg::NoHistory)}</p> }.into_any()
                        }
                        Ok(Some(viewed)) => view! {
                            <ActionForm action=clear attr:class="history-clear">
                                <button type="submit" class="button-secondary">{t(AccountMsg::ClearHistory)}</button>
                            </ActionForm>
                            {by_day(viewed)}
                        }.into_any(),
                        Ok(None) => view! { <Redirect path="/account/login?next=/account/history"/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The history in groups of one day each, newest first.
fn by_day(viewed: Vec<ViewedCard>) -> impl IntoView {
    let mut days: Vec<(String, Vec<_>)> = Vec::new();
    for v in viewed {
        match days.last_mut() {
            Some((day, cards)) if *day == v.day => cards.push(v.card),
            _ => days.push((v.day, vec![v.card])),
        }
    }
    days.into_iter()
        .map(|(day, products)| {
            view! {
                <section class="history-day">
                    <h2>{day}</h2>
                    <ProductGrid products/>
                </section>
            }
        })
        .collect_view()
}
