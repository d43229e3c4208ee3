//! Member accounts over HTTP: register, the session cookie and its flags, the id changing at
//! log-in, log-out, one answer for unknown addresses and wrong passwords, rate limits with
//! `Retry-After`, and cross-site posts refused. One test function, in order, because every
//! request comes from 127.0.0.1 and the limits count per address.

mod common;

use common::{client, set_cookies, shop};
use reqwest::header::{HeaderMap, ACCEPT, COOKIE, LOCATION, REFERER, RETRY_AFTER, SET_COOKIE};
use reqwest::StatusCode;

/// A form post as a browser without JavaScript sends it (`Accept: text/html`): a success
/// answers with a redirect, an error with a redirect back to the form carrying the error.
async fn post(
    path: &str,
    form: &[(&str, &str)],
    cookie: Option<&str>,
) -> (StatusCode, HeaderMap, String) {
    send(path, form, cookie, true).await
}

/// The same post as the page's script sends it: errors come back with their own status.
async fn call(path: &str, form: &[(&str, &str)]) -> (StatusCode, HeaderMap, String) {
    send(path, form, None, false).await
}

async fn send(
    path: &str,
    form: &[(&str, &str)],
    cookie: Option<&str>,
    plain_form: bool,
) -> (StatusCode, HeaderMap, String) {
    let mut request = client().post(format!("{}{path}", shop().base)).form(form);
    if plain_form {
        request = request
            .header(ACCEPT, "text/html")
            .header(REFERER, format!("{}/account/login", shop().base));
    }
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.expect("body"))
}

/// The session cookie a response sets (`emporium_session=…`), with its attributes.
fn session_cookie(headers: &HeaderMap) -> String {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("emporium_session="))
        .unwrap_or_else(|| panic!("no session cookie in {headers:?}"))
        .to_string()
}

fn pair(cookie: &str) -> String {
    cookie.split(';').next().unwrap_or_default().to_string()
}

/// The account as the page's script asks for it (`null` when nobody is signed in).
async fn account(cookie: &str) -> String {
    let response = client()
        .post(format!("{}/api/account", shop().base))
        .header(COOKIE, cookie)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.expect("body")
}

#[tokio::test]
async fn members_register_log_in_and_out_safely() {
    let register = [
        ("email", "Mei@Example.com"),
        ("password", "correct horse battery"),
        ("name", "梅"),
    ];
    let (status, headers, body) = post("/api/account/register", &register, None).await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    assert_eq!(
        headers.get(LOCATION).and_then(|v| v.to_str().ok()),
        Some("/account")
    );
    let first = session_cookie(&headers);
    for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(first.contains(flag), "{flag} missing: {first}");
    }
    let body = account(&pair(&first)).await;
    assert!(
        body.contains("mei@example.com") && body.contains("梅"),
        "{body}"
    );
    assert!(
        !body.contains("argon2"),
        "no password hash leaves the server"
    );

    // Again with the same address: refused, field named, nothing else said.
    let (status, _, body) = call("/api/account/register", &register).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("\"email\"") && body.contains("taken"),
        "{body}"
    );
    let (status, _, body) = call(
        "/api/account/register",
        &[
            ("email", "x@example.com"),
            ("password", "short"),
            ("name", "x"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("password") && body.contains("too_short"),
        "{body}"
    );

    // Logging in starts a new session; the one the browser had ends (no fixation).
    let login = [
        ("email", "mei@example.com"),
        ("password", "correct horse battery"),
    ];
    let (status, headers, _) = post("/api/account/login", &login, Some(&pair(&first))).await;
    assert_eq!(status, StatusCode::FOUND);
    let second = session_cookie(&headers);
    assert_ne!(
        pair(&first),
        pair(&second),
        "the session id changes at log-in"
    );
    assert_eq!(
        account(&pair(&first)).await,
        "null",
        "the old session is over"
    );
    assert!(account(&pair(&second)).await.contains("mei@example.com"));

    // Log out: the cookie is cleared and the session ends on the server too.
    let (status, headers, _) = post("/api/account/logout", &[], Some(&pair(&second))).await;
    assert_eq!(status, StatusCode::FOUND);
    assert!(session_cookie(&headers).contains("Max-Age=0"));
    assert_eq!(account(&pair(&second)).await, "null");

    // A cross-site post is refused before it does anything.
    let response = client()
        .post(format!("{}/api/account/login", shop().base))
        .header("sec-fetch-site", "cross-site")
        .form(&login)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(set_cookies(response.headers()).is_empty());

    // Wrong password and unknown address: the same answer.
    let wrong = call(
        "/api/account/login",
        &[
            ("email", "mei@example.com"),
            ("password", "wrong horse battery"),
        ],
    )
    .await;
    let unknown = call(
        "/api/account/login",
        &[
            ("email", "nobody@example.com"),
            ("password", "wrong horse battery"),
        ],
    )
    .await;
    assert_eq!(wrong.0, StatusCode::BAD_REQUEST);
    assert_eq!((wrong.0, &wrong.2), (unknown.0, &unknown.2));
    assert!(wrong.2.contains("mismatch"), "{}", wrong.2);
    // Without JavaScript the form page comes back, carrying the error for the form to show.
    let (status, headers, _) = post(
        "/api/account/login",
        &[
            ("email", "mei@example.com"),
            ("password", "wrong horse battery"),
        ],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    let back = headers
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        back.contains("/account/login?") && back.contains("__err="),
        "{back}"
    );

    // Ten failures in fifteen minutes, then even the right password waits.
    for _ in 0..7 {
        let (status, _, _) = call(
            "/api/account/login",
            &[
                ("email", "mei@example.com"),
                ("password", "guess guess guess"),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let (status, headers, body) = call("/api/account/login", &login).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    let wait: i64 = headers
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=15 * 60).contains(&wait), "{wait}");
    assert!(set_cookies(&headers).is_empty(), "no session while limited");
}
