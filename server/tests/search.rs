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
