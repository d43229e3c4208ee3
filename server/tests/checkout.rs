//! Checkout and orders over HTTP: a guest pays on delivery and finds the order again by number
//! and contact; nobody else sees it (another browser, a guessed number, a wrong contact); every
//! checkout field refuses hostile input by name without losing the cart; a retried submit
//! lands on the same order; a card order is paid through the sandbox gateway's signed webhook;
//! a forged webhook is refused; lookups are rate-limited.

mod common;

use common::{client, get_with_cookie, shop, some_product_path};
use reqwest::header::{HeaderMap, LOCATION, SET_COOKIE};
use reqwest::StatusCode;

async fn send(
    path: &str,
    form: &[(&str, &str)],
    cookie: &str,
    plain: bool,
) -> (StatusCode, HeaderMap, String) {
    common::post_from(path, form, cookie, "/checkout", plain).await
}

/// A guest with one piece of the first variant of some product in the cart: the cart cookie.
async fn guest_with_cart() -> String {
    let product = some_product_path().await;
    let (_, _, page) = get_with_cookie(&product, "").await;
    let at = page.find("data-sku=\"").expect("a variant") + 10;
    let sku = page[at..at + page[at..].find('"').expect("end")].to_string();
    let (status, headers, body) = send(
        "/api/cart/add",
        &[("sku", &sku), ("quantity", "1")],
        "",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("emporium_cart="))
        .and_then(|c| c.split(';').next())
        .expect("cart cookie")
        .to_string()
}

fn form<'a>(key: &'a str, method: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("key", key),
        ("email", "guest.buyer@example.com"),
        ("recipient", "李四"),
        ("phone", "13912345678"),
        ("country", "CN"),
        ("region", "浙江省"),
        ("city", "杭州市"),
        ("district", "西湖区"),
        ("street", "文三路 100 号"),
        ("postcode", "310000"),
        ("delivery_time", "weekends"),
        ("invoice_kind", "none"),
        ("gift_message", "生日快乐"),
        ("note", "请放门卫"),
        ("payment_method", method),
    ]
}

/// Places the order as a browser without script; where it leads.
async fn place(cart: &str, form: &[(&str, &str)]) -> String {
    let (status, headers, body) = send("/api/checkout/place", form, cart, true).await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    headers
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("location")
        .to_string()
}

#[tokio::test]
async fn a_guest_pays_on_delivery_and_only_they_see_the_order() {
    let cart = guest_with_cart().await;
    let key = "http-cod-key-000000000001";
    let to = place(&cart, &form(key, "cod")).await;
    let number = to
        .strip_prefix("/orders/")
        .expect("the order's page")
        .to_string();
    assert_eq!(number.len(), 18);
    assert_eq!(
        place(&cart, &form(key, "cod")).await,
        to,
        "a retried submit, the same order"
    );

    let (status, _, page) = get_with_cookie(&to, &cart).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&number) && page.contains("文三路 100 号") && page.contains("请放门卫"));
    assert!(
        page.contains("data-status=\"cod_confirmed\""),
        "cash on delivery is confirmed"
    );

    // Another browser, another guest, a guessed number: nothing, and the same for all.
    for cookie in [
        "",
        "emporium_cart=0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        let (status, _, page) = get_with_cookie(&to, cookie).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(!page.contains("文三路"), "no detail leaks");
    }
    let last = if number.ends_with('0') { "1" } else { "0" };
    let guessed = format!("/orders/{}{last}", &number[..17]);
    let (status, _, _) = get_with_cookie(&guessed, &cart).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The inquiry: the number with the e-mail or phone, never with anything else.
    let lookup = |n: String, c: &'static str| async move {
        let (status, _, body) = send(
            "/api/orders/lookup",
            &[("number", n.as_str()), ("contact", c), ("locale", "En")],
            "",
            false,
        )
        .await;
        (status, body)
    };
    let (status, found) = lookup(number.clone(), "GUEST.BUYER@example.com").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        found.contains(&number) && found.contains("cod_confirmed"),
        "{found}"
    );
    let (_, by_phone) = lookup(number.clone(), "139 1234 5678").await;
    assert!(by_phone.contains(&number));
    let (wrong_status, wrong) = lookup(number.clone(), "someone@example.com").await;
    let (unknown_status, unknown) =
        lookup("261203999999999999".into(), "guest.buyer@example.com").await;
    assert_eq!((wrong_status, wrong.as_str()), (StatusCode::OK, "null"));
    assert_eq!(
        (unknown_status, unknown.as_str()),
        (wrong_status, wrong.as_str()),
        "no enumeration"
    );

    // Lookups are limited per address: 20 in 15 minutes.
    let mut limited = false;
    for _ in 0..20 {
        let (status, _) = lookup(number.clone(), "x@example.com").await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            break;
        }
    }
    assert!(limited, "the 21st lookup is refused");
}

