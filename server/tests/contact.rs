//! The feedback form over HTTP: a filled honeypot is thanked and ignored, a form sent faster
//! than a person can type is refused, a bad field is refused by name, hostile text is stored
//! as text, a message refused without JavaScript comes back with what was typed (to its writer
//! only), and one place sends at most 5 messages an hour.

mod common;

use common::{post_from, refused_without_javascript, shop};
use reqwest::StatusCode;

async fn send(body: &str, website: &str, started: i64) -> (StatusCode, String) {
    let started = started.to_string();
    let form = [
        ("topic", "order"),
        ("name", "Lan"),
        ("email", ""),
        ("body", body),
        ("page", "/cart"),
        ("website", website),
        ("started", started.as_str()),
    ];
    let (status, _, text) = post_from("/api/contact/send", &form, "", "/contact", false).await;
    (status, text)
}

#[tokio::test]
async fn robots_are_kept_out_and_people_get_through() {
    let db = domain::Db::connect(&shop().database_url, domain::db::PoolSize(1))
        .await
        .expect("database");
    let now = domain::time::now();
    let stored = || async { domain::contact::inbox(&db, "", 100).await.expect("inbox") };
    assert_eq!(
        send("Where is my parcel?", "http://spam.example", now - 60)
            .await
            .0,
        StatusCode::OK
    );
    let (status, body) = send("Where is my parcel?", "", domain::time::now()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("too_fast"), "{body}");
    let (status, body) = send("", "", now - 60).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("body"), "{body}");
    assert!(stored().await.is_empty(), "nothing stored so far");

    // Without JavaScript a refused message goes back to the page, which shows what was typed.
    let started = (now - 60).to_string();
    let form = [
        ("topic", "delivery"),
        ("name", "Lan"),
        ("email", "not an address"),
        ("body", "Is </textarea><b>Hainan</b> delivered?"),
        ("page", ""),
        ("website", ""),
        ("started", started.as_str()),
    ];
    let (page, theirs) =
        refused_without_javascript("/api/contact/send", &form, "/contact", "Hainan").await;
    assert!(
        page.contains(">Is &lt;/textarea&gt;&lt;b&gt;Hainan&lt;/b&gt; delivered?</textarea>"),
        "the message typed, as text"
    );
    assert!(
        page.contains("value=\"not an address\""),
        "the address typed"
    );
    assert!(
        page.contains("<option value=\"delivery\" selected"),
        "the topic chosen"
    );
    assert!(!theirs.contains("Hainan"), "nobody else sees it");
    assert!(stored().await.is_empty(), "nothing stored");

    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let (status, id) = send(hostile, "", now - 60).await;
    assert_eq!(status, StatusCode::OK, "{id}");
    let messages = stored().await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].body, hostile, "kept as typed; pages escape it");
    assert_eq!(messages[0].page, "/cart");

    // Five an hour from one place: four more pass, the sixth waits.
    for n in 0..4 {
        assert_eq!(
            send(&format!("Question number {n}"), "", now - 60).await.0,
            StatusCode::OK
        );
    }
    assert_eq!(
        send("One too many", "", now - 60).await.0,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(stored().await.len(), 5);
}
