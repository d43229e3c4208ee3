//! HTTP tests: a real Emporium server on a loopback port with a seeded SQLite database,
//! asked the way a browser or a crawler would ask.

mod common;

use app::catalog::api::GetStock;
use common::{client, get, shop, some_product_path};
use leptos::server_fn::ServerFn;
use reqwest::header::{ACCEPT_ENCODING, ACCEPT_LANGUAGE, CONTENT_TYPE};
use reqwest::StatusCode;

#[tokio::test]
async fn home_page_is_rendered_on_the_server_with_products() {
    let (status, headers, body) = get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.starts_with("<!DOCTYPE html>"),
        "{}",
        &body[..80.min(body.len())]
    );
    assert!(body.contains("<html lang=\"zh-CN\""));
    assert!(body.contains("<title>"));
    assert!(
        body.matches("class=\"product-card\"").count() >= 16,
        "product cards on the home page"
    );
    assert!(body.contains("¥"));
    assert!(
        body.contains("service@emporium.example"),
        "contact e-mail in the footer"
    );
    assert!(headers.get("x-request-id").is_some());
}

#[tokio::test]
async fn security_headers_and_csp_nonce_match_the_inline_script() {
    let (_, headers, body) = get("/").await;
    let csp = headers
        .get("content-security-policy")
        .expect("CSP")
        .to_str()
        .expect("ascii");
    assert!(
        csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("nonce in CSP");
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "inline scripts carry the response's nonce"
    );
    assert_eq!(
        headers.get("x-content-type-options").map(|v| v.as_bytes()),
        Some(&b"nosniff"[..])
    );
    assert!(headers.get("referrer-policy").is_some());
    // A second response gets a different nonce.
    let (_, again, _) = get("/").await;
    assert_ne!(
        again.get("content-security-policy"),
        headers.get("content-security-policy")
    );
}

