//! The search page over HTTP: server-rendered results with the query's words marked, "did you
//! mean" for a misspelling, and the closest matches when nothing matches every word.

mod common;

use common::{get, get_with_cookie};
use http::StatusCode;

#[tokio::test]
async fn results_are_rendered_with_the_words_marked() {
    let (status, _, body) = get_with_cookie("/search?q=harrington", "lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("<mark>Harrington</mark>"),
        "English names in English"
    );
    assert!(
        !body.contains("data-testid=\"did-you-mean\""),
        "spelled right"
    );
    let (status, _, body) = get("/search?q=%E9%A2%86%E5%B8%A6").await; // 领带
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("<mark>领带</mark>"),
        "Chinese words are marked too"
    );
}

#[tokio::test]
async fn a_misspelling_offers_what_was_meant() {
    let (status, _, body) = get("/search?q=harrignton").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("data-testid=\"did-you-mean\""));
    assert!(
        body.contains("href=\"/search?q=harrington\""),
        "the corrected search is a link"
    );
}

#[tokio::test]
async fn nothing_matching_every_word_shows_the_closest() {
    let (status, _, body) = get("/search?q=harrington%20zzqxv").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("empty-listing"));
    assert!(
        body.contains("Harrington") || body.contains("哈灵顿"),
        "the closest match is offered"
    );
}

#[tokio::test]
async fn suggestions_offer_products_with_price_classes_and_brands() {
    let (status, headers, body) = get("/api/suggest?locale=En&typed=harr").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        headers.get("cache-control").and_then(|v| v.to_str().ok()),
        Some("public, max-age=30"),
        "the answer depends on the URL only"
    );
    let view: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let products = view["products"].as_array().expect("products");
    assert!(!products.is_empty() && products.len() <= 6, "{body}");
    for p in products {
        assert!(
            p["name"].as_str().unwrap_or("").contains("Harrington"),
            "{p}"
        );
        assert!(p["price"].as_str().unwrap_or("").starts_with('¥'), "{p}");
    }
    // A class name in the other language is found too.
    let (_, _, body) = get("/api/suggest?locale=En&typed=%E7%89%9B%E4%BB%94").await; // 牛仔
    let view: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let classes = view["classes"].as_array().expect("classes");
    assert!(
        classes
            .iter()
            .any(|c| c["href"].as_str().unwrap_or("").starts_with("/class/")),
        "{body}"
    );
}

#[tokio::test]
async fn suggestions_for_nothing_typed_are_hot_searches_and_junk_is_harmless() {
    let (status, _, body) = get("/api/suggest?locale=ZhCn&typed=").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let view: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert!(view["hot"].is_array() && view["products"].as_array().is_some_and(|p| p.is_empty()));
    for typed in [
        "%22",
        "*",
        "NEAR(",
        "-",
        "%3A",
        "%27%20OR%201%3D1--",
        "%F0%9F%91%95",
        "%00%01",
    ] {
        let (status, _, body) = get(&format!("/api/suggest?locale=ZhCn&typed={typed}")).await;
        assert_eq!(status, StatusCode::OK, "{typed}: {body}");
    }
    let long = "a".repeat(10_000);
    let (status, _, _) = get(&format!("/api/suggest?locale=ZhCn&typed={long}")).await;
    assert_eq!(status, StatusCode::OK, "a 10 KB text is cut, not refused");
}
