//! The comparison list every page shares: its ids (from a cookie the browser can read, so the
//! server and the browser start from the same list), the toggle on cards and product pages,
//! and the bar that leads to the comparison page.

use crate::catalog::api::{ToggleCompare, COMPARE_MAX};
use crate::error::AppError;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

/// The shared comparison list.
#[derive(Clone, Copy)]
pub struct CompareList {
    pub ids: RwSignal<Vec<i64>>,
    pub toggle: ServerAction<ToggleCompare>,
}

/// The cookie holding the list (also written by the server function).
pub const COMPARE_COOKIE: &str = "compare";

/// Reads the list once per page and shares it.
pub fn provide_compare_list() {
    let ids = RwSignal::new(read_ids());
    let toggle = ServerAction::<ToggleCompare>::new();
    Effect::new(move |_| {
        if let Some(Ok(new)) = toggle.value().get() {
            ids.set(new);
        }
    });
    provide_context(CompareList { ids, toggle });
}

pub fn use_compare_list() -> Option<CompareList> {
    use_context::<CompareList>()
}

fn read_ids() -> Vec<i64> {
    #[cfg(feature = "ssr")]
    {
        crate::server::id_list_cookie(COMPARE_COOKIE, COMPARE_MAX)
    }
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsCast;
        let cookies = document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|d| d.cookie().ok())
            .unwrap_or_default();
        let value = cookies
            .split(';')
            .find_map(|c| c.trim().strip_prefix("compare=").map(str::to_string))
            .unwrap_or_default();
        let mut ids: Vec<i64> = value
            .split(['.', ','])
            .filter_map(|id| id.parse().ok())
            .filter(|id| *id > 0)
            .collect();
        ids.dedup();
        ids.truncate(COMPARE_MAX);
        ids
    }
}

/// "Add to compare" / "Remove from compare" for one product. A plain form post without JavaScript.
#[component]
pub fn CompareToggle(product: i64) -> impl IntoView {
    let Some(list) = use_compare_list() else {
        return ().into_any();
    };
    let chosen = move || list.ids.with(|ids| ids.contains(&product));
    view! {
        <ActionForm action=list.toggle attr:class="compare-form">
            <input type="hidden" name="product" value=product/>
            <button type="submit" class="compare-toggle" aria-pressed=move || chosen().to_string()
                disabled=move || list.toggle.pending().get()>
                {move || if chosen() { t(Msg::RemoveFromCompare) } else { t(Msg::AddToCompare) }}
            </button>
        </ActionForm>
    }
    .into_any()
}

/// A bar at the bottom of the screen while products are on the list.
#[component]
pub fn CompareBar() -> impl IntoView {
    let Some(list) = use_compare_list() else {
        return ().into_any();
    };
    let full = move || {
        matches!(
            list.toggle.value().get(),
            Some(Err(AppError::Invalid { ref field, .. })) if field == "compare"
        )
    };
    view! {
        <div class="compare-bar" role="region" aria-label=t(Msg::Compare) hidden=move || list.ids.with(Vec::is_empty) && !full()>
            <p role="status" aria-live="polite">
                {move || full().then(|| view! { <span class="compare-full">{t(Msg::CompareFull)}</span> })}
            </p>
            <A href="/compare" attr:class="compare-bar-link">
                {t(Msg::Compare)}" ("{move || list.ids.with(Vec::len)}"/"{COMPARE_MAX}")"
            </A>
        </div>
    }
    .into_any()
}
