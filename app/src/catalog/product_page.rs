//! The product page: gallery, prices, variant picker with live stock, description, specifications.

use super::api::get_product;
use super::types::{ImageView, ProductView};
use super::variant_picker::VariantPicker;
use crate::i18n::{t, use_locale, Msg};
use crate::pages::NotFound;
use crate::ui::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProductPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let product = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        move |slug| get_product(locale, slug),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(Some(product)) => view! { <ProductDetail product/> }.into_any(),
                    Ok(None) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProductDetail(product: ProductView) -> impl IntoView {
    let selected_colour = RwSignal::new(None::<i64>);
    let canonical = format!("/product/{}", product.slug);
    view! {
        <Title text=product.title.clone()/>
        <Meta name="description" content=product.meta_description.clone()/>
        <Link rel="canonical" href=canonical/>
        <nav class="breadcrumbs" aria-label="breadcrumbs">
            <ol>
                <li><a href="/">{t(Msg::Home)}</a></li>
                {product.crumbs.iter().map(|c| view! { <li><a href=c.href.clone()>{c.label.clone()}</a></li> }).collect_view()}
                <li aria-current="page">{product.name.clone()}</li>
            </ol>
        </nav>
        <article class="product" data-slug=product.slug.clone()>
            <Gallery images=product.images.clone() selected_colour/>
            <div class="product-buy">
                <p class="product-brand">{product.brand.clone()}</p>
                <h1 class="product-name">{product.name.clone()}</h1>
                <p class="product-subtitle">{product.subtitle.clone()}</p>
                <VariantPicker product=product.clone() selected_colour/>
            </div>
        </article>
        <section class="product-info">
            <h2>{t(Msg::Description)}</h2>
            <p class="product-description">{product.description.clone()}</p>
            <h2>{t(Msg::Specifications)}</h2>
            <table class="specs">
                <tbody>
                    <tr><th scope="row">{t(Msg::Brand)}</th><td>{product.brand.clone()}</td></tr>
                    <tr><th scope="row">{t(Msg::Series)}</th><td><a href=format!("/series/{}", product.series.slug)>{product.series.name.clone()}</a></td></tr>
                    <tr><th scope="row">{t(Msg::Class)}</th><td><a href=format!("/class/{}", product.class.slug)>{product.class.name.clone()}</a></td></tr>
                    {product.specs.iter().map(|s| view! { <tr><th scope="row">{s.name.clone()}</th><td>{s.value.clone()}</td></tr> }).collect_view()}
                    {(!product.tags.is_empty()).then(|| view! { <tr><th scope="row">{t(Msg::Tags)}</th><td>{product.tags.join(", ")}</td></tr> })}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}

/// The main image with thumbnails. Picking a colour shows that colour's picture.
#[component]
fn Gallery(images: Vec<ImageView>, selected_colour: RwSignal<Option<i64>>) -> impl IntoView {
    let shown = RwSignal::new(0usize);
    let for_colour = images.clone();
    Effect::new(move |_| {
        if let Some(colour) = selected_colour.get() {
            if let Some(i) = for_colour
                .iter()
                .position(|img| img.colour_id == Some(colour))
            {
                shown.set(i);
            }
        }
    });
    let main = images.clone();
    let current = move || main.get(shown.get()).or(main.first()).cloned();
    view! {
        <div class="gallery" role="group" aria-label=t(Msg::Gallery)>
            <div class="gallery-main">
                {move || current().map(|img| view! {
                    <a href=img.url.clone() target="_blank" rel="noopener">
                        <img src=img.url.clone() alt=img.alt width="600" height="750"/>
                    </a>
                })}
            </div>
            {(images.len() > 1).then(|| view! {
                <ul class="gallery-thumbs">
                    {images.into_iter().enumerate().map(|(i, img)| view! {
                        <li>
                            <button type="button" aria-label=format!("{} {}", t(Msg::ShowImage), i + 1)
                                aria-pressed=move || (shown.get() == i).to_string()
                                on:click=move |_| shown.set(i)>
                                <img src=img.url alt="" width="96" height="120" loading="lazy"/>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
    .into_any()
}
