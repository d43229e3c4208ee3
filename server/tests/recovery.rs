//! Passwords over HTTP: "forgot password" answers the same for a known and an unknown address
//! (as a form post and as the page's script sends it), its mailed token resets the password
//! once, signs the browser in and ends the account's other sessions; the limit on reset mails
//! answers 429 with `Retry-After`; changing the password needs the current one.

mod common;

use common::{client, set_cookies, shop};
use reqwest::header::{ACCEPT, COOKIE, LOCATION, REFERER, RETRY_AFTER};
use reqwest::StatusCode;

const OLD: &str = "correct horse battery";
const NEW: &str = "staple battery horse";

async fn send(
    path: &str,
    form: &[(&str, &str)],
    cookie: Option<&str>,
    plain_form: bool,
) -> reqwest::Response {
    let mut request = client().post(format!("{}{path}", shop().base)).form(form);
    if plain_form {
        request = request
            .header(ACCEPT, "text/html")
            .header(REFERER, format!("{}/account/forgot", shop().base));
    }
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request")
}

fn member_cookie(response: &reqwest::Response) -> String {
    set_cookies(response.headers())
        .into_iter()
        .find(|c| c.starts_with("emporium_session=") && c.len() > "emporium_session=".len())
        .expect("session cookie")
}

async fn signed_in_email(cookie: &str) -> String {
    send("/api/account", &[], Some(cookie), false)
        .await
        .text()
        .await
        .expect("body")
}

/// The token of the newest reset mail to `to`, read from the shop's outbox.
async fn reset_token(to: &str) -> String {
    let db = domain::Db::connect(&shop().database_url, domain::db::PoolSize(1))
        .await
        .expect("database");
    let mails = domain::notifications::outbox::newest(&db, 100)
        .await
        .expect("outbox");
    let mail = mails
        .iter()
        .find(|m| m.to_address == to && m.kind == "reset_password")
        .expect("a reset mail");
    let at = mail.text_body.find("/account/reset?token=").expect("link") + 21;
    mail.text_body[at..at + 64].to_string()
}

#[tokio::test]
async fn a_forgotten_password_is_reset_without_telling_who_has_an_account() {
    let register = [
        ("email", "lan@example.com"),
        ("password", OLD),
        ("name", "兰"),
    ];
    let phone = member_cookie(&send("/api/account/register", &register, None, false).await);

    // Known and unknown addresses get the same answer, as a plain form and from the script.
    let mut answers = Vec::new();
    for email in ["lan@example.com", "nobody@example.com"] {
        let plain = send("/api/account/forgot", &[("email", email)], None, true).await;
        let location = plain
            .headers()
            .get(LOCATION)
            .map(|v| v.to_str().unwrap_or("").to_string());
        let scripted = send("/api/account/forgot", &[("email", email)], None, false).await;
        let status = scripted.status();
        answers.push((
            plain.status(),
            location,
            status,
            scripted.text().await.expect("body"),
        ));
    }
    assert_eq!(answers[0], answers[1], "the same answer for both addresses");
    assert_eq!(answers[0].0, StatusCode::FOUND);
    assert_eq!(answers[0].1.as_deref(), Some("/account/forgot?sent=1"));

    // The mailed token sets the new password once and signs this browser in.
    let token = reset_token("lan@example.com").await;
    let short = send(
        "/api/account/reset",
        &[("token", &token), ("password", "short")],
        None,
        false,
    )
    .await;
    assert_eq!(short.status(), StatusCode::BAD_REQUEST);
    let reset = send(
        "/api/account/reset",
        &[("token", &token), ("password", NEW)],
        None,
        true,
    )
    .await;
    assert_eq!(reset.status(), StatusCode::FOUND);
    assert_eq!(
        reset.headers().get(LOCATION).and_then(|v| v.to_str().ok()),
        Some("/account")
    );
    let laptop = member_cookie(&reset);
    assert!(signed_in_email(&laptop).await.contains("lan@example.com"));
    assert_eq!(signed_in_email(&phone).await, "null", "other sessions end");
    let again = send(
        "/api/account/reset",
        &[("token", &token), ("password", OLD)],
        None,
        false,
    )
    .await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert!(again.text().await.expect("body").contains("used"));
    let old = send(
        "/api/account/login",
        &[("email", "lan@example.com"), ("password", OLD)],
        None,
        false,
    )
    .await;
    assert_eq!(old.status(), StatusCode::BAD_REQUEST);

    // Changing the password needs the current one.
    let wrong = [
        ("current_password", OLD),
        ("password", "another long password"),
    ];
    let refused = send("/api/account/password", &wrong, Some(&laptop), false).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused
        .text()
        .await
        .expect("body")
        .contains("current_password"));
    let right = [
        ("current_password", NEW),
        ("password", "another long password"),
    ];
    let changed = send("/api/account/password", &right, Some(&laptop), false).await;
    assert_eq!(changed.status(), StatusCode::OK);
    let fresh = member_cookie(&changed);
    assert_ne!(fresh, laptop, "a new session after the change");
    assert!(signed_in_email(&fresh).await.contains("lan@example.com"));
    assert_eq!(signed_in_email(&laptop).await, "null");
    let anonymous = send("/api/account/password", &right, None, false).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    // Five reset mails an hour per address typed; the sixth waits, and says for how long.
    for _ in 0..3 {
        let asked = send(
            "/api/account/forgot",
            &[("email", "lan@example.com")],
            None,
            false,
        )
        .await;
        assert_eq!(asked.status(), StatusCode::OK);
    }
    let limited = send(
        "/api/account/forgot",
        &[("email", "lan@example.com")],
        None,
        false,
    )
    .await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = limited
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok()?.parse().ok())
        .expect("Retry-After");
    assert!(wait > 0 && wait <= 3_600, "{wait}");
}