#[tokio::test]
async fn hostile_input_in_any_checkout_field_is_refused_by_name_and_loses_nothing() {
    let cart = guest_with_cart().await;
    let cases: &[(&str, &str)] = &[
        ("email", "not-an-address"),
        ("recipient", ""),
        ("recipient", "\u{202e}evil"),
        ("phone", "<script>alert(1)</script>"),
        ("region", &"长".repeat(41)),
        ("city", ""),
        ("district", "\u{0000}"),
        ("street", "x"),
        ("postcode", "ABCDEF"),
        ("country", "ZZ"),
        ("delivery_time", "midnight"),
        ("invoice_kind", "<b>"),
        ("gift_message", &"好".repeat(201)),
        ("note", "bell\u{0007}"),
        ("payment_method", "bitcoin"),
    ];
    for (i, (field, value)) in cases.iter().enumerate() {
        let key = format!("http-hostile-key-{i:08}");
        let mut f = form(&key, "cod");
        f.retain(|(name, _)| name != field);
        f.push((field, value));
        let (status, _, body) = send("/api/checkout/place", &f, &cart, false).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{field}={value:?}: {body}");
        assert!(
            body.contains(&format!("\"field\":\"{field}\"")),
            "{field}: {body}"
        );
    }
    // A company invoice needs a valid taxpayer number.
    let mut f = form("http-hostile-key-tax00001", "cod");
    f.retain(|(name, _)| *name != "invoice_kind");
    f.extend([
        ("invoice_kind", "company"),
        ("invoice_title", "某公司"),
        ("invoice_tax_number", "123"),
    ]);
    let (status, _, body) = send("/api/checkout/place", &f, &cart, false).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("invoice_tax_number"), "{body}");
    // A malformed key is refused too.
    let (status, _, _) = send("/api/checkout/place", &form("short", "cod"), &cart, false).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Nothing was lost: the cart still holds its piece, and no order was made.
    let (_, _, page) = get_with_cookie("/cart", &cart).await;
    assert!(page.contains("content=\"0::1\""), "the cart is intact");
    let (status, _, _) = send(
        "/api/checkout/place",
        &form("http-hostile-key-final001", "cod"),
        &cart,
        true,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::FOUND,
        "the corrected form places the order"
    );
}

#[tokio::test]
async fn a_card_order_is_paid_by_the_sandbox_gateways_signed_webhook() {
    let cart = guest_with_cart().await;
    let (_, _, page) = get_with_cookie("/checkout", &cart).await;
    assert!(
        page.contains("银行卡（沙箱测试网关）"),
        "checkout says the card method is the sandbox"
    );
    let to = place(&cart, &form("http-card-key-000000001", "card")).await;
    let intent = to
        .strip_prefix("/sandbox-gateway/")
        .expect("the sandbox page")
        .to_string();
    let (status, _, page) = get_with_cookie(&to, &cart).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("沙箱") || page.contains("Sandbox"),
        "the page says it is a sandbox"
    );

    let (status, headers, body) = send(
        "/api/sandbox-gateway/decide",
        &[("id", &intent), ("decision", "approve")],
        &cart,
        true,
    )
    .await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    let back = headers
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("back")
        .to_string();
    assert!(back.starts_with("/orders/"), "{back}");
    let (_, _, page) = get_with_cookie(&back, &cart).await;
    assert!(
        page.contains("data-status=\"paid\""),
        "the webhook marked it paid"
    );
    // The intent is closed: deciding again changes nothing.
    let (status, _, _) = send(
        "/api/sandbox-gateway/decide",
        &[("id", &intent), ("decision", "decline")],
        &cart,
        false,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // A webhook without a valid signature is refused.
    let body = format!(
        "{{\"id\":\"evt_forged\",\"type\":\"payment_intent.succeeded\",\"data\":{{\"object\":{{\"id\":\"{intent}\",\"amount\":1}}}}}}"
    );
    for signature in ["", "t=1,v1=00", "t=99999999999,v1=abcd"] {
        let response = client()
            .post(format!("{}/payments/webhook", shop().base))
            .header("emporium-signature", signature)
            .body(body.clone())
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }
}
