//! Emporium's component tree: the shell, the router and every page. Rendered on the server
//! (feature `ssr`) and hydrated in the browser (feature `hydrate`).

#![recursion_limit = "256"]

pub mod account;
pub mod admin;
pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod contact;
pub mod error;
pub mod guestbook;
pub mod help;
pub mod i18n;
pub mod layout;
pub mod newsletter;
pub mod orders;
pub mod pages;
pub mod reviews;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;
pub mod writer;

pub use error::AppError;

use account::{AccountPage, AddressesPage, FavouritesPage, ForgotPage, HistoryPage, LoginPage};
use account::{ProfilePage, SecurityPage};
use account::{RegisterPage, ResetPage, VerifyPage};
use admin::{AdminLoginPage, AdminShell, ApplyPage, AuditPage, DashboardPage};
use admin::{AdminOrdersPage, MembersPage, OutboxPage, StaffPage};
use admin::{FaqEditor, HelpAdminPage, HelpPageEditor};
use cart::CartPage;
use catalog::{ClassPage, ComparePage, DirectoryPage, HomePage};
use catalog::{ListingKind, ListingPage, ProductPage};
use checkout::CheckoutPage;
use help::{HelpCenterPage, HelpPage};
use i18n::Locale;
use layout::{get_layout, Footer, Header};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{path, SsrMode};
use orders::{LookupPage, OrderPage, OrdersPage, SandboxPage};
use pages::NotFound;

/// The HTML document around the app (server only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    provide_request_nonce();
    let locale = current_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#7a1f2b"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options=options.clone()/>
                <HashedStylesheet options=options id="leptos"/>
                <MetaTags/>
                {account::shopper::shopper_meta()}
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The language of this page: on the server from the request, in the browser from `<html lang>`.
pub fn current_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|parts| {
                let header = |name: http::header::HeaderName| {
                    parts.headers.get(name).and_then(|v| v.to_str().ok())
                };
                Locale::negotiate(
                    header(http::header::COOKIE),
                    header(http::header::ACCEPT_LANGUAGE),
                )
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|tag| Locale::parse(&tag))
            .unwrap_or_default()
    }
}

/// The CSP nonce the server generated for this response, handed to Leptos's inline scripts.
#[cfg(feature = "ssr")]
fn provide_request_nonce() {
    if let Some(nonce) =
        use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<CspNonce>().cloned())
    {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0));
    }
}

/// The shop's public address (`https://shop.example`), for canonical and shared links.
#[derive(Clone, Debug)]
pub struct PublicUrl(pub String);

