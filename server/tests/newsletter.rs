//! The newsletter over HTTP: the sign-up box's post (with and without JavaScript) refuses a
//! bad address by field, ignores a filled honeypot, answers the same for an address already on
//! the list and stops after 10 sign-ups an hour from one place; the confirm and unsubscribe
//! buttons take only real tokens; the List-Unsubscribe address unsubscribes on a mail
//! program's POST and sends a person to the unsubscribe page.

mod common;

use common::{client, post_from, shop};
use reqwest::StatusCode;

async fn db() -> domain::Db {
    domain::Db::connect(&shop().database_url, domain::db::PoolSize(1))
        .await
        .expect("database")
}

async fn mails_to(db: &domain::Db, to: &str) -> Vec<(String, String, Option<String>)> {
    sqlx::query_as(
        "SELECT kind, text_body, list_unsubscribe FROM mail_outbox WHERE to_address = $1 ORDER BY id",
    )
    .bind(to)
    .fetch_all(db.pool())
    .await
    .expect("outbox")
}

fn token_after(text: &str, marker: &str) -> String {
    let start = text.find(marker).expect("a link") + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit() || *c == '.')
        .collect()
}

async fn subscribe(email: &str, website: &str) -> (StatusCode, String) {
    let form = [
        ("email", email),
        ("form", "footer"),
        ("page", "/cart"),
        ("website", website),
    ];
    let (status, _, body) = post_from("/api/newsletter/subscribe", &form, "", "/cart", false).await;
    (status, body)
}

#[tokio::test]
async fn sign_up_confirm_and_one_click_unsubscribe() {
    let db = db().await;
    // A bad address is refused by field and nothing is queued.
    let (status, body) = subscribe("not an address", "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("email"), "{body}");
    // A robot filling the honeypot is thanked and ignored.
    let (status, _) = subscribe("robot@example.com", "https://spam.example").await;
    assert_eq!(status, StatusCode::OK);
    assert!(mails_to(&db, "robot@example.com").await.is_empty());

    let (status, _) = subscribe("reader@example.com", "").await;
    assert_eq!(status, StatusCode::OK);
    let mails = mails_to(&db, "reader@example.com").await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, "newsletter_confirm");
    assert!(mails[0]
        .1
        .contains("https://shop.example/newsletter/confirm?token="));
    let confirm = token_after(&mails[0].1, "/newsletter/confirm?token=");
    let page: String = sqlx::query_scalar(
        "SELECT e.page FROM newsletter_events e JOIN newsletter_subscribers s ON s.id = e.subscriber_id \
         WHERE s.email = 'reader@example.com'",
    )
    .fetch_one(db.pool())
    .await
    .expect("consent record");
    assert_eq!(page, "/cart");

    // Without JavaScript the confirm button posts and comes back to the page.
    let (status, _, _) = post_from(
        "/api/newsletter/confirm",
        &[("token", "0123")],
        "",
        "/newsletter/confirm?token=0123",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, body) = post_from(
        "/api/newsletter/confirm",
        &[("token", &confirm)],
        "",
        "/newsletter/confirm",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let mails = mails_to(&db, "reader@example.com").await;
    let welcome = mails.last().expect("welcome");
    assert_eq!(welcome.0, "newsletter_welcome");
    let one_click = welcome.2.clone().expect("List-Unsubscribe");
    assert!(one_click.starts_with("https://shop.example/newsletter/one-click?token="));
    let leave = token_after(&one_click, "?token=");
    // Asking again for an address on the list answers the same and sends nothing.
    assert_eq!(subscribe("Reader@Example.com", "").await.0, StatusCode::OK);
    assert_eq!(mails_to(&db, "reader@example.com").await.len(), 2);

    // A person opening the header's address goes to the unsubscribe page.
    let response = client()
        .get(format!(
            "{}/newsletter/one-click?token={leave}",
            shop().base
        ))
        .send()
        .await
        .expect("get");
    assert!(response.status().is_redirection());
    assert_eq!(
        response.headers()["location"].to_str().expect("location"),
        format!("/newsletter/unsubscribe?token={leave}")
    );
    // A mail program's one-click POST: a forged token is refused, the real one works (twice).
    let post = |token: String| async move {
        client()
            .post(format!(
                "{}/newsletter/one-click?token={token}",
                shop().base
            ))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("post")
            .status()
    };
    let (id, _) = leave.split_once('.').expect("id.tag");
    assert_eq!(
        post(format!("{id}.{}", "0".repeat(64))).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(post(leave.clone()).await, StatusCode::OK);
    assert_eq!(post(leave.clone()).await, StatusCode::OK);
    let status: String = sqlx::query_scalar(
        "SELECT status FROM newsletter_subscribers WHERE email = 'reader@example.com'",
    )
    .fetch_one(db.pool())
    .await
    .expect("row");
    assert_eq!(status, "unsubscribed");
    let (status, _, _) = post_from(
        "/api/newsletter/unsubscribe",
        &[("token", "1.abc")],
        "",
        "/newsletter/unsubscribe",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Ten sign-ups an hour from one place; the eleventh waits.
    let mut refused = None;
    for n in 0..12 {
        let (status, _) = subscribe(&format!("many{n}@example.com"), "").await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(n);
            break;
        }
        assert_eq!(status, StatusCode::OK);
    }
    // Two sign-ups above counted already (the refused address and the honeypot do not).
    assert_eq!(refused, Some(8));
}
