//! Parts of the product page below and beside the buy box: the tabs (description,
//! specifications, reviews — the last from [`crate::reviews`]) and sharing (copy link,
//! e-mail a friend).

use super::types::ProductView;
use crate::i18n::{t, Msg};
use crate::reviews::{ReviewsPanel, REVIEW_PARAMS};
use crate::ui::encode_component;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const TABS: [(&str, Msg); 3] = [
    ("description", Msg::Description),
    ("specifications", Msg::Specifications),
    ("reviews", Msg::Reviews),
];

/// Tabs following the ARIA tabs pattern. Rendered with every panel visible (so the page reads
/// whole without JavaScript); once the page is live, only the chosen panel shows.
#[component]
pub fn ProductTabs(product: ProductView) -> impl IntoView {
    // A shopper coming back from the review form, or sorting the reviews, sees that tab.
    let on_reviews =
        use_query_map().with_untracked(|q| REVIEW_PARAMS.iter().any(|name| q.get(name).is_some()));
    let active = RwSignal::new(if on_reviews { 2usize } else { 0 });
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = TABS.len();
        match ev.key().as_str() {
            "ArrowRight" => active.update(|a| *a = (*a + 1) % n),
            "ArrowLeft" => active.update(|a| *a = (*a + n - 1) % n),
            "Home" => active.set(0),
            "End" => active.set(n - 1),
            _ => return,
        }
        ev.prevent_default();
        if let Some(tab) =
            document().get_element_by_id(&format!("tab-{}", TABS[active.get_untracked()].0))
        {
            use wasm_bindgen::JsCast;
            if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                let _ = tab.focus();
            }
        }
    };
    let hidden = move |i: usize| live.get() && active.get() != i;
    view! {
        <section class="product-info">
            <div class="tabs" role="tablist" aria-label=t(Msg::Description) on:keydown=on_key>
                {TABS.into_iter().enumerate().map(|(i, (id, msg))| view! {
                    <button type="button" role="tab" id=format!("tab-{id}") aria-controls=format!("panel-{id}")
                        aria-selected=move || (active.get() == i).to_string()
                        tabindex=move || if active.get() == i { "0" } else { "-1" }
                        on:click=move |_| active.set(i)>
                        {t(msg)}
                    </button>
                }).collect_view()}
            </div>
            <div role="tabpanel" id="panel-description" aria-labelledby="tab-description" hidden=move || hidden(0)>
                <h2 class="panel-title">{t(Msg::Description)}</h2>
                <p class="product-description">{product.description.clone()}</p>
            </div>
            <div role="tabpanel" id="panel-specifications" aria-labelledby="tab-specifications" hidden=move || hidden(1)>
                <h2 class="panel-title">{t(Msg::Specifications)}</h2>
                <table class="specs">
                    <tbody>
                        <tr><th scope="row">{t(Msg::Brand)}</th><td>{product.brand.clone()}</td></tr>
                        <tr><th scope="row">{t(Msg::Series)}</th><td><a href=format!("/series/{}", product.series.slug)>{product.series.name.clone()}</a></td></tr>
                        <tr><th scope="row">{t(Msg::Class)}</th><td><a href=format!("/class/{}", product.class.slug)>{product.class.name.clone()}</a></td></tr>
                        {product.specs.iter().map(|s| view! { <tr><th scope="row">{s.name.clone()}</th><td>{s.value.clone()}</td></tr> }).collect_view()}
                        {(!product.tags.is_empty()).then(|| view! {
                            <tr><th scope="row">{t(Msg::Tags)}</th><td class="tag-links">
                                {product.tags.iter().map(|(code, label)| view! { <a href=format!("/tag/{code}")>{label.clone()}</a> }).collect_view()}
                            </td></tr>
                        })}
                    </tbody>
                </table>
            </div>
            <div role="tabpanel" id="panel-reviews" aria-labelledby="tab-reviews" hidden=move || hidden(2)>
                <h2 class="panel-title">{t(Msg::Reviews)}</h2>
                <ReviewsPanel product=product.id slug=product.slug.clone()/>
            </div>
        </section>
    }
}

/// Copy the page's link (with JavaScript) or e-mail it to a friend (a `mailto:` link).
#[component]
pub fn ShareBox(name: String, url: String) -> impl IntoView {
    let copied = RwSignal::new(false);
    let mailto = format!(
        "mailto:?subject={}&body={}",
        encode_component(&name),
        encode_component(&url)
    );
    let copy = {
        let url = url.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                let clipboard = window().navigator().clipboard();
                let _ = clipboard.write_text(&url);
                copied.set(true);
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = &url;
        }
    };
    view! {
        <div class="share" role="group" aria-label=t(Msg::Share)>
            <span class="share-label">{t(Msg::Share)}":"</span>
            <button type="button" class="share-copy" on:click=copy>{t(Msg::CopyLink)}</button>
            <a class="share-mail" href=mailto>{t(Msg::EmailFriend)}</a>
            <span class="share-status" role="status" aria-live="polite">{move || copied.get().then(|| t(Msg::LinkCopied))}</span>
        </div>
    }
}