/// A per-response nonce for the Content-Security-Policy, put in the request by the server.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// The application: language, layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = current_locale();
    provide_context(locale);
    let layout = Resource::new(move || locale, get_layout);
    provide_context(layout);
    ui::provide_compare_list();
    account::provide_shopper();
    full_page_redirects();
    mark_hydrated();

    view! {
        <Title formatter=page_title/>
        <Link rel="icon" href="/favicon.ico"/>
        <Router>
            <Storefront><Header layout/></Storefront>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/product/:slug") view=ProductPage ssr=SsrMode::Async/>
                    <Route path=path!("/class/:slug") view=ClassPage ssr=SsrMode::Async/>
                    <Route path=path!("/series/:slug") view=|| view! { <ListingPage kind=ListingKind::Series/> } ssr=SsrMode::Async/>
                    <Route path=path!("/brand/:slug") view=|| view! { <ListingPage kind=ListingKind::Brand/> } ssr=SsrMode::Async/>
                    <Route path=path!("/tag/:slug") view=|| view! { <ListingPage kind=ListingKind::Tag/> } ssr=SsrMode::Async/>
                    <Route path=path!("/search") view=|| view! { <ListingPage kind=ListingKind::Search/> } ssr=SsrMode::Async/>
                    <Route path=path!("/compare") view=ComparePage ssr=SsrMode::Async/>
                    <Route path=path!("/directory") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/contact") view=contact::ContactPage ssr=SsrMode::Async/>
                    <Route path=path!("/guestbook") view=guestbook::GuestbookPage ssr=SsrMode::Async/>
                    <Route path=path!("/guestbook/board/:code") view=guestbook::GuestbookPage ssr=SsrMode::Async/>
                    <Route path=path!("/guestbook/post/:id") view=guestbook::GuestbookPostPage ssr=SsrMode::Async/>
                    <Route path=path!("/help") view=HelpCenterPage ssr=SsrMode::Async/>
                    <Route path=path!("/help/:slug") view=HelpPage ssr=SsrMode::Async/>
                    <Route path=path!("/cart") view=CartPage ssr=SsrMode::Async/>
                    <Route path=path!("/checkout") view=CheckoutPage ssr=SsrMode::Async/>
                    <Route path=path!("/orders/lookup") view=LookupPage/>
                    <Route path=path!("/orders/:number") view=OrderPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/orders") view=OrdersPage ssr=SsrMode::Async/>
                    <Route path=path!("/sandbox-gateway/:intent") view=SandboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/profile") view=ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/account/addresses") view=AddressesPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/favourites") view=FavouritesPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/history") view=HistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/security") view=SecurityPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/newsletter") view=newsletter::NewsletterSettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/newsletter/confirm") view=newsletter::ConfirmPage/>
                    <Route path=path!("/newsletter/unsubscribe") view=newsletter::UnsubscribePage/>
                    <Route path=path!("/account/login") view=LoginPage/>
                    <Route path=path!("/account/register") view=RegisterPage/>
                    <Route path=path!("/account/verify") view=VerifyPage/>
                    <Route path=path!("/account/forgot") view=ForgotPage/>
                    <Route path=path!("/account/reset") view=ResetPage/>
                    <Route path=path!("/admin/login") view=AdminLoginPage/>
                    <Route path=path!("/admin/apply") view=ApplyPage/>
                    <Route path=path!("/admin") view=|| view! { <AdminShell><DashboardPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/orders") view=|| view! { <AdminShell><AdminOrdersPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/members") view=|| view! { <AdminShell><MembersPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/outbox") view=|| view! { <AdminShell><OutboxPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/inbox") view=|| view! { <AdminShell><admin::InboxPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/guestbook") view=|| view! { <AdminShell><admin::GuestbookModerationPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/reviews") view=|| view! { <AdminShell><admin::ReviewModerationPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/content/help") view=|| view! { <AdminShell><HelpAdminPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/content/help/pages/:slug") view=|| view! { <AdminShell><HelpPageEditor/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/content/help/faq/:id") view=|| view! { <AdminShell><FaqEditor/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/staff") view=|| view! { <AdminShell><StaffPage/></AdminShell> } ssr=SsrMode::Async/>
                    <Route path=path!("/admin/audit") view=|| view! { <AdminShell><AuditPage/></AdminShell> } ssr=SsrMode::Async/>
                </Routes>
            </main>
            <Storefront><ui::CompareBar/><Footer layout/></Storefront>
        </Router>
    }
}

/// The shop's own frame (header, footer, comparison bar): shown everywhere but the back office.
/// Decided once per page load (links between the shop and the back office load the page anew),
/// and built at once, not when first rendered: resources are numbered in the order they are
/// created, and the server and the browser must create them in the same order for the
/// browser to find each one's data in the page.
#[component]
fn Storefront(children: Children) -> impl IntoView {
    let in_back_office = use_location()
        .pathname
        .get_untracked()
        .starts_with("/admin");
    (!in_back_office).then(children)
}

/// The document title: the page's title, then the shop. Angle brackets are replaced because
/// the title element's text is written to the page as it is (a product name or a search
/// could otherwise close the element).
fn page_title(title: String) -> String {
    let safe: String = title
        .chars()
        .map(|c| match c {
            '<' => '＜',
            '>' => '＞',
            c => c,
        })
        .collect();
    if safe.is_empty() {
        "Emporium".to_string()
    } else {
        format!("{safe} · Emporium")
    }
}

/// A server function's redirect (after logging in or out, say) loads the new page from the
/// server instead of routing in the browser: the page's frame and what it knows of the
/// shopper are decided at each page load. Set before the router, which would set its own.
fn full_page_redirects() {
    #[cfg(feature = "hydrate")]
    let _ = leptos::server_fn::redirect::set_redirect_hook(|location: &str| {
        let _ = window().location().set_href(location);
    });
}

/// Marks `<html data-hydrated="true">` once the browser has taken over the page
/// (tests and styles can tell a live page from a server-rendered one).
fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-hydrated", "true");
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_cannot_close_the_title_element() {
        assert_eq!(
            super::page_title("</title><script>x</script>".into()),
            "＜/title＞＜script＞x＜/script＞ · Emporium"
        );
        assert_eq!(super::page_title(String::new()), "Emporium");
        assert_eq!(super::page_title("衬衫".into()), "衬衫 · Emporium");
    }
}
