//! The customer service center over HTTP: `/help` lists its pages and every page renders in
//! the shopper's language (an unknown one is the 404 page); the FAQ is searched on the server
//! for `/help?q=` in Chinese and English; a hostile Markdown text saved by an editor is served
//! inert, and so is its preview; a refused text names its field.

mod common;

use common::{client, get, get_with_cookie, shop, staff_cookie};
use domain::staff::Role;
use reqwest::header::COOKIE;
use reqwest::StatusCode;

const PAGES: [&str; 6] = [
    "shopping-guide",
    "service-promise",
    "returns",
    "payment-methods",
    "delivery",
    "shipping-times",
];

async fn post(path: &str, form: &[(&str, &str)], cookie: &str) -> (StatusCode, String) {
    let response = client()
        .post(format!("{}{path}", shop().base))
        .header(COOKIE, cookie)
        .form(form)
        .send()
        .await
        .expect("request");
    let status = response.status();
    (status, response.text().await.expect("body"))
}

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

#[tokio::test]
async fn a_hostile_text_saved_by_an_editor_is_served_inert() {
    let editor = staff_cookie("help-editor@shop.example", vec![Role::Editor]).await;
    let hostile = "<script>alert(1)</script>\n\n\
                   [click](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n\
                   [returns](/help/returns \"t\\\" onmouseover=\\\"alert(3)\")";
    let form = [
        ("slug", "shipping-times"),
        ("title_zh", "付款后发货时间"),
        ("title_en", "Shipping times after payment"),
        ("body_zh", hostile),
        ("body_en", hostile),
    ];
    let (status, body) = post("/api/admin/help/page/save", &form, &editor).await;
    assert!(status.is_success(), "{status} {body}");

    for cookie in ["lang=zh-CN", "lang=en"] {
        let (status, _, page) = get_with_cookie("/help/shipping-times", cookie).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{page}"
        );
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(!page.contains("javascript:"), "{page}");
        assert!(!page.contains("<img src=x") && !page.contains("alert(2)>"));
        assert!(!page.contains("onmouseover=\""), "{page}");
        assert!(
            page.contains(r#"<a href="/help/returns""#),
            "links still work"
        );
    }

    // The preview is the same renderer.
    let (status, preview) =
        post("/api/admin/help/preview", &[("markdown", hostile)], &editor).await;
    assert_eq!(status, StatusCode::OK);
    assert!(preview.contains("&lt;script&gt;") && !preview.contains("javascript:"));

    // A refused text names its field, and the page keeps what it had.
    let empty_title = [
        ("slug", "shipping-times"),
        ("title_zh", " "),
        ("title_en", "Shipping times after payment"),
        ("body_zh", "新的正文"),
        ("body_en", "New text"),
    ];
    let (status, body) = post("/api/admin/help/page/save", &empty_title, &editor).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains(r#""field":"title_zh""#), "{body}");
    let (_, _, page) = get("/help/shipping-times").await;
    assert!(!page.contains("新的正文"));
}

#[tokio::test]
async fn the_editor_opens_for_editors_and_refuses_other_departments() {
    let editor = staff_cookie("help-lister@shop.example", vec![Role::Editor]).await;
    let (status, _, list) = get_with_cookie("/admin/content/help", &editor).await;
    assert_eq!(status, StatusCode::OK);
    for slug in PAGES {
        assert!(list.contains(&format!(r#"data-slug="{slug}""#)), "{slug}");
    }
    assert!(list.contains("可以开发票吗？") && list.contains("Can I get an invoice?"));
    assert!(
        list.contains(r#"href="/admin/content/help""#),
        "the menu shows the section"
    );

    let (status, _, form) = get_with_cookie("/admin/content/help/pages/returns", &editor).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains(r#"<textarea id="help-body_zh""#), "{form}");
    assert!(
        form.contains("## 七天无理由退货"),
        "the Markdown is in the text area"
    );
    let (status, _, _) = get_with_cookie("/admin/content/help/faq/new", &editor).await;
    assert_eq!(status, StatusCode::OK);
    for missing in [
        "/admin/content/help/faq/987654",
        "/admin/content/help/faq/x",
    ] {
        let (status, _, _) = get_with_cookie(missing, &editor).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
    }

    let service = staff_cookie("help-cs@shop.example", vec![Role::CustomerService]).await;
    let (status, _, refused) = get_with_cookie("/admin/content/help", &service).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!refused.contains("data-slug="));
}
