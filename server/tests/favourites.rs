//! Favourites, browsing history, the security page and the member level over HTTP: a guest is
//! sent to log in and back, `next` never leads off the shop, the page is rendered with the
//! member's favourites pressed, a guest's views join the history at log-in, and junk product
//! ids get clear answers.

mod common;

use common::{client, get_with_cookie, set_cookies, shop, some_product_path};
use reqwest::header::{HeaderMap, ACCEPT, LOCATION};
use reqwest::StatusCode;

/// A form post as a browser sends it from `page`, without JavaScript when `plain` is set.
async fn post(
    path: &str,
    form: &[(&str, &str)],
    cookie: &str,
    page: &str,
    plain: bool,
) -> (StatusCode, HeaderMap, String) {
    common::post_from(path, form, cookie, page, plain).await
}

fn location(headers: &HeaderMap) -> String {
    headers
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

fn session(headers: &HeaderMap) -> String {
    set_cookies(headers)
        .into_iter()
        .find(|c| c.starts_with("emporium_session="))
        .unwrap_or_else(|| panic!("no session cookie in {headers:?}"))
}

/// The product id in a product page (`data-product="12"` on the article).
fn product_id(page: &str) -> String {
    let start = page.find("<article").expect("product article");
    let at = start + page[start..].find("data-product=\"").expect("data-product") + 14;
    page[at..at + page[at..].find('"').expect("end")].to_string()
}

/// `aria-pressed` of the product's own favourite button (the first in its actions).
fn favourite_button(page: &str) -> String {
    let actions = page
        .find("class=\"product-actions\"")
        .expect("product actions");
    let start = actions + page[actions..].find("<button").expect("a button");
    let tag = &page[start..start + page[start..].find('>').expect("end of tag")];
    assert!(tag.contains("favourite-toggle"), "{tag}");
    let at = tag.find("aria-pressed=\"").expect("aria-pressed") + 14;
    tag[at..at + tag[at..].find('"').expect("end")].to_string()
}

#[tokio::test]
async fn favourites_and_history_follow_the_member() {
    let product = some_product_path().await;
    // A guest looks at a product: it is kept in the guest's cookie.
    let (_, headers, page) = get_with_cookie(&product, "").await;
    let id = product_id(&page);
    let viewed = set_cookies(&headers)
        .into_iter()
        .find(|c| c.starts_with("viewed="))
        .expect("the guest's view is kept in a cookie");
    assert_eq!(viewed, format!("viewed={id}"));
    assert!(
        page.contains("name=\"emporium-shopper\" content=\"0::0\""),
        "a guest's page knows no favourites"
    );
    assert_eq!(favourite_button(&page), "false");

    // A guest who asks to keep it is sent to log in, and back to the product afterwards.
    let (status, headers, _) = post(
        "/api/favourites/toggle",
        &[("product", &id)],
        "",
        &product,
        true,
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    let login = location(&headers);
    assert!(
        login.starts_with("/account/login?next=/product/"),
        "{login}"
    );
    // The page's script gets no favourites and the same place to go, which it follows.
    let (status, headers, body) = post(
        "/api/favourites/toggle",
        &[("product", &id)],
        "",
        &product,
        false,
    )
    .await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "[]"));
    assert!(headers.contains_key("serverfnredirect"), "{headers:?}");
    assert!(location(&headers).starts_with("/account/login?next=/product/"));

    // Registration takes an optional phone, checked like the profile's.
    let mut register = vec![
        ("email", "fav@example.com"),
        ("password", "correct horse battery"),
        ("name", "Fav"),
        ("phone", "12345"),
    ];
    let (status, _, body) = post(
        "/api/account/register",
        &register,
        "",
        "/account/register",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("\"phone\"") && body.contains("malformed"),
        "{body}"
    );
    register[3].1 = "+852 9123 4567";
    let (status, headers, body) = post(
        "/api/account/register",
        &register,
        &viewed,
        "/account/register",
        true,
    )
    .await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    let member = session(&headers);
    assert!(
        set_cookies(&headers).contains(&"viewed=".to_string()),
        "signing in empties the guest's cookie"
    );

    // Log-in goes to `next` when it is a page of the shop, else to the account.
    let login = [
        ("email", "fav@example.com"),
        ("password", "correct horse battery"),
    ];
    for (next, expected) in [
        (product.as_str(), product.as_str()),
        ("//evil.example/x", "/account"),
        ("https://evil.example", "/account"),
        ("/\\evil.example", "/account"),
    ] {
        let mut form = login.to_vec();
        form.push(("next", next));
        let (status, headers, _) =
            post("/api/account/login", &form, "", "/account/login", true).await;
        assert_eq!(status, StatusCode::FOUND);
        assert_eq!(location(&headers), expected, "next={next}");
    }

    // The member keeps the product: the page is rendered with its button pressed.
    let (status, _, body) = post(
        "/api/favourites/toggle",
        &[("product", &id)],
        &member,
        &product,
        false,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, format!("[{id}]"));
    let (_, headers, page) = get_with_cookie(&product, &member).await;
    assert!(
        page.contains(&format!("content=\"1:{id}:0\"")),
        "the page head carries the favourites"
    );
    assert_eq!(
        favourite_button(&page),
        "true",
        "the button is pressed before any script runs"
    );
    assert!(
        !set_cookies(&headers)
            .iter()
            .any(|c| c.starts_with("viewed=")),
        "a member's views are kept on the server"
    );
    let (_, _, favourites) = get_with_cookie("/account/favourites", &member).await;
    assert!(
        favourites.contains(&product),
        "the favourites page lists it"
    );

    // Junk gets clear answers, not server errors.
    for (junk, expected) in [
        ("99999999", StatusCode::NOT_FOUND),
        ("abc", StatusCode::BAD_REQUEST),
        ("", StatusCode::BAD_REQUEST),
    ] {
        let (status, _, body) = post(
            "/api/favourites/toggle",
            &[("product", junk)],
            &member,
            &product,
            false,
        )
        .await;
        assert_eq!(status, expected, "product={junk:?}: {body}");
    }

    // Pressed again, it leaves the favourites.
    let (_, _, body) = post(
        "/api/favourites/toggle",
        &[("product", &id)],
        &member,
        &product,
        false,
    )
    .await;
    assert_eq!(body, "[]");

    // The guest's view came along; the security page marks this browser; the level shows.
    let (_, _, history) = get_with_cookie("/account/history", &member).await;
    assert!(
        history.contains(&product),
        "the history lists the product viewed as a guest"
    );
    let (_, _, security) = get_with_cookie("/account/security", &member).await;
    assert!(security.contains("当前浏览器"), "this browser is marked");
    let (_, _, overview) = get_with_cookie("/account", &member).await;
    assert!(
        overview.contains("普通会员") && overview.contains("银卡会员"),
        "level and the next one"
    );

    // Forgetting the history empties the page; a guest asking for it is sent to log in.
    let (status, _, _) = post(
        "/api/history/clear",
        &[],
        &member,
        "/account/history",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, _, history) = get_with_cookie("/account/history", &member).await;
    assert!(!history.contains(&product));
    let response = client()
        .get(format!("{}/account/favourites", shop().base))
        .header(ACCEPT, "text/html")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(location(response.headers()).starts_with("/account/login?next=/account/favourites"));
}
