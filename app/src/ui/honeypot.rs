//! The honeypot field of the public forms (feedback, guestbook, newsletter): hidden from people
//! and from screen readers, out of the tab order, so only a robot fills it in. The server
//! thanks a form that has it filled and drops it.

use leptos::prelude::*;

/// The hidden `website` field.
#[component]
pub fn Honeypot() -> impl IntoView {
    view! {
        <span class="honeypot" aria-hidden="true">
            <label>"Website"<input type="text" name="website" tabindex="-1" autocomplete="off"/></label>
        </span>
    }
}
