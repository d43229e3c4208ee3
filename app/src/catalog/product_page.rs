//! The product page: gallery, prices, variant picker with live stock, quantity, compare and
//! share; tabs for description, specifications and reviews; related and bought-together
//! products; recently viewed; canonical link, Open Graph tags and JSON-LD for search engines.

use super::api::get_product;
use super::gallery::Gallery;
use super::product_extras::{ProductTabs, ShareBox};
use super::recently_viewed::RecentlyViewed;
use super::types::ProductView;
use super::variant_picker::VariantPicker;
use crate::account::FavouriteToggle;
use crate::i18n::{t, use_locale, Msg};
use crate::pages::NotFound;
use crate::ui::{Breadcrumbs, CompareToggle, ErrorPanel, ProductGrid};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProductPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let product = Resource::new(move || slug.get(), move |slug| get_product(locale, slug));
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
    let image = product
        .images
        .first()
        .map(|i| format!("{}{}", product.origin, i.url));
    view! {
        <Title text=product.title.clone()/>
        <Meta name="description" content=product.meta_description.clone()/>
        <Link rel="canonical" href=product.url.clone()/>
        <Meta property="og:type" content="product"/>
        <Meta property="og:title" content=product.title.clone()/>
        <Meta property="og:description" content=product.meta_description.clone()/>
        <Meta property="og:url" content=product.url.clone()/>
        {image.clone().map(|src| view! { <Meta property="og:image" content=src/> })}
        <script type="application/ld+json" inner_html=structured_data(&product, image)></script>
        <Breadcrumbs crumbs=product.crumbs.clone() current=product.name.clone()/>
        <article class="product" data-slug=product.slug.clone() data-product=product.id>
            <Gallery images=product.images.clone() selected_colour/>
            <div class="product-buy">
                <p class="product-brand">{product.brand.clone()}</p>
                <h1 class="product-name">{product.name.clone()}</h1>
                <p class="product-subtitle">{product.subtitle.clone()}</p>
                <VariantPicker product=product.clone() selected_colour/>
                <div class="product-actions">
                    <FavouriteToggle product=product.id/>
                    <CompareToggle product=product.id/>
                    <ShareBox name=product.name.clone() url=product.url.clone()/>
                </div>
            </div>
        </article>
        <ProductTabs product=product.clone()/>
        {(!product.bought_together.is_empty()).then(|| view! {
            <section class="bought-together" aria-labelledby="bought-together-title">
                <h2 id="bought-together-title">{t(Msg::BoughtTogether)}</h2>
                <ProductGrid products=product.bought_together.clone()/>
            </section>
        })}
        {(!product.related.is_empty()).then(|| view! {
            <section class="related" aria-labelledby="related-title">
                <h2 id="related-title">{t(Msg::Related)}</h2>
                <ProductGrid products=product.related.clone()/>
            </section>
        })}
        // Last, so its resource is created after the stock resource on the server and in the browser alike.
        <RecentlyViewed except=Some(product.slug.clone())/>
    }
    .into_any()
}

/// schema.org `Product` with its offer, availability and rating, safe inside a script element.
fn structured_data(p: &ProductView, image: Option<String>) -> String {
    let in_stock = p.variants.iter().any(|v| v.available > 0);
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": p.name,
        "description": p.meta_description,
        "sku": p.variants.first().map(|v| v.code.clone()).unwrap_or_default(),
        "brand": { "@type": "Brand", "name": p.brand },
        "url": p.url,
        "offers": {
            "@type": "AggregateOffer",
            "lowPrice": p.offer_price,
            "priceCurrency": p.currency_code,
            "offerCount": p.variants.len(),
            "availability": if in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
        },
    });
    if let Some(image) = image {
        data["image"] = serde_json::Value::String(image);
    }
    if let Some(rating) = &p.rating {
        data["aggregateRating"] = serde_json::json!({
            "@type": "AggregateRating",
            "ratingValue": rating,
            "reviewCount": p.rating_count,
        });
    }
    // "<" cannot appear raw, so no text can close the script element.
    data.to_string().replace('<', "\\u003c")
}
