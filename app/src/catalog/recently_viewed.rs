//! The shopper's recently viewed products (from a cookie the server reads).

use super::api::get_recently_viewed;
use crate::i18n::{t, use_locale, Msg};
use crate::ui::ProductGrid;
use leptos::prelude::*;

/// Shows nothing until the shopper has viewed a product (other than `except`).
#[component]
pub fn RecentlyViewed(except: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let viewed = Resource::new(
        move || except.clone(),
        move |except| get_recently_viewed(locale, except),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let products = viewed.await.unwrap_or_default();
                (!products.is_empty()).then(|| view! {
                    <section class="recently-viewed" aria-labelledby="recently-viewed-title">
                        <h2 id="recently-viewed-title">{t(Msg::RecentlyViewed)}</h2>
                        <ProductGrid products/>
                    </section>
                })
            })}
        </Suspense>
    }
}
