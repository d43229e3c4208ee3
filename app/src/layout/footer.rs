//! The site footer: customer service (contact and the help center's pages), the series, the shop.

use super::LayoutResource;
use crate::i18n::{t, HelpMsg, Msg};
use leptos::prelude::*;

#[component]
pub fn Footer(layout: LayoutResource) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    // "Feedback on this page" carries the page (path and query) to the form.
    let feedback_href = move || {
        let search = location.search.get();
        let mark = if search.is_empty() || search.starts_with('?') {
            ""
        } else {
            "?"
        };
        let here = format!("{}{mark}{search}", location.pathname.get());
        format!("/contact?page={}", query_value(&here))
    };
    view! {
        <footer class="site-footer">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let layout = layout.await.ok();
                    let email = layout.as_ref().map(|l| l.contact_email.clone()).unwrap_or_default();
                    let help = layout.as_ref().map(|l| l.help.clone()).unwrap_or_default();
                    let menu = layout.map(|l| l.menu).unwrap_or_default();
                    view! {
                        <div class="footer-columns">
                            <section>
                                <h2>{t(Msg::CustomerService)}</h2>
                                <p>{t(Msg::ContactEmailLabel)}": "
                                    <a class="contact-email" href=format!("mailto:{email}")>{email.clone()}</a>
                                </p>
                                <p>{t(Msg::ServiceHours)}</p>
                                <p><a class="feedback-link" href=feedback_href>{t(crate::i18n::ContactMsg::FeedbackOnPage)}</a></p>
                                <ul class="footer-help">
                                    <li><a href="/help">{t(HelpMsg::HelpCenter)}</a></li>
                                    <li><a href="/guestbook">{t(crate::i18n::GuestbookMsg::Title)}</a></li>
                                    {help
                                        .into_iter()
                                        .map(|h| view! { <li><a href=format!("/help/{}", h.slug)>{h.title}</a></li> })
                                        .collect_view()}
                                </ul>
                            </section>
                            <section>
                                <h2>{t(Msg::Series)}</h2>
                                <ul>
                                    {menu
                                        .into_iter()
                                        .map(|s| view! { <li><a href=format!("/series/{}", s.slug)>{s.name}</a></li> })
                                        .collect_view()}
                                </ul>
                            </section>
                            <section>
                                <h2>{t(Msg::AboutShop)}</h2>
                                <p>{t(Msg::ShopIntro)}</p>
                                <p><a href="/directory">{t(Msg::Directory)}</a></p>
                                <p><a href="/orders/lookup">{t(crate::i18n::OrderMsg::LookupTitle)}</a></p>
                            </section>
                        </div>
                    }
                })}
            </Transition>
            <crate::newsletter::NewsletterBox form="footer"/>
            <p class="copyright">"© 2026 Emporium · "{t(Msg::Copyright)}</p>
        </footer>
    }
}

/// `text` percent-encoded for a query string's value (path slashes kept readable).
fn query_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
