//! Requests that change something: where they came from (the peer address, for rate limits)
//! and whether a browser sent them from another site (refused: cross-site request forgery).

use app::account::session::ClientAddress;
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

pub async fn guard(mut request: Request, next: Next) -> Response {
    if changes_something(request.method()) && from_another_site(&request) {
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string());
    if let Some(peer) = peer {
        request.extensions_mut().insert(ClientAddress(peer));
    }
    next.run(request).await
}

fn changes_something(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Browsers say where a request comes from: `Sec-Fetch-Site` (all current ones), else
/// `Origin`, which must name the host the request was sent to. Requests with neither do not
/// come from a browser page, so they cannot carry a visitor's cookies against their will.
fn from_another_site(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    origin == "null" || origin_host != host
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri("/api/account/login");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).expect("request")
    }

    #[test]
    fn only_same_site_browser_requests_pass() {
        let host = ("host", "shop.example");
        assert!(!from_another_site(&post(&[
            host,
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(from_another_site(&post(&[
            host,
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(from_another_site(&post(&[
            host,
            ("sec-fetch-site", "same-site")
        ])));
        assert!(!from_another_site(&post(&[
            host,
            ("origin", "https://shop.example")
        ])));
        assert!(from_another_site(&post(&[
            host,
            ("origin", "https://evil.example")
        ])));
        assert!(from_another_site(&post(&[host, ("origin", "null")])));
        assert!(
            !from_another_site(&post(&[host])),
            "no browser, no cookies at risk"
        );
        assert!(!changes_something(&Method::GET));
    }
}
