//! The back office's frame: a bar with who is signed in, the menu of the sections their roles
//! open, and the page. Nobody signed in: off to the staff sign-in page.

use super::api::{get_staff, StaffLogOut, StaffView};
use crate::error::AppError;
use crate::i18n::{role_label, t, use_locale, AdminMsg, Msg};
use crate::ui::error_panel::{set_status, ErrorPanel};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

/// The frame around a back-office page (`children`).
#[component]
pub fn AdminShell(children: ChildrenFn) -> impl IntoView {
    let me = Resource::new(|| (), |_| get_staff());
    view! {
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                match me.await {
                    Ok(Some(staff)) => view! { <Frame staff children/> }.into_any(),
                    Ok(None) => view! { <Redirect path="/admin/login"/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn Frame(staff: StaffView, children: ChildrenFn) -> impl IntoView {
    let locale = use_locale();
    let log_out = ServerAction::<StaffLogOut>::new();
    let path = use_location().pathname;
    let roles = staff
        .roles
        .iter()
        .map(|code| role_label(locale, code))
        .collect::<Vec<_>>()
        .join(" · ");
    let menu = staff
        .sections
        .iter()
        .map(|section| {
            let href = section.href();
            // A section's own pages (an editor under its list) keep it marked in the menu.
            let current = move || {
                let path = path.get();
                let within = href != "/admin"
                    && path
                        .strip_prefix(href)
                        .is_some_and(|rest| rest.starts_with('/'));
                (path == href || within).then_some("page")
            };
            view! { <li><a href=href aria-current=current>{t(section.label())}</a></li> }
        })
        .collect_view();
    view! {
        <div class="admin">
            <header class="admin-bar">
                <a class="admin-brand" href="/admin">{t(AdminMsg::BackOffice)}</a>
                <span class="admin-who">
                    <span class="admin-name">{staff.name}</span>
                    <span class="admin-roles">{roles}</span>
                </span>
                <a href="/" rel="external">{t(AdminMsg::ToTheShop)}</a>
                <ActionForm action=log_out attr:class="admin-logout">
                    <button type="submit" class="button-secondary">{t(Msg::LogOut)}</button>
                </ActionForm>
            </header>
            <nav class="admin-nav" aria-label=t(AdminMsg::BackOfficeMenu)>
                <ul>{menu}</ul>
            </nav>
            <div class="admin-page">
                {children()}
            </div>
        </div>
    }
}

/// What an admin page shows when its data did not come: a sign-in, a refusal (403) or the
/// error panel.
pub fn refusal(error: AppError) -> AnyView {
    match error {
        AppError::NotSignedIn => view! { <Redirect path="/admin/login"/> }.into_any(),
        AppError::Forbidden => {
            set_status(403);
            view! {
                <section class="admin-refused" role="alert">
                    <h1>{t(AdminMsg::NotYourSection)}</h1>
                    <p>{t(AdminMsg::NotYourSectionBody)}</p>
                    <p><a href="/admin">{t(AdminMsg::Dashboard)}</a></p>
                </section>
            }
            .into_any()
        }
        error => view! { <ErrorPanel error/> }.into_any(),
    }
}
