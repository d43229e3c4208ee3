//! The cart over HTTP: a guest's first add gets an HttpOnly cart cookie, pieces add up, bad
//! quantities and unknown variants get clear answers, the cart page and the header show it
//! before any script runs, another browser cannot touch it, and it joins the member's cart at
//! registration.

mod common;

use common::{get_with_cookie, set_cookies, some_product_path};
use reqwest::header::{HeaderMap, LOCATION, SET_COOKIE};
use reqwest::StatusCode;

/// A form post as the page's script sends it (`plain`: as a browser without JavaScript).
async fn post(
    path: &str,
    form: &[(&str, &str)],
    cookie: &str,
    plain: bool,
) -> (StatusCode, HeaderMap, String) {
    common::post_from(path, form, cookie, "/cart", plain).await
}

/// The variant the product page starts on (`data-sku` of its live stock line).
fn first_sku(page: &str) -> String {
    let at = page.find("data-sku=\"").expect("a variant on the page") + 10;
    page[at..at + page[at..].find('"').expect("end")].to_string()
}

#[tokio::test]
async fn a_guests_cart_lives_on_the_server_and_follows_them_into_an_account() {
    let product = some_product_path().await;
    let (_, _, page) = get_with_cookie(&product, "").await;
    let sku = first_sku(&page);

    let (status, headers, body) = post(
        "/api/cart/add",
        &[("sku", &sku), ("quantity", "2")],
        "",
        false,
    )
    .await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "2"));
    let raw = headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("emporium_cart="))
        .expect("a cart cookie")
        .to_string();
    assert!(
        raw.contains("HttpOnly") && raw.contains("SameSite=Lax"),
        "{raw}"
    );
    let cart = raw.split(';').next().expect("pair").to_string();

    let (_, _, body) = post(
        "/api/cart/add",
        &[("sku", &sku), ("quantity", "1")],
        &cart,
        false,
    )
    .await;
    assert_eq!(body, "3", "pieces of one variant add up");
    for (quantity, expected) in [
        ("0", StatusCode::BAD_REQUEST),
        ("100", StatusCode::BAD_REQUEST),
        ("abc", StatusCode::BAD_REQUEST),
        ("-1", StatusCode::BAD_REQUEST),
    ] {
        let (status, _, body) = post(
            "/api/cart/add",
            &[("sku", &sku), ("quantity", quantity)],
            &cart,
            false,
        )
        .await;
        assert_eq!(status, expected, "quantity={quantity}: {body}");
    }
    let (status, _, body) = post(
        "/api/cart/add",
        &[("sku", &sku), ("quantity", "99")],
        &cart,
        false,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("over_stock") || body.contains("out_of_range"),
        "{body}"
    );
    let (status, _, _) = post(
        "/api/cart/add",
        &[("sku", "99999999"), ("quantity", "1")],
        &cart,
        false,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The page and the header show the cart before any script runs.
    let (_, _, page) = get_with_cookie("/cart", &cart).await;
    assert!(
        page.contains("content=\"0::3\""),
        "the page head carries the count"
    );
    assert!(
        page.contains(&format!("data-sku=\"{sku}\"")),
        "the line is on the cart page"
    );
    assert!(page.contains("cart-grand-total"), "with its totals");

    // Another browser cannot touch it; a junk cookie is no cart.
    let (status, _, _) = post("/api/cart/remove", &[("sku", &sku)], "", false).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = post(
        "/api/cart/remove",
        &[("sku", &sku)],
        "emporium_cart=0",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, _, body) = post(
        "/api/cart/quantity",
        &[("sku", &sku), ("quantity", "1")],
        &cart,
        false,
    )
    .await;
    assert_eq!(body, "1");
    // Without JavaScript a cart form answers with the way back to the page.
    let (status, headers, _) = post(
        "/api/cart/save",
        &[("sku", &sku), ("saved", "1")],
        &cart,
        true,
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert!(headers.get(LOCATION).is_some());
    let (_, _, body) = post(
        "/api/cart/save",
        &[("sku", &sku), ("saved", "0")],
        &cart,
        false,
    )
    .await;
    assert_eq!(body, "1", "back in the cart");

    // Registering takes the guest's cart into the account and clears the cart cookie.
    let register = [
        ("email", "cart@example.com"),
        ("password", "correct horse battery"),
        ("name", "Cart"),
    ];
    let (status, headers, body) = post("/api/account/register", &register, &cart, true).await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    let cookies = set_cookies(&headers);
    assert!(
        cookies.contains(&"emporium_cart=".to_string()),
        "{cookies:?}"
    );
    let member = cookies
        .into_iter()
        .find(|c| c.starts_with("emporium_session="))
        .expect("signed in");
    let (_, _, page) = get_with_cookie("/cart", &member).await;
    assert!(
        page.contains(&format!("data-sku=\"{sku}\"")),
        "the member's cart has the guest's line"
    );
    assert!(page.contains("content=\"1::1\""));
    let (status, _, body) = post("/api/cart/empty", &[], &member, false).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "0"));
}
