//! The session cookie of a signed-in browser, who it signs in, and the address a request came
//! from (for rate limits). Server only.

use crate::error::AppError;
use crate::server::cookie;
use domain::ids::{MemberId, ProductId};
use domain::members::sessions::{self, Holder};
use domain::Db;
use leptos::prelude::use_context;

/// The cookie holding the session token (HttpOnly, SameSite=Lax, Secure on an https shop).
pub const SESSION_COOKIE: &str = "emporium_session";

/// The cookie holding a staff member's back-office session (same flags, shorter lifetime).
pub const STAFF_COOKIE: &str = "emporium_staff";

/// The peer address of the request, put there by the server.
#[derive(Clone, Debug)]
pub struct ClientAddress(pub String);

/// Where this request came from (`unknown` when the server could not tell).
pub fn client_address() -> String {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<ClientAddress>().map(|a| a.0.clone()))
        .unwrap_or_else(|| "unknown".into())
}

/// Who this browser is signed in as in the shop, if anyone.
pub async fn current(db: &Db) -> Result<Option<Holder>, AppError> {
    current_in(db, SESSION_COOKIE).await
}

/// Who the session in the cookie `name` signs in, if anyone.
pub async fn current_in(db: &Db, name: &str) -> Result<Option<Holder>, AppError> {
    let Some(token) = cookie(name) else {
        return Ok(None);
    };
    Ok(sessions::find(db, &token, domain::time::now()).await?)
}

/// The member this browser is signed in as, or [`AppError::NotSignedIn`].
pub async fn member(db: &Db) -> Result<MemberId, AppError> {
    match current(db).await? {
        Some(Holder::Member(id)) => Ok(id),
        _ => Err(AppError::NotSignedIn),
    }
}

/// Signs `holder` in on this browser: the session it had ends and a new one starts, so the
/// session id always changes at sign-in. Members use the shop's cookie, staff their own.
pub async fn begin(db: &Db, holder: Holder) -> Result<(), AppError> {
    let name = cookie_of(holder);
    if let Some(old) = cookie(name) {
        sessions::end(db, &old).await?;
    }
    let now = domain::time::now();
    let token = sessions::start(db, holder, now).await?;
    set_cookie(name, &token.0, holder.lifetime().absolute_s);
    if let Holder::Member(id) = holder {
        take_guest_views(db, id, now).await?;
        take_guest_cart(db, id, now).await?;
    }
    Ok(())
}

/// A guest's cart joins the member's at sign-in (see `domain::cart::merge_into_member`) and
/// the cart cookie is cleared.
async fn take_guest_cart(db: &Db, id: MemberId, now: i64) -> Result<(), AppError> {
    use crate::cart::owner::{guest_token, CART_COOKIE};
    if let Some(token) = guest_token() {
        domain::cart::merge_into_member(db, &token, id, now).await?;
        set_cookie(CART_COOKIE, "", 0);
    }
    Ok(())
}

/// A guest's recently viewed products join the member's history at sign-in, and the cookie
/// is emptied: the next person at this browser does not see them.
async fn take_guest_views(db: &Db, id: MemberId, now: i64) -> Result<(), AppError> {
    use crate::catalog::api::{RECENTLY_VIEWED, VIEWED_COOKIE};
    let viewed: Vec<ProductId> = crate::server::id_list_cookie(VIEWED_COOKIE, RECENTLY_VIEWED)
        .into_iter()
        .map(ProductId)
        .collect();
    if !viewed.is_empty() {
        domain::members::history::merge(db, id, &viewed, now).await?;
        crate::server::remember_ids(VIEWED_COOKIE, &[]);
    }
    Ok(())
}

/// Signs this browser out of the shop.
pub async fn finish(db: &Db) -> Result<(), AppError> {
    finish_in(db, SESSION_COOKIE).await
}

/// Ends the session in the cookie `name` and clears the cookie.
pub async fn finish_in(db: &Db, name: &str) -> Result<(), AppError> {
    if let Some(token) = cookie(name) {
        sessions::end(db, &token).await?;
    }
    set_cookie(name, "", 0);
    Ok(())
}

/// The cookie a holder's session lives in: staff sign in apart from their shopping.
fn cookie_of(holder: Holder) -> &'static str {
    match holder {
        Holder::Member(_) => SESSION_COOKIE,
        Holder::Staff(_) => STAFF_COOKIE,
    }
}

fn set_cookie(name: &str, value: &str, max_age_s: i64) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let secure = use_context::<crate::PublicUrl>().is_some_and(|u| u.0.starts_with("https://"));
    let cookie = format!(
        "{name}={value}; Path=/; Max-Age={max_age_s}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    );
    if let Ok(header) = http::HeaderValue::from_str(&cookie) {
        response.append_header(http::header::SET_COOKIE, header);
    }
}
