//! The home page: carousel, announcements, best sellers per series, wide banners, new arrivals.

use super::api::get_home;
use super::types::{BannerView, HomeView};
use crate::i18n::{t, use_locale, Msg};
use crate::ui::{ErrorPanel, ProductGrid};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let home = Resource::new(move || locale, get_home);
    view! {
        <Title text=t(Msg::HomeTitle)/>
        <Meta name="description" content=t(Msg::HomeDescription)/>
        <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => view! { <HomeSections home/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn HomeSections(home: HomeView) -> impl IntoView {
    let HomeView {
        carousel,
        wide_banners,
        announcements,
        showcases,
        new_arrivals,
    } = home;
    let mut wide = wide_banners.into_iter();
    view! {
        <Carousel banners=carousel/>
        {(!announcements.is_empty()).then(|| view! {
            <section class="announcements" aria-labelledby="announcements-title">
                <h2 id="announcements-title">{t(Msg::Announcements)}</h2>
                <ul>
                    {announcements.into_iter().map(|a| view! {
                        <li><time>{a.date}</time>" "<strong>{a.title}</strong>" — "{a.body}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {showcases.into_iter().map(|s| {
            let banner = wide.next();
            view! {
                <section class="showcase">
                    <header class="section-head">
                        <h2>{s.name}" · "{t(Msg::BestSellersOf)}</h2>
                        <p>{s.tagline}</p>
                        <a href=format!("/series/{}", s.slug)>{t(Msg::ViewAll)}</a>
                    </header>
                    <ProductGrid products=s.products/>
                </section>
                {banner.map(|b| view! { <WideBanner banner=b/> })}
            }
        }).collect_view()}
        <section class="showcase">
            <header class="section-head"><h2>{t(Msg::NewArrivals)}</h2></header>
            <ProductGrid products=new_arrivals/>
        </section>
    }
}

/// A rotating banner strip. Without JavaScript all slides scroll sideways; with it, arrows move.
#[component]
fn Carousel(banners: Vec<BannerView>) -> impl IntoView {
    let count = banners.len();
    let current = RwSignal::new(0usize);
    (count > 0).then(|| view! {
        <section class="carousel" aria-roledescription="carousel" aria-label=t(Msg::NewArrivals)>
            <ul class="carousel-track" style=move || format!("--slide: {}", current.get())>
                {banners.into_iter().enumerate().map(|(i, b)| view! {
                    <li class="carousel-slide" aria-hidden=move || (current.get() != i).then_some("true")
                        style=format!("background-image: url('{}')", b.image.replace('\'', ""))>
                        <a href=b.link class="carousel-caption">
                            <strong>{b.title}</strong>
                            <span>{b.subtitle}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
            {(count > 1).then(|| view! {
                <button class="carousel-prev" aria-label=t(Msg::Previous)
                    on:click=move |_| current.update(|c| *c = (*c + count - 1) % count)>"‹"</button>
                <button class="carousel-next" aria-label=t(Msg::Next)
                    on:click=move |_| current.update(|c| *c = (*c + 1) % count)>"›"</button>
            })}
        </section>
    })
}

#[component]
fn WideBanner(banner: BannerView) -> impl IntoView {
    view! {
        <a class="wide-banner" href=banner.link style=format!("background-image: url('{}')", banner.image.replace('\'', ""))>
            <strong>{banner.title}</strong>
            <span>{banner.subtitle}</span>
        </a>
    }
}
