//! The site directory: every series with its classes, every brand and every tag.

use super::api::get_directory;
use crate::i18n::{product_count, t, use_locale, Msg};
use crate::layout::LayoutResource;
use crate::ui::{Breadcrumbs, ErrorPanel};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let locale = use_locale();
    let layout = use_context::<LayoutResource>();
    let directory = Resource::new(move || locale, get_directory);
    view! {
        <Title text=t(Msg::Directory)/>
        <Meta name="description" content=t(Msg::DirectoryIntro)/>
        <Link rel="canonical" href="/directory"/>
        <Breadcrumbs crumbs=Vec::new() current=t(Msg::Directory).to_string()/>
        <h1>{t(Msg::Directory)}</h1>
        <p>{t(Msg::DirectoryIntro)}</p>
        <div class="directory">
            <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    let menu = match layout {
                        Some(layout) => layout.await.map(|l| l.menu).unwrap_or_default(),
                        None => Vec::new(),
                    };
                    let directory = directory.await;
                    view! {
                        {menu.into_iter().map(|series| view! {
                            <section class="directory-series" aria-labelledby=format!("dir-{}", series.slug)>
                                <h2 id=format!("dir-{}", series.slug)><a href=format!("/series/{}", series.slug)>{series.name}</a></h2>
                                <ul>
                                    {series.classes.into_iter().map(|big| view! {
                                        <li>
                                            <a href=format!("/class/{}", big.slug)><strong>{big.name}</strong></a>
                                            <ul>
                                                {big.small_classes.into_iter().map(|s| view! { <li><a href=format!("/class/{}", s.slug)>{s.name}</a></li> }).collect_view()}
                                            </ul>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        }).collect_view()}
                        {match directory {
                            Ok(d) => view! {
                                <section class="directory-brands" aria-labelledby="dir-brands">
                                    <h2 id="dir-brands">{t(Msg::Brands)}</h2>
                                    <ul>
                                        {d.brands.into_iter().map(|b| view! {
                                            <li><a href=format!("/brand/{}", b.slug)>{b.name}</a>" "<span class="count">{product_count(locale, b.products)}</span></li>
                                        }).collect_view()}
                                    </ul>
                                </section>
                                <section class="directory-tags" aria-labelledby="dir-tags">
                                    <h2 id="dir-tags">{t(Msg::Tags)}</h2>
                                    <ul class="chips">
                                        {d.tags.into_iter().map(|(code, label, n)| view! {
                                            <li><a href=format!("/tag/{code}")>{label}" ("{n}")"</a></li>
                                        }).collect_view()}
                                    </ul>
                                </section>
                            }.into_any(),
                            Err(error) => view! { <ErrorPanel error/> }.into_any(),
                        }}
                    }
                })}
            </Suspense>
        </div>
    }
}
