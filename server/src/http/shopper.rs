//! Before a page is rendered: who is shopping (signed in or not), their favourites and the
//! pieces in their cart, put in the request for the page to show (see
//! `app::account::shopper`). Only pages are looked at, and only when the browser carries a
//! session or cart cookie: a first-time visitor costs no database query.

use app::account::session::SESSION_COOKIE;
use app::account::shopper::Shopper;
use app::cart::owner::{is_token, CART_COOKIE};
use app::server::cookie_in;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use domain::cart::{self, CartOwner};
use domain::members::{favourites, sessions};
use domain::Db;
use http::Method;

pub async fn load(State(db): State<Db>, mut request: Request, next: Next) -> Response {
    if request.method() == Method::GET && is_page(request.uri().path()) {
        let session = cookie_in(request.headers(), SESSION_COOKIE);
        let cart = cookie_in(request.headers(), CART_COOKIE).filter(|t| is_token(t));
        if session.is_some() || cart.is_some() {
            match shopper(&db, session, cart).await {
                Ok(shopper) => {
                    request.extensions_mut().insert(shopper);
                }
                // The page still renders, for a guest; the log keeps why.
                Err(error) => tracing::warn!(%error, "could not read the shopper"),
            }
        }
    }
    next.run(request).await
}

async fn shopper(
    db: &Db,
    session: Option<String>,
    cart: Option<String>,
) -> domain::DomainResult<Shopper> {
    let now = domain::time::now();
    let member = match session {
        Some(token) => match sessions::find(db, &token, now).await? {
            Some(sessions::Holder::Member(member)) => Some(member),
            _ => None,
        },
        None => None,
    };
    let owner = match (member, cart) {
        (Some(member), _) => Some(CartOwner::Member(member)),
        (None, Some(token)) => Some(CartOwner::Guest(token)),
        (None, None) => None,
    };
    let cart = match &owner {
        Some(owner) => cart::count(db, owner).await?,
        None => 0,
    };
    let favourites = match member {
        Some(member) => favourites::ids(db, member).await?,
        None => Vec::new(),
    };
    Ok(Shopper {
        signed_in: member.is_some(),
        favourites: favourites.into_iter().map(|id| id.0).collect(),
        cart,
    })
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

#[cfg(test)]
mod tests {
    use super::is_page;

    #[test]
    fn only_pages_are_looked_at() {
        for page in ["/", "/product/oxford", "/account/favourites", "/cart"] {
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
