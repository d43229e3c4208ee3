//! Catalog pages over HTTP, as a browser without JavaScript and a crawler see them: listings
//! with filters, sorts and remembered choices, hostile parameters, comparison and recently
//! viewed cookies, structured data, sitemaps.

mod common;

use app::catalog::api::ToggleCompare;
use common::{client, get, get_with_cookie, set_cookies, shop, some_product_path};
use leptos::server_fn::ServerFn;
use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, LOCATION, REFERER};
use reqwest::StatusCode;

const SMALL_CLASS: &str = "/class/tailored-business-shirts";

/// Prices shown on product cards, in fen, in page order.
fn card_prices(body: &str) -> Vec<i64> {
    body.split("class=\"product-card\"")
        .skip(1)
        .filter_map(|card| {
            let at = card.find("class=\"price-now\">¥")? + "class=\"price-now\">¥".len();
            let text: String = card[at..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .collect();
            domain::Money::parse_major(&text).map(|m| m.0)
        })
        .collect()
}

fn cards(body: &str) -> usize {
    body.matches("class=\"product-card\"").count()
        + body.matches("class=\"product-card sold-out\"").count()
}

#[tokio::test]
async fn a_filtered_sorted_listing_is_rendered_on_the_server() {
    let (status, _, body) = get(&format!("{SMALL_CLASS}?colour=white&sort=price_asc")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("id=\"f-colour-white\""),
        "colour filter offered"
    );
    let checkbox = body
        .split("id=\"f-colour-white\"")
        .nth(1)
        .expect("checkbox")
        .split('>')
        .next()
        .expect("tag");
    assert!(
        checkbox.contains("checked"),
        "chosen colour is ticked: {checkbox}"
    );
    let prices = card_prices(&body);
    assert!(!prices.is_empty());
    assert!(
        prices.windows(2).all(|w| w[0] <= w[1]),
        "price ascending: {prices:?}"
    );
    assert!(
        body.contains("aria-current=\"true\" rel=\"nofollow\">价格从低到高")
            || body.contains("sort=price_asc\" aria-current=\"true\"")
    );
    assert!(
        body.contains("noindex, follow"),
        "filtered states are not indexed"
    );
    assert!(
        body.contains("class=\"ranking\""),
        "weekly top-10 of the class"
    );
}

#[tokio::test]
async fn hostile_listing_parameters_are_clamped_or_explained() {
    let cases = [
        ("page=-1", None),
        ("page=99999999999999999999999", None),
        ("per=10000", Some("每页数量只能是")),
        (
            "sort=%27%3B%20DROP%20TABLE%20products%3B--",
            Some("不认识的排序方式"),
        ),
        ("colour=white%27%20OR%201%3D1--", Some("部分筛选条件不存在")),
        (
            "brand=%3Cscript%3Ealert(1)%3C/script%3E",
            Some("部分筛选条件不存在"),
        ),
        ("min=abc&max=1e99", Some("价格请填写数字")),
        ("min=999999999999999999", Some("价格请填写数字")),
        ("view=%3Cb%3E", Some("不认识的显示方式")),
        ("min=500&max=100", None),
    ];
    for (query, notice) in cases {
        let path = format!("{SMALL_CLASS}?{query}");
        let (status, _, body) = get(&path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            !body.contains("<script>alert(1)"),
            "{path} reflected markup"
        );
        if let Some(notice) = notice {
            assert!(body.contains(notice), "{path} explains: {notice}");
        }
        assert!(
            cards(&body) > 0 || body.contains("没有符合条件的商品"),
            "{path} shows products or the empty state"
        );
    }
    // A range typed backwards is read the right way round.
    let (_, _, swapped) = get(&format!("{SMALL_CLASS}?min=900&max=100")).await;
    let (_, _, straight) = get(&format!("{SMALL_CLASS}?min=100&max=900")).await;
    assert_eq!(card_prices(&swapped), card_prices(&straight));
    assert!(card_prices(&straight)
        .iter()
        .all(|p| (10_000..=90_000).contains(p)));
}

#[tokio::test]
async fn page_size_and_view_are_remembered() {
    let (_, headers, body) = get("/series/ready-to-wear?per=40&view=list").await;
    let cookies = set_cookies(&headers);
    assert!(
        cookies.contains(&"per=40".to_string()) && cookies.contains(&"view=list".to_string()),
        "{cookies:?}"
    );
    assert_eq!(cards(&body), 40);
    let (_, _, again) = get_with_cookie("/series/ready-to-wear", &cookies.join("; ")).await;
    assert_eq!(cards(&again), 40, "remembered page size");
    assert!(
        again.contains("product-grid product-list"),
        "remembered list view"
    );
    let (_, _, fresh) = get("/series/ready-to-wear").await;
    assert_eq!(cards(&fresh), 20);
}

#[tokio::test]
async fn viewing_and_comparing_products_is_kept_in_cookies() {
    let product = some_product_path().await;
    let (_, headers, body) = get(&product).await;
    let viewed = set_cookies(&headers)
        .into_iter()
        .find(|c| c.starts_with("viewed="))
        .expect("viewed cookie");
    let id = body
        .split("data-product=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("product id")
        .to_string();
    assert_eq!(viewed, format!("viewed={id}"));
    let (_, _, listing) = get_with_cookie(SMALL_CLASS, &viewed).await;
    assert!(
        listing.contains("recently-viewed"),
        "recently viewed on listings"
    );

    // Without JavaScript the compare button posts a form and comes back.
    let url = format!("{}{}", shop().base, ToggleCompare::PATH);
    let post = |cookie: String, product: String| {
        client()
            .post(&url)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(ACCEPT, "text/html")
            .header(REFERER, format!("{}{SMALL_CLASS}", shop().base))
            .header(COOKIE, cookie)
            .body(format!("product={product}"))
            .send()
    };
    let added = post(String::new(), id.clone()).await.expect("compare");
    assert!(added.status().is_redirection(), "{}", added.status());
    assert!(added
        .headers()
        .get(LOCATION)
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| l.trim_end_matches('?').ends_with(SMALL_CLASS)));
    let compare = set_cookies(added.headers())
        .into_iter()
        .find(|c| c.starts_with("compare="))
        .expect("compare cookie");
    assert_eq!(compare, format!("compare={id}"));
    let (_, _, table) = get_with_cookie("/compare", &compare).await;
    assert!(table.contains("compare-table"), "the comparison table");
    let (_, _, empty) = get("/compare").await;
    assert!(empty.contains("对比清单是空的"));

    let full = "compare=1.2.3.4".to_string();
    let fifth = post(full.clone(), "5".into()).await.expect("fifth");
    assert!(
        !fifth.status().is_success()
            || set_cookies(fifth.headers())
                .iter()
                .all(|c| c != "compare=1.2.3.4.5")
    );
    let unknown = post(String::new(), "987654321".into())
        .await
        .expect("unknown");
    assert!(set_cookies(unknown.headers())
        .iter()
        .all(|c| !c.starts_with("compare=987654321")));
}

#[tokio::test]
async fn product_pages_carry_structured_data_and_open_graph() {
    let product = some_product_path().await;
    let (_, _, body) = get(&product).await;
    let json = body
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("JSON-LD");
    let data: serde_json::Value = serde_json::from_str(json).expect("valid JSON-LD");
    assert_eq!(data["@type"], "Product");
    assert_eq!(data["offers"]["priceCurrency"], "CNY");
    assert!(data["offers"]["availability"]
        .as_str()
        .is_some_and(|a| a.starts_with("https://schema.org/")));
    assert_eq!(data["url"], format!("https://shop.example{product}"));
    assert!(body.contains(&format!(
        "<link href=\"https://shop.example{product}\" rel=\"canonical\">"
    )));
    assert!(body.contains("property=\"og:title\""));
    assert!(body.contains("property=\"og:image\" content=\"https://shop.example/media/"));
    assert!(
        body.contains("role=\"tablist\""),
        "description, specifications and reviews tabs"
    );
}

#[tokio::test]
async fn brands_tags_directory_and_unknown_listings() {
    let (_, _, directory) = get("/directory").await;
    let at = directory.find("href=\"/brand/").expect("a brand link") + 6;
    let brand = &directory[at..at + directory[at..].find('"').expect("end")];
    assert_eq!(get(brand).await.0, StatusCode::OK);
    assert_eq!(get("/tag/new").await.0, StatusCode::OK);
    assert!(directory.contains("href=\"/class/tailored-business-shirts\""));
    for missing in [
        "/brand/no-such-brand",
        "/tag/no-such-tag",
        "/class/no-such-class",
        "/series/nope",
    ] {
        assert_eq!(get(missing).await.0, StatusCode::NOT_FOUND, "{missing}");
    }
    let (status, _, big) = get("/class/tailored-shirts").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        big.contains("class=\"class-group\""),
        "a big class shows its small classes' groups"
    );
    assert!(big.contains("/class/tailored-shirts?all=1"));
}

#[tokio::test]
async fn robots_and_sitemaps_list_the_shop() {
    let (_, _, robots) = get("/robots.txt").await;
    assert!(
        robots.contains("Sitemap: https://shop.example/sitemap.xml"),
        "{robots}"
    );
    assert!(robots.contains("Disallow: /api/"));
    let (status, headers, index) = get("/sitemap.xml").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[CONTENT_TYPE]
        .to_str()
        .expect("type")
        .starts_with("application/xml"));
    assert!(index.contains("<loc>https://shop.example/sitemaps/pages</loc>"));
    assert!(index.contains("<loc>https://shop.example/sitemaps/products/0</loc>"));
    let (_, _, pages) = get("/sitemaps/pages").await;
    assert!(pages.contains("https://shop.example/class/tailored-business-shirts</loc>"));
    assert!(pages.contains("https://shop.example/brand/"));
    let (_, _, products) = get("/sitemaps/products/0").await;
    assert!(products.matches("<url>").count() > 100);
    assert!(products.contains("<lastmod>20"));
    assert_eq!(get("/sitemaps/products/abc").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get("/sitemaps/products/99").await.0, StatusCode::NOT_FOUND);
}
