//! A shop configured for Stripe over HTTP, against the stand-in for Stripe's API (the test
//! double of `domain/tests/stripe/double.rs`; this build machine has no network): checkout
//! and the order page name the card method without any sandbox wording, placing a card order
//! sends the browser to Stripe's Checkout page (which the CSP lets a form lead to), the
//! webhook endpoint takes Stripe's `Stripe-Signature` and marks the order paid, and the
//! sandbox's page does not exist. The configuration's rules come first.

mod common;
#[path = "../../domain/tests/stripe/double.rs"]
mod double;

use common::{client, TestShop};
use double::{StripeDouble, SECRET_KEY};
use reqwest::header::{HeaderMap, CONTENT_SECURITY_POLICY, COOKIE, LOCATION, REFERER, SET_COOKIE};
use reqwest::StatusCode;
use server::config::{CardGateway, Secret};
use std::collections::HashMap;
use std::sync::OnceLock;

const WEBHOOK_SECRET: &str = "whsec_http_stripe";

/// The double, on its own thread and runtime for the whole test binary.
fn stripe() -> &'static StripeDouble {
    static STRIPE: OnceLock<StripeDouble> = OnceLock::new();
    STRIPE.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                tx.send(StripeDouble::start().await).expect("send");
                std::future::pending::<()>().await
            });
        });
        rx.recv().expect("the double started")
    })
}

fn shop() -> &'static TestShop {
    static SHOP: OnceLock<TestShop> = OnceLock::new();
    SHOP.get_or_init(|| {
        common::start_shop(CardGateway::Stripe {
            secret_key: Secret::new(SECRET_KEY),
            webhook_secret: Secret::new(WEBHOOK_SECRET),
            api_base: Some(stripe().base.clone()),
        })
    })
}

async fn get(path: &str, cookie: &str) -> (StatusCode, HeaderMap, String) {
    let response = client()
        .get(format!("{}{path}", shop().base))
        .header(COOKIE, cookie)
        .send()
        .await
        .expect("request");
    let (status, headers) = (response.status(), response.headers().clone());
    (status, headers, response.text().await.expect("body"))
}

/// A form post without script, as a browser sends it from the checkout page.
async fn post(path: &str, form: &[(&str, &str)], cookie: &str) -> (StatusCode, HeaderMap, String) {
    let response = client()
        .post(format!("{}{path}", shop().base))
        .form(form)
        .header(REFERER, format!("{}/checkout", shop().base))
        .header(reqwest::header::ACCEPT, "text/html")
        .header(COOKIE, cookie)
        .send()
        .await
        .expect("request");
    let (status, headers) = (response.status(), response.headers().clone());
    (status, headers, response.text().await.expect("body"))
}

/// A guest with one piece of some product in the cart: the cart cookie.
async fn guest_with_cart() -> String {
    let (_, _, home) = get("/", "").await;
    let at = home.find("href=\"/product/").expect("a product link") + 6;
    let product = &home[at..at + home[at..].find('"').expect("end")];
    let (_, _, page) = get(product, "").await;
    let at = page.find("data-sku=\"").expect("a variant") + 10;
    let sku = &page[at..at + page[at..].find('"').expect("end")];
    let (status, headers, body) =
        post("/api/cart/add", &[("sku", sku), ("quantity", "1")], "").await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{status} {body}"
    );
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("emporium_cart="))
        .and_then(|c| c.split(';').next())
        .expect("cart cookie")
        .to_string()
}

#[test]
fn the_card_gateway_is_the_sandbox_unless_stripe_is_configured_in_full() {
    let read = |pairs: &[(&str, &str)]| {
        let vars: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        CardGateway::from_vars(|name| vars.get(name).cloned())
    };
    assert_eq!(
        read(&[]),
        Ok(CardGateway::Sandbox {
            webhook_secret: None
        })
    );
    assert_eq!(
        read(&[("EMPORIUM_WEBHOOK_SECRET", "s1")]),
        Ok(CardGateway::Sandbox {
            webhook_secret: Some(Secret::new("s1"))
        })
    );
    let key = ("EMPORIUM_STRIPE_SECRET_KEY", "sk_live_do_not_print");
    let hook = ("EMPORIUM_STRIPE_WEBHOOK_SECRET", "whsec_do_not_print");
    let stripe = ("EMPORIUM_CARD_GATEWAY", "stripe");
    let missing_key = read(&[stripe, hook]).expect_err("no key");
    assert!(
        missing_key.contains("EMPORIUM_STRIPE_SECRET_KEY"),
        "{missing_key}"
    );
    let missing_hook = read(&[stripe, key]).expect_err("no webhook secret");
    assert!(
        missing_hook.contains("EMPORIUM_STRIPE_WEBHOOK_SECRET"),
        "{missing_hook}"
    );
    assert!(!missing_hook.contains("sk_live_do_not_print"));
    let unknown = read(&[("EMPORIUM_CARD_GATEWAY", "paypal"), key]).expect_err("unknown");
    assert!(unknown.contains("EMPORIUM_CARD_GATEWAY"), "{unknown}");

    let full = read(&[
        stripe,
        key,
        hook,
        ("EMPORIUM_STRIPE_API_BASE", "http://127.0.0.1:1"),
    ])
    .expect("configured");
    assert_eq!(
        full,
        CardGateway::Stripe {
            secret_key: Secret::new("sk_live_do_not_print"),
            webhook_secret: Secret::new("whsec_do_not_print"),
            api_base: Some("http://127.0.0.1:1".into()),
        }
    );
    let debug = format!("{full:?}");
    assert!(
        !debug.contains("do_not_print"),
        "secrets stay out of Debug: {debug}"
    );
}

