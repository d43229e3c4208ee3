//! The customer service center over HTTP: `/help` lists its pages and every page renders in
//! the shopper's language (an unknown one is the 404 page); the FAQ is searched on the server
//! for `/help?q=` in Chinese and English.

mod common;

use common::{get, get_with_cookie};
use reqwest::StatusCode;

const PAGES: [&str; 6] = [
    "shopping-guide",
    "service-promise",
    "returns",
    "payment-methods",
    "delivery",
    "shipping-times",
];

#[tokio::test]
async fn the_center_lists_its_pages_and_each_page_renders_in_the_shoppers_language() {
    let (status, _, center) = get("/help").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        center.contains("<title>客户服务中心 · Emporium</title>"),
        "{center}"
    );
    assert!(center.contains(r#"<meta name="description""#));
    for slug in PAGES {
        assert!(
            center.contains(&format!(r#"href="/help/{slug}""#)),
            "{slug}"
        );
    }
    assert!(center.contains("<details"), "the FAQ is an accordion");

    let (status, _, page) = get("/help/returns").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<h1>退换货政策</h1>"), "{page}");
    assert!(page.contains(r#"aria-current="page""#));
    let (_, _, english) = get_with_cookie("/help/returns", "lang=en").await;
    assert!(english.contains("<h1>Returns"), "{english}");

    for unknown in ["/help/no-such-page", "/help/Returns", "/help/..%2Fadmin"] {
        let (status, _, body) = get(unknown).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{unknown}");
        assert!(body.contains("页面不存在"), "{unknown}");
    }

    // Shoppers find the center from every page, and search engines from the sitemap.
    let (_, _, home) = get("/").await;
    assert!(home.contains(r#"href="/help/returns""#));
    let (_, _, sitemap) = get("/sitemaps/pages").await;
    assert!(sitemap.contains("<loc>https://shop.example/help/payment-methods</loc>"));
}

#[tokio::test]
async fn the_faq_is_searched_in_chinese_and_english_without_javascript() {
    let (status, _, found) = get("/help?q=%E5%8F%91%E7%A5%A8").await; // 发票
    assert_eq!(status, StatusCode::OK);
    assert!(found.contains("可以开发票吗？"), "{found}");
    assert!(!found.contains("运费是多少？"));
    assert!(
        found.contains(r#"value="发票""#),
        "the search stays in its box"
    );

    let (_, _, found) = get_with_cookie("/help?q=invoice", "lang=en").await;
    assert!(found.contains("Can I get an invoice?"), "{found}");
    assert!(!found.contains("How much is delivery?"));
    // A shopper may search in the other language.
    let (_, _, found) = get("/help?q=invoice").await;
    assert!(found.contains("可以开发票吗？"));

    let (_, _, none) = get("/help?q=zzqqxx").await;
    assert!(none.contains("没有找到相关问题"), "{none}");
    let (_, _, all) = get("/help").await;
    assert!(all.contains("可以开发票吗？") && all.contains("运费是多少？"));
}
