//! The wasm entry point: takes over the server-rendered page without re-rendering it.

// wasm-bindgen generates the unsafe FFI glue for the exported function.
#![allow(unsafe_code)]
// Leptos view types nest deeply; the product page needs more than the default 128.
#![recursion_limit = "256"]

use wasm_bindgen::prelude::wasm_bindgen;

/// Called by the hydration script once the wasm module has loaded.
#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
