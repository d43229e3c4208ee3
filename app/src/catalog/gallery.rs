//! The product gallery: a main picture with thumbnails, and a zoom view that works with the
//! keyboard (arrows move, + and − zoom, Escape closes) and with touch (pinch and drag).
//! Without JavaScript the main picture links to the full-size file.

use super::types::ImageView;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn Gallery(images: Vec<ImageView>, selected_colour: RwSignal<Option<i64>>) -> impl IntoView {
    let count = images.len();
    let shown = RwSignal::new(0usize);
    let zoom_open = RwSignal::new(false);
    let zoomed = RwSignal::new(false);
    let images = StoredValue::new(images);
    Effect::new(move |_| {
        if let Some(colour) = selected_colour.get() {
            if let Some(i) =
                images.with_value(|all| all.iter().position(|img| img.colour_id == Some(colour)))
            {
                shown.set(i);
            }
        }
    });
    let current = move || images.with_value(|all| all.get(shown.get()).or(all.first()).cloned());
    let step = move |delta: isize| {
        if count > 0 {
            shown.update(|s| *s = ((*s as isize + delta).rem_euclid(count as isize)) as usize);
        }
    };
    let opener = NodeRef::<leptos::html::Button>::new();
    let closer = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        zoom_open.set(false);
        zoomed.set(false);
        if let Some(button) = opener.get() {
            let _ = button.focus();
        }
    };
    Effect::new(move |_| {
        if zoom_open.get() {
            if let Some(button) = closer.get() {
                let _ = button.focus();
            }
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => close(),
        "ArrowRight" => step(1),
        "ArrowLeft" => step(-1),
        "+" | "=" => zoomed.set(true),
        "-" => zoomed.set(false),
        _ => {}
    };
    view! {
        <div class="gallery" role="group" aria-label=t(Msg::Gallery)>
            <div class="gallery-main">
                {move || current().map(|img| view! {
                    <a href=img.url.clone() target="_blank" rel="noopener" class="gallery-link">
                        <img src=img.url.clone() alt=img.alt width="600" height="750"/>
                    </a>
                })}
                <button type="button" class="gallery-zoom" node_ref=opener on:click=move |_| zoom_open.set(true)>
                    {t(Msg::ZoomImage)}
                </button>
            </div>
            {(count > 1).then(|| view! {
                <ul class="gallery-thumbs">
                    {images.get_value().into_iter().enumerate().map(|(i, img)| view! {
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
            <Show when=move || zoom_open.get()>
                <div class="zoom-view" role="dialog" aria-modal="true" aria-label=t(Msg::ZoomImage) on:keydown=on_key>
                    <div class="zoom-bar">
                        <span>{move || format!("{} / {}", shown.get() + 1, count)}</span>
                        {(count > 1).then(|| view! {
                            <button type="button" aria-label=t(Msg::Previous) on:click=move |_| step(-1)>"‹"</button>
                            <button type="button" aria-label=t(Msg::Next) on:click=move |_| step(1)>"›"</button>
                        })}
                        <button type="button" aria-pressed=move || zoomed.get().to_string() on:click=move |_| zoomed.update(|z| *z = !*z)>"±"</button>
                        <button type="button" node_ref=closer on:click=move |_| close()>{t(Msg::CloseZoom)}</button>
                    </div>
                    <div class="zoom-stage" class:zoomed=move || zoomed.get() on:click=move |_| zoomed.update(|z| *z = !*z)>
                        {move || current().map(|img| view! { <img src=img.url alt=img.alt/> })}
                    </div>
                </div>
            </Show>
        </div>
    }
}