#[tokio::test]
async fn product_page_shows_the_product_its_variants_and_meta() {
    let path = some_product_path().await;
    let (status, _, body) = get(&path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    assert!(body.contains("class=\"product-name\""));
    assert!(body.contains("class=\"option colour-option\"") || body.contains("colour-option"));
    assert!(body.contains("size-option"));
    assert!(body.contains("<meta name=\"description\""));
    let canonical = body
        .split("<link")
        .find(|tag| tag.contains("rel=\"canonical\""))
        .expect("canonical link");
    assert!(
        canonical.contains(&format!("href=\"https://shop.example{path}\"")),
        "{canonical}"
    );
    assert!(
        body.contains("stock-live"),
        "stock for the preselected variant is rendered"
    );
}

#[tokio::test]
async fn english_is_chosen_by_accept_language_and_by_cookie() {
    let url = format!("{}/", shop().base);
    let en = client()
        .get(&url)
        .header(ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
        .send()
        .await
        .expect("request");
    assert!(en.text().await.expect("body").contains("<html lang=\"en\""));
    let cookie = client()
        .get(&url)
        .header("cookie", "lang=en")
        .send()
        .await
        .expect("request");
    assert!(cookie.text().await.expect("body").contains("Hot products"));
}

#[tokio::test]
async fn language_switch_sets_a_cookie_and_only_redirects_locally() {
    let (status, headers, _) = get("/lang/en?next=/class/x%3Fpage%3D2").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        headers.get("location").map(|v| v.as_bytes()),
        Some(&b"/class/x?page=2"[..])
    );
    assert!(headers
        .get("set-cookie")
        .expect("cookie")
        .to_str()
        .expect("ascii")
        .starts_with("lang=en;"));
    let (_, evil, _) = get("/lang/zh-CN?next=//evil.example/").await;
    assert_eq!(evil.get("location").map(|v| v.as_bytes()), Some(&b"/"[..]));
    let (unknown, _, _) = get("/lang/klingon").await;
    assert_eq!(unknown, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_pages_and_products_answer_404() {
    for path in [
        "/product/no-such-product",
        "/class/no-such-class",
        "/series/nope",
        "/definitely/not/here",
    ] {
        let (status, _, body) = get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            body.contains("页面不存在"),
            "{path} shows the not-found page"
        );
    }
}

#[tokio::test]
async fn bad_query_parameters_are_answered_cleanly() {
    let product = some_product_path().await;
    let (_, _, home) = get("/").await;
    let class_at = home.find("href=\"/class/").expect("class link") + 6;
    let class = &home[class_at..class_at + home[class_at..].find('"').expect("end")];
    let cases = [
        format!("{class}?page=abc"),
        format!("{class}?page=-5"),
        format!("{class}?page=999999999999999999999999"),
        format!("{class}?page=99999"),
        format!("{product}?x=%ff%00"),
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E".to_string(),
        "/search?q=%3C/title%3E%3Cscript%3Ealert(1)%3C/script%3E".to_string(),
        "/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E".to_string(),
        "/search?q=%25%25_%5C".to_string(),
        "/search?q=".to_string(),
        format!("/search?q={}", "衬衫".repeat(400)),
        "/product/%00%ff".to_string(),
    ];
    for path in &cases {
        let (status, _, body) = get(path).await;
        assert!(
            status == StatusCode::OK || status == StatusCode::NOT_FOUND,
            "{path} answered {status}"
        );
        assert!(
            !body.contains("<script>alert(1)"),
            "{path} reflected markup unescaped"
        );
    }
}

#[tokio::test]
async fn live_stock_server_function_answers_and_rejects_bad_input() {
    let url = format!("{}{}", shop().base, GetStock::PATH);
    let post = |body: &'static str| {
        client()
            .post(&url)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let ok = post("sku_id=1").await.expect("request");
    assert_eq!(ok.status(), StatusCode::OK);
    let stock: serde_json::Value =
        serde_json::from_str(&ok.text().await.expect("body")).expect("json");
    assert_eq!(stock["sku_id"], 1);
    assert!(stock["available"].as_i64().is_some_and(|n| n >= 0));
    assert_eq!(
        post("sku_id=987654321").await.expect("request").status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        post("sku_id=abc").await.expect("request").status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        post("").await.expect("request").status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn health_and_readiness() {
    assert_eq!(get("/healthz").await.0, StatusCode::OK);
    let (status, _, body) = get("/readyz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ready"));
}

#[tokio::test]
async fn pages_are_compressed_and_hashed_assets_cached_for_a_year() {
    let response = client()
        .get(format!("{}/", shop().base))
        .header(ACCEPT_ENCODING, "br")
        .send()
        .await
        .expect("request");
    assert_eq!(
        response
            .headers()
            .get("content-encoding")
            .map(|v| v.as_bytes()),
        Some(&b"br"[..])
    );
    let (_, _, home) = get("/").await;
    for asset in [
        "emporium.0123456789abcdef.css",
        "emporium.0123456789abcdef.js",
        "emporium.0123456789abcdef.wasm",
    ] {
        assert!(
            home.contains(&format!("/pkg/{asset}")),
            "the page links the hashed {asset}"
        );
    }
    let (status, headers, _) = get("/pkg/emporium.0123456789abcdef.css").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers.get("cache-control").map(|v| v.as_bytes()),
        Some(&b"public, max-age=31536000, immutable"[..])
    );
    // Public files are served from the site folder.
    let (favicon, _, _) = get("/favicon.ico").await;
    assert_eq!(favicon, StatusCode::OK);
}

#[tokio::test]
async fn product_images_are_served_from_the_data_folder() {
    let path = some_product_path().await;
    let (_, _, body) = get(&path).await;
    let start = body.find("src=\"/media/").expect("a media image") + 5;
    let src = &body[start..start + body[start..].find('"').expect("end")];
    let (status, headers, _) = get(src).await;
    assert_eq!(status, StatusCode::OK, "{src}");
    assert!(headers
        .get("content-type")
        .expect("type")
        .to_str()
        .expect("ascii")
        .starts_with("image/"));
}
