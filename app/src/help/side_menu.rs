//! The help pages' own menu: a column beside the page on a wide screen, a compact list of
//! links above it on a phone (see `.help-nav` in the styles); and where to write when the
//! pages do not answer.

use super::types::HelpLink;
use crate::i18n::{t, HelpMsg, Msg};
use crate::layout::LayoutResource;
use leptos::prelude::*;

#[component]
pub fn SideMenu(menu: Vec<HelpLink>, current: String) -> impl IntoView {
    view! {
        <nav class="help-nav" aria-label=t(HelpMsg::HelpMenu)>
            <ul>
                <li><a href="/help">{t(HelpMsg::CenterHome)}</a></li>
                {menu.into_iter().map(|link| {
                    let here = (link.slug == current).then_some("page");
                    view! { <li><a href=format!("/help/{}", link.slug) aria-current=here>{link.title}</a></li> }
                }).collect_view()}
                <li><a href="/help#faq">{t(HelpMsg::Faq)}</a></li>
            </ul>
            <ContactNote/>
        </nav>
    }
}

/// The shop's service e-mail and hours.
#[component]
fn ContactNote() -> impl IntoView {
    let layout = use_context::<LayoutResource>();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let email = match layout {
                    Some(layout) => layout.await.map(|l| l.contact_email).unwrap_or_default(),
                    None => String::new(),
                };
                (!email.is_empty()).then(|| view! {
                    <p class="help-contact">
                        <strong>{t(HelpMsg::StillNeedHelp)}</strong>" "
                        {t(Msg::ContactEmailLabel)}": "<a href=format!("mailto:{email}")>{email.clone()}</a>
                        <br/><small>{t(Msg::ServiceHours)}</small>
                    </p>
                })
            })}
        </Transition>
    }
}
