//! The address book and profile over HTTP: a member's addresses are theirs alone (another
//! member's ids answer 404), hostile input gets field-level 400s, text is shown escaped, and
//! nobody signed out reaches anything.

mod common;

use common::{client, get_with_cookie, set_cookies, shop};
use reqwest::header::COOKIE;
use reqwest::StatusCode;

async fn post(path: &str, form: &[(&str, &str)], cookie: Option<&str>) -> (StatusCode, String) {
    let mut request = client().post(format!("{}{path}", shop().base)).form(form);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    (status, response.text().await.expect("body"))
}

async fn member(email: &str) -> String {
    let form = [
        ("email", email),
        ("password", "correct horse battery"),
        ("name", "Ann"),
    ];
    let response = client()
        .post(format!("{}/api/account/register", shop().base))
        .form(&form)
        .send()
        .await
        .expect("request");
    set_cookies(response.headers())
        .into_iter()
        .find(|c| c.starts_with("emporium_session="))
        .expect("session cookie")
}

const STREET: &str = "建国路 88 号 <script>alert(1)</script>";

fn address<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("recipient", "王小明"),
        ("phone", "138 0013 8000"),
        ("country", "CN"),
        ("region", "北京市"),
        ("city", "北京市"),
        ("district", "朝阳区"),
        ("street", STREET),
        ("postcode", "100022"),
    ];
    for (key, value) in changes {
        if let Some(field) = form.iter_mut().find(|(k, _)| k == key) {
            field.1 = value;
        }
    }
    form
}

#[tokio::test]
async fn addresses_belong_to_their_member_and_bad_input_is_named() {
    let ann = member("ann@example.com").await;
    let bo = member("bo@example.com").await;
    let (status, body) = post("/api/account/addresses/save", &address(&[]), Some(&ann)).await;
    assert!(status.is_success(), "{status} {body}");
    let (_, book) = post("/api/account/addresses", &[], Some(&ann)).await;
    let book: serde_json::Value = serde_json::from_str(&book).expect("json");
    let id = book[0]["id"].as_i64().expect("an address").to_string();
    assert_eq!(book[0]["is_default"], true);
    assert_eq!(book[0]["phone"], "13800138000");

    // Another member's guesses reach nothing and change nothing.
    for path in [
        "/api/account/addresses/default",
        "/api/account/addresses/remove",
    ] {
        let (status, _) = post(path, &[("id", &id)], Some(&bo)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let mut edit = address(&[("recipient", "Bo")]);
    edit.push(("id", &id));
    let (status, _) = post("/api/account/addresses/save", &edit, Some(&bo)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, theirs) = post("/api/account/addresses", &[], Some(&bo)).await;
    assert_eq!(theirs, "[]");
    let (_, mine) = post("/api/account/addresses", &[], Some(&ann)).await;
    assert!(mine.contains("王小明"), "{mine}");

    // Signed out: nothing.
    let (status, _) = post("/api/account/addresses/save", &address(&[]), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = post("/api/account/addresses", &[], None).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "null"));

    let long = "名".repeat(41);
    let bad: [(&str, &str, &str); 8] = [
        ("phone", "12345", "phone"),
        ("phone", "１３８００１３８０００", "phone"),
        ("country", "XX", "country"),
        ("recipient", "\u{202e}Ann", "recipient"),
        ("recipient", &long, "recipient"),
        ("postcode", "1000", "postcode"),
        ("district", "   ", "district"),
        ("street", "号", "street"),
    ];
    for (key, value, field) in bad {
        let (status, body) = post(
            "/api/account/addresses/save",
            &address(&[(key, value)]),
            Some(&ann),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{key}={value}: {body}");
        assert!(
            body.contains(&format!("\"field\":\"{field}\"")),
            "{key}={value}: {body}"
        );
    }
    let (status, _) = post(
        "/api/account/addresses/default",
        &[("id", "not a number")],
        Some(&ann),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // What was typed is shown as text, never as markup.
    let (status, _, page) = get_with_cookie("/account/addresses", &ann).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped street"
    );
    assert!(!page.contains("<script>alert(1)"), "no injected script");

    // The profile: a phone of another place by its dialling code, a birthday not in the future.
    let profile = [
        ("name", "安"),
        ("phone", "+852 9123 4567"),
        ("birthday", "1990-05-17"),
        ("language", "en"),
    ];
    let (status, body) = post("/api/account/profile/save", &profile, Some(&ann)).await;
    assert!(status.is_success(), "{status} {body}");
    let (_, saved) = post("/api/account/profile", &[], Some(&ann)).await;
    assert!(
        saved.contains("+852 91234567") && saved.contains("1990-05-17"),
        "{saved}"
    );
    let future = [
        ("name", "安"),
        ("birthday", "2999-01-01"),
        ("language", "en"),
    ];
    let (status, body) = post("/api/account/profile/save", &future, Some(&ann)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("future"), "{body}");
}

#[tokio::test]
async fn a_member_downloads_their_data_and_deletes_the_account() {
    let cai = member("cai@example.com").await;
    let (status, _) = post("/api/account/addresses/save", &address(&[]), Some(&cai)).await;
    assert!(status.is_success());
    let response = client()
        .get(format!("{}/api/account/export", shop().base))
        .header(COOKIE, &cai)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::OK);
    let disposition = response
        .headers()
        .get(reqwest::header::CONTENT_DISPOSITION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    let data: serde_json::Value =
        serde_json::from_str(&response.text().await.expect("body")).expect("json");
    assert_eq!(data["account"]["email"], "cai@example.com");
    assert_eq!(data["addresses"][0]["city"], "北京市");
    assert!(!data.to_string().contains("argon2"));
    let (status, _, _) = common::get("/api/account/export").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let wrong = [("current_password", "wrong horse battery")];
    let (status, body) = post("/api/account/delete", &wrong, Some(&cai)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("current_password"), "{body}");
    let right = [("current_password", "correct horse battery")];
    let (status, body) = post("/api/account/delete", &right, Some(&cai)).await;
    assert!(
        status.is_success() || status == StatusCode::FOUND,
        "{status} {body}"
    );
    let (_, account) = post("/api/account", &[], Some(&cai)).await;
    assert_eq!(account, "null", "signed out");
    let login = [
        ("email", "cai@example.com"),
        ("password", "correct horse battery"),
    ];
    let (status, _) = post("/api/account/login", &login, None).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "the old password opens nothing"
    );
}
