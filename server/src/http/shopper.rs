//! Before a page is rendered: who is shopping (signed in or not) and their favourites, put in
//! the request for the page to show (see `app::account::shopper`). Only pages are looked at,
//! and only when the browser carries a session cookie: guests cost no database query.

use app::account::session::SESSION_COOKIE;
use app::account::shopper::Shopper;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use domain::members::{favourites, sessions};
use domain::Db;
use http::Method;

pub async fn load(State(db): State<Db>, mut request: Request, next: Next) -> Response {
    if request.method() == Method::GET && is_page(request.uri().path()) {
        if let Some(token) = session_token(&request) {
            match shopper(&db, &token).await {
                Ok(shopper) => {
                    request.extensions_mut().insert(shopper);
                }
                // The page still renders, for a guest; the log keeps why.
                Err(error) => tracing::warn!(%error, "could not read the shopper's favourites"),
            }
        }
    }
    next.run(request).await
}

async fn shopper(db: &Db, token: &str) -> domain::DomainResult<Shopper> {
    match sessions::find(db, token, domain::time::now()).await? {
        Some(sessions::Holder::Member(member)) => Ok(Shopper {
            signed_in: true,
            favourites: favourites::ids(db, member)
                .await?
                .into_iter()
                .map(|id| id.0)
                .collect(),
        }),
        _ => Ok(Shopper::default()),
    }
}

/// Paths that render a page (not server functions, files, health checks or feeds).
fn is_page(path: &str) -> bool {
    const NOT_PAGES: [&str; 8] = [
        "/api/",
        "/pkg/",
        "/media/",
        "/healthz",
        "/readyz",
        "/lang/",
        "/sitemap",
        "/robots.txt",
    ];
    !NOT_PAGES.iter().any(|prefix| path.starts_with(prefix)) && !path.contains('.')
}

fn session_token(request: &Request) -> Option<String> {
    app::server::cookie_in(request.headers(), SESSION_COOKIE)
}

#[cfg(test)]
mod tests {
    use super::is_page;

    #[test]
    fn only_pages_are_looked_at() {
        for page in [
            "/",
            "/product/oxford",
            "/account/favourites",
            "/class/shirts?colour=2",
        ] {
            assert!(is_page(page), "{page}");
        }
        for other in [
            "/api/favourites/toggle",
            "/pkg/emporium.js",
            "/media/p/1.webp",
            "/favicon.ico",
            "/healthz",
            "/sitemap.xml",
        ] {
            assert!(!is_page(other), "{other}");
        }
    }
}