#[tokio::test]
async fn a_card_order_goes_to_stripe_checkout_and_stripes_webhook_pays_it() {
    let cart = guest_with_cart().await;
    for (cookie, card) in [
        (cart.clone(), "银行卡"),
        (format!("{cart}; lang=en"), "Card"),
    ] {
        let (status, _, page) = get("/checkout", &cookie).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains("value=\"card\""),
            "the card method is offered"
        );
        assert!(page.contains(card) && page.contains("Stripe"), "{card}");
        for word in [
            "沙箱",
            "测试替身",
            "Sandbox",
            "sandbox gateway",
            "sandbox test",
        ] {
            let at = page
                .find(word)
                .map(|i| &page[i.saturating_sub(200)..i + 100]);
            assert!(at.is_none(), "no sandbox wording with Stripe: {at:?}");
        }
    }

    let form = [
        ("key", "http-stripe-key-00000001"),
        ("email", "stripe.buyer@example.com"),
        ("recipient", "李四"),
        ("phone", "13912345678"),
        ("country", "CN"),
        ("region", "浙江省"),
        ("city", "杭州市"),
        ("district", "西湖区"),
        ("street", "文三路 100 号"),
        ("postcode", "310000"),
        ("delivery_time", "any"),
        ("invoice_kind", "none"),
        ("payment_method", "card"),
    ];
    let (status, headers, body) = post("/api/checkout/place", &form, &cart).await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    let to = headers
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("location");
    let session = to
        .strip_prefix("https://checkout.stripe.com/c/pay/")
        .expect("sent to Stripe's Checkout page")
        .to_string();
    let csp = headers
        .get(CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .expect("CSP");
    assert!(
        csp.contains("form-action 'self' https://checkout.stripe.com;"),
        "{csp}"
    );

    let created = stripe()
        .seen()
        .into_iter()
        .find(|s| s.path == "/v1/checkout/sessions")
        .expect("a session was made");
    let number = created
        .field("client_reference_id")
        .expect("the order")
        .to_string();
    let back = format!("https://shop.example/orders/{number}");
    assert_eq!(created.field("success_url"), Some(back.as_str()));

    // Stripe posts checkout.session.completed, signed in Stripe-Signature.
    stripe().pay(&session);
    let event = serde_json::json!({
        "id": "evt_http_1", "object": "event", "type": "checkout.session.completed",
        "data": { "object": stripe().session(&session) }
    })
    .to_string();
    let now = domain::time::now();
    let deliver = |signature: String| {
        let event = event.clone();
        async move {
            client()
                .post(format!("{}/payments/webhook", shop().base))
                .header("Stripe-Signature", signature)
                .header("Content-Type", "application/json")
                .body(event)
                .send()
                .await
                .expect("delivered")
                .status()
        }
    };
    let forged = domain::payments::signature::sign("whsec_not_ours", now, event.as_bytes());
    assert_eq!(deliver(forged).await, StatusCode::BAD_REQUEST);
    let signed = domain::payments::signature::sign(WEBHOOK_SECRET, now, event.as_bytes());
    assert_eq!(deliver(signed.clone()).await, StatusCode::OK);
    assert_eq!(
        deliver(signed).await,
        StatusCode::OK,
        "a redelivery is answered as done"
    );

    let (status, _, page) = get(&format!("/orders/{number}"), &cart).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("data-status=\"paid\""),
        "the webhook marked it paid"
    );
    assert!(
        page.contains("银行卡") && !page.contains("沙箱"),
        "the card, not a sandbox"
    );

    // With Stripe, the sandbox's page does not exist.
    let (status, _, _) = get(&format!("/sandbox-gateway/{session}"), "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
