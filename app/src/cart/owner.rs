//! Whose cart a request is about: the signed-in member's, else the guest's from the cart
//! cookie (HttpOnly, a random token; the server keeps only its SHA-256). Server only.

use crate::account::session;
use crate::error::AppError;
use crate::server::{cookie, remember};
use domain::cart::CartOwner;
use domain::members::sessions::Holder;
use domain::Db;

/// The cookie holding a guest's cart token.
pub const CART_COOKIE: &str = "emporium_cart";

/// The cart of this request, if there is one; with `open`, a guest without one gets a new
/// token (and cookie).
pub async fn owner(db: &Db, open: bool) -> Result<Option<CartOwner>, AppError> {
    if let Some(Holder::Member(id)) = session::current(db).await? {
        return Ok(Some(CartOwner::Member(id)));
    }
    if let Some(token) = guest_token() {
        return Ok(Some(CartOwner::Guest(token)));
    }
    if !open {
        return Ok(None);
    }
    let guest = CartOwner::new_guest();
    if let CartOwner::Guest(token) = &guest {
        remember(CART_COOKIE, token);
    }
    Ok(Some(guest))
}

/// The guest's cart token from the cookie, if it looks like one.
pub fn guest_token() -> Option<String> {
    cookie(CART_COOKIE).filter(|t| is_token(t))
}

/// 64 hex characters, as [`CartOwner::new_guest`] makes them.
pub fn is_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}
