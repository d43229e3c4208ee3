//! A stand-in for Stripe's API: a **test double**, not Stripe. A small axum server on a
//! loopback port that records every request and answers the three calls the adapter makes
//! the way Stripe's API reference documents them: creating and reading Checkout Sessions and
//! creating refunds, with Bearer authentication, idempotent replays of POSTs with an
//! `Idempotency-Key`, and Stripe's `{"error": {...}}` bodies. The test moves a session on
//! (paid, expired) as a shopper on Stripe's page would.

// Not every test binary that includes the double uses every helper.
#![allow(dead_code)]

use axum::extract::{Form, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::Json;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

/// The secret key the double accepts.
pub const SECRET_KEY: &str = "sk_test_emporium_double";

/// One request as the double received it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: Method,
    pub path: String,
    pub authorization: Option<String>,
    pub idempotency_key: Option<String>,
    pub form: Vec<(String, String)>,
}

impl Seen {
    /// The value of form field `name`.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Book {
    seen: Vec<Seen>,
    sessions: BTreeMap<String, Value>,
    replays: HashMap<String, (StatusCode, Value)>,
    fail_next: Option<(StatusCode, Value)>,
    counter: u32,
}

type Shared = Arc<Mutex<Book>>;

/// The running double.
pub struct StripeDouble {
    pub base: String,
    book: Shared,
}

impl StripeDouble {
    pub async fn start() -> StripeDouble {
        let book = Shared::default();
        let app = axum::Router::new().fallback(api).with_state(book.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the double");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve the double") });
        StripeDouble { base, book }
    }

    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        self.book.lock().expect("book")
    }

    /// Every request so far, oldest first.
    pub fn seen(&self) -> Vec<Seen> {
        self.book().seen.clone()
    }

    /// The next request (whatever it is) is answered with `status` and `body`.
    pub fn fail_next(&self, status: u16, body: Value) {
        self.book().fail_next = Some((StatusCode::from_u16(status).expect("status"), body));
    }

    /// Session `id` as Stripe would send it in an event.
    pub fn session(&self, id: &str) -> Value {
        self.book().sessions.get(id).expect("a session").clone()
    }

    /// The shopper paid on Stripe's page: the session completes with a payment intent.
    pub fn pay(&self, id: &str) {
        let mut book = self.book();
        book.counter += 1;
        let pi = format!("pi_test_{:04}", book.counter);
        let s = book.sessions.get_mut(id).expect("a session");
        s["status"] = json!("complete");
        s["payment_status"] = json!("paid");
        s["payment_intent"] = json!(pi);
        s["url"] = Value::Null;
    }

    /// The session lapsed unpaid.
    pub fn expire(&self, id: &str) {
        let mut book = self.book();
        let s = book.sessions.get_mut(id).expect("a session");
        s["status"] = json!("expired");
        s["url"] = Value::Null;
    }
}

/// The Stripe gateway pointed at a double at `api_base`, signing webhooks with
/// `webhook_secret`.
pub fn gateway(api_base: &str, webhook_secret: &str) -> domain::payments::gateway::Gateway {
    let stripe = domain::payments::stripe::Stripe::new(
        SECRET_KEY,
        webhook_secret,
        Some(api_base),
        "https://shop.example/",
    )
    .expect("gateway");
    domain::payments::gateway::Gateway::Stripe(stripe)
}

/// A Stripe event around `object`, as Stripe posts it to the webhook.
pub fn event(id: &str, kind: &str, object: Value) -> Vec<u8> {
    json!({
        "id": id, "object": "event", "type": kind, "api_version": "2024-06-20",
        "created": domain::time::now(), "data": { "object": object }
    })
    .to_string()
    .into_bytes()
}

/// Stripe's error body.
pub fn error(kind: &str, code: Option<&str>, message: &str) -> Value {
    json!({ "error": { "type": kind, "code": code, "message": message } })
}

async fn api(
    State(book): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> (StatusCode, Json<Value>) {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let seen = Seen {
        method: method.clone(),
        path: uri.path().to_string(),
        authorization: header("authorization"),
        idempotency_key: header("idempotency-key"),
        form,
    };
    let mut book = book.lock().expect("book");
    book.seen.push(seen.clone());
    if seen.authorization.as_deref() != Some(&format!("Bearer {SECRET_KEY}")) {
        let body = error(
            "invalid_request_error",
            None,
            "Invalid API Key provided: sk_test_****",
        );
        return (StatusCode::UNAUTHORIZED, Json(body));
    }
    if let Some((status, body)) = book.fail_next.take() {
        return (status, Json(body));
    }
    let key = seen
        .idempotency_key
        .clone()
        .filter(|_| method == Method::POST);
    if let Some(reply) = key.as_ref().and_then(|k| book.replays.get(k)) {
        return (reply.0, Json(reply.1.clone()));
    }
    let reply = answer(&mut book, &seen);
    if let Some(key) = key {
        book.replays.insert(key, reply.clone());
    }
    (reply.0, Json(reply.1))
}

fn answer(book: &mut Book, seen: &Seen) -> (StatusCode, Value) {
    let missing = |what: &str| {
        let message = format!("No such {what}");
        (
            StatusCode::NOT_FOUND,
            error("invalid_request_error", Some("resource_missing"), &message),
        )
    };
    let path = seen.path.as_str();
    match (&seen.method, path) {
        (&Method::POST, "/v1/checkout/sessions") => {
            book.counter += 1;
            let id = format!("cs_test_{:04}", book.counter);
            let f = |name: &str| seen.field(name).unwrap_or_default().to_string();
            let amount: i64 = f("line_items[0][price_data][unit_amount]")
                .parse()
                .unwrap_or(0);
            let quantity: i64 = f("line_items[0][quantity]").parse().unwrap_or(0);
            let session = json!({
                "id": id, "object": "checkout.session", "mode": f("mode"),
                "status": "open", "payment_status": "unpaid", "payment_intent": null,
                "amount_total": amount * quantity,
                "currency": f("line_items[0][price_data][currency]"),
                "client_reference_id": f("client_reference_id"),
                "metadata": { "order": f("metadata[order]") },
                "success_url": f("success_url"), "cancel_url": f("cancel_url"),
                "url": format!("https://checkout.stripe.com/c/pay/{id}"),
            });
            book.sessions.insert(id, session.clone());
            (StatusCode::OK, session)
        }
        (&Method::GET, _) if path.starts_with("/v1/checkout/sessions/") => {
            let id = &path["/v1/checkout/sessions/".len()..];
            match book.sessions.get(id) {
                Some(session) => (StatusCode::OK, session.clone()),
                None => missing("checkout.session"),
            }
        }
        (&Method::POST, "/v1/refunds") => {
            let pi = seen.field("payment_intent").unwrap_or_default();
            let Some(session) = book.sessions.values().find(|s| s["payment_intent"] == pi) else {
                return missing("payment_intent");
            };
            let amount = session["amount_total"].clone();
            book.counter += 1;
            let refund = json!({
                "id": format!("re_test_{:04}", book.counter), "object": "refund",
                "amount": amount, "payment_intent": pi, "status": "succeeded",
            });
            (StatusCode::OK, refund)
        }
        _ => missing("route"),
    }
}
