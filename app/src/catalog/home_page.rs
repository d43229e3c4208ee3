//! The home page: category tree, carousel and brands up top, then the blocks staff arranged
//! (hot products, rankings, brand showcase, class picks, specials, activities, announcements,
//! reviews, newsletter) with full-width banners between them.

use super::api::get_home;
use super::carousel::Carousel;
use super::ranking::Ranking;
use super::types::{BannerView, HomeBlock, HomeView};
use crate::i18n::{product_count, t, use_locale, Msg};
use crate::layout::LayoutResource;
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
        <crate::newsletter::NewsletterBox form="home"/>
    }
}

#[component]
fn HomeSections(home: HomeView) -> impl IntoView {
    let HomeView {
        carousel,
        wide_banners,
        blocks,
        brands,
    } = home;
    let mut wide = wide_banners.into_iter();
    view! {
        <div class="home-hero">
            <CategoryTree/>
            <Carousel banners=carousel/>
            <nav class="brand-list" aria-labelledby="brand-list-title">
                <h2 id="brand-list-title">{t(Msg::Brands)}</h2>
                <ul>
                    {brands.into_iter().map(|b| view! { <li><a href=format!("/brand/{}", b.slug)>{b.name}</a></li> }).collect_view()}
                </ul>
                <a href="/directory">{t(Msg::AllBrands)}</a>
            </nav>
        </div>
        {blocks.into_iter().enumerate().map(|(i, block)| {
            let banner = (i % 3 == 2).then(|| wide.next()).flatten();
            view! {
                <Block block/>
                {banner.map(|b| view! { <WideBanner banner=b/> })}
            }
        }).collect_view()}
    }
}

/// Every series with its big and small classes (from the layout's menu).
#[component]
fn CategoryTree() -> impl IntoView {
    let layout = use_context::<LayoutResource>();
    view! {
        <nav class="category-tree" aria-labelledby="category-tree-title">
            <h2 id="category-tree-title">{t(Msg::CategoryTree)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let menu = match layout {
                        Some(layout) => layout.await.map(|l| l.menu).unwrap_or_default(),
                        None => Vec::new(),
                    };
                    view! {
                        <ul>
                            {menu.into_iter().map(|series| view! {
                                <li>
                                    <a class="tree-series" href=format!("/series/{}", series.slug)>{series.name}</a>
                                    <ul>
                                        {series.classes.into_iter().map(|big| view! {
                                            <li>
                                                <a class="tree-big" href=format!("/class/{}", big.slug)>{big.name}</a>
                                                <span class="tree-small">
                                                    {big.small_classes.into_iter().map(|s| view! { <a href=format!("/class/{}", s.slug)>{s.name}</a> }).collect_view()}
                                                </span>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                })}
            </Transition>
        </nav>
    }
}

#[component]
fn Block(block: HomeBlock) -> impl IntoView {
    let locale = use_locale();
    match block {
        HomeBlock::Products {
            kind,
            title,
            products,
            more,
        } => {
            let label = title.clone();
            view! {
                <section class=format!("showcase showcase-{kind}") aria-label=label>
                    <header class="section-head">
                        <h2>{title}</h2>
                        {more.map(|href| view! { <a href=href>{t(Msg::ViewAll)}</a> })}
                    </header>
                    <ProductGrid products/>
                </section>
            }
            .into_any()
        }
        HomeBlock::Ranking { title, items } => view! { <Ranking title items/> }.into_any(),
        HomeBlock::Brands { title, brands } => {
            let label = title.clone();
            view! {
            <section class="brand-showcase" aria-label=label>
                <header class="section-head"><h2>{title}</h2></header>
                <ul>
                    {brands.into_iter().map(|b| view! {
                        <li>
                            <a href=format!("/brand/{}", b.slug)>
                                {b.image.map(|src| view! { <img src=src alt="" loading="lazy" width="150" height="188"/> })}
                                <strong>{b.name}</strong>
                                <span>{product_count(locale, b.products)}</span>
                            </a>
                            <p>{b.story}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }.into_any()
        }
        HomeBlock::Activities { title, banners } => {
            let label = title.clone();
            view! {
            <section class="activities" aria-label=label>
                <header class="section-head"><h2>{title}</h2></header>
                <ul>
                    {banners.into_iter().map(|b| view! {
                        <li>
                            <a href=b.link>
                                <img src=b.image alt="" loading="lazy" width="400" height="150"/>
                                <strong>{b.title}</strong>
                                <span>{b.subtitle}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }.into_any()
        }
        HomeBlock::Announcements { title, items } => {
            let label = title.clone();
            view! {
                <section class="announcements" aria-label=label>
                    <h2>{title}</h2>
                    <ul>
                        {items.into_iter().map(|a| view! {
                            <li><time>{a.date}</time>" "<strong>{a.title}</strong>" — "{a.body}</li>
                        }).collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        }
        HomeBlock::Reviews { title } => {
            let label = title.clone();
            view! {
                <section class="home-reviews" aria-label=label>
                    <h2>{title}</h2>
                    <p class="empty-state">{t(Msg::ReviewsEmpty)}</p>
                </section>
            }
            .into_any()
        }
        HomeBlock::Newsletter { title } => {
            let label = title.clone();
            view! {
                <section class="newsletter" aria-label=label>
                    <h2>{title}</h2>
                    <p>{t(Msg::NewsletterIntro)}</p>
                    <form class="newsletter-form" aria-describedby="newsletter-note">
                        <label for="newsletter-email">{t(Msg::EmailAddress)}</label>
                        <input id="newsletter-email" type="email" name="email" disabled=true/>
                        <button type="submit" disabled=true>{t(Msg::Subscribe)}</button>
                    </form>
                    <p id="newsletter-note" class="cart-note">{t(Msg::NewsletterNotOpen)}</p>
                </section>
            }
            .into_any()
        }
    }
}

#[component]
pub fn WideBanner(banner: BannerView) -> impl IntoView {
    view! {
        <a class="wide-banner" href=banner.link style=format!("background-image: url('{}')", banner.image.replace('\'', ""))>
            <strong>{banner.title}</strong>
            <span>{banner.subtitle}</span>
        </a>
    }
}
