//! The home page's rotating banners. Turns every six seconds while nobody is looking at it
//! (paused on hover, on focus, or with the pause button); arrows and dots move by hand.
//! Without JavaScript the slides scroll sideways.

use super::types::BannerView;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[cfg(feature = "hydrate")]
const TURN_MS: u64 = 6_000;

#[component]
pub fn Carousel(banners: Vec<BannerView>) -> impl IntoView {
    let count = banners.len();
    let current = RwSignal::new(0usize);
    let paused = RwSignal::new(false);
    let held = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    if count > 1 {
        if let Ok(handle) = set_interval_with_handle(
            move || {
                if !paused.get_untracked() && !held.get_untracked() {
                    current.update(|c| *c = (*c + 1) % count);
                }
            },
            std::time::Duration::from_millis(TURN_MS),
        ) {
            on_cleanup(move || handle.clear());
        }
    }
    (count > 0).then(|| view! {
        <section class="carousel" aria-roledescription="carousel" aria-label=t(Msg::Announcements)
            on:mouseenter=move |_| held.set(true) on:mouseleave=move |_| held.set(false)
            on:focusin=move |_| held.set(true) on:focusout=move |_| held.set(false)>
            <ul class="carousel-track" style=move || format!("--slide: {}", current.get()) aria-live=move || if paused.get() { "polite" } else { "off" }>
                {banners.into_iter().enumerate().map(|(i, b)| view! {
                    <li class="carousel-slide" aria-roledescription="slide" aria-label=format!("{} / {}", i + 1, count)
                        aria-hidden=move || (current.get() != i).then_some("true")
                        inert=move || current.get() != i
                        style=format!("background-image: url('{}')", b.image.replace('\'', ""))>
                        <a href=b.link class="carousel-caption">
                            <strong>{b.title}</strong>
                            <span>{b.subtitle}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
            {(count > 1).then(|| view! {
                <div class="carousel-controls">
                    <button type="button" class="carousel-prev" aria-label=t(Msg::Previous)
                        on:click=move |_| current.update(|c| *c = (*c + count - 1) % count)>"‹"</button>
                    {(0..count).map(|i| view! {
                        <button type="button" class="carousel-dot" aria-label=format!("{} {}", t(Msg::ImageOf), i + 1)
                            aria-current=move || (current.get() == i).then_some("true")
                            on:click=move |_| current.set(i)></button>
                    }).collect_view()}
                    <button type="button" class="carousel-next" aria-label=t(Msg::Next)
                        on:click=move |_| current.update(|c| *c = (*c + 1) % count)>"›"</button>
                    <button type="button" class="carousel-pause" aria-pressed=move || paused.get().to_string()
                        on:click=move |_| paused.update(|p| *p = !*p)>
                        {move || if paused.get() { t(Msg::Play) } else { t(Msg::Pause) }}
                    </button>
                </div>
            })}
        </section>
    })
}
