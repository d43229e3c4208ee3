//! The HTTP application: Leptos routes and server functions, static files, health checks,
//! the language switch, and the middleware around them.

mod guard;
mod health;
mod lang;
mod newsletter;
mod payments;
mod reviews;
mod security;
mod seo;
mod server_fn_status;
mod shopper;

use crate::config::Config;
use app::{shell, App};
use axum::body::Body;
use axum::routing::get;
use axum::Router;
use domain::payments::gateway::Gateway;
use domain::Db;
use http::{HeaderValue, Request};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Builds the whole application for a database and configuration.
pub fn router(config: &Config, db: Db, gateway: Gateway) -> Router {
    let options = config.leptos_options();
    let routes = generate_route_list(App);
    let context = {
        let db = db.clone();
        let public_url = app::PublicUrl(config.public_url.clone());
        let gateway = gateway.clone();
        move || {
            provide_context(db.clone());
            provide_context(public_url.clone());
            provide_context(gateway.clone());
        }
    };

    let asset_cache = if config.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let pkg = Router::new()
        .fallback_service(
            ServeDir::new(config.site_root.join("pkg"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(SetResponseHeaderLayer::overriding(
            http::header::CACHE_CONTROL,
            HeaderValue::from_static(asset_cache),
        ));
    let media = Router::new()
        .fallback_service(ServeDir::new(config.media_dir()))
        .layer(SetResponseHeaderLayer::overriding(
            http::header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        ));

    let seo = Router::new()
        .route("/robots.txt", get(seo::robots))
        .route("/sitemap.xml", get(seo::index))
        .route("/sitemaps/pages", get(seo::pages))
        .route("/sitemaps/products/{part}", get(seo::products))
        .with_state(seo::Seo {
            db: db.clone(),
            public_url: config.public_url.clone(),
        });
    let webhook = Router::new()
        .route("/payments/webhook", axum::routing::post(payments::webhook))
        .with_state(payments::Webhook {
            db: db.clone(),
            gateway: gateway.clone(),
        });
    let review_form = Router::new()
        .route("/reviews/{product}", axum::routing::post(reviews::post))
        .layer(reviews::body_limit())
        .with_state(reviews::Reviews {
            db: db.clone(),
            media_dir: config.media_dir(),
        });
    let site = Router::new()
        .merge(seo)
        .merge(webhook)
        .merge(review_form)
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/lang/{tag}", get(lang::switch))
        .route(
            "/newsletter/one-click",
            get(newsletter::page).post(newsletter::one_click),
        )
        .with_state(db.clone())
        .nest("/pkg", pkg)
        .nest("/media", media)
        .leptos_routes_with_context(&options, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(
            context, shell,
        ))
        .with_state(options);

    site.layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
            .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<Body>| {
                let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
                tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path())
            }))
            .layer(PropagateRequestIdLayer::x_request_id())
            .layer(CompressionLayer::new().br(true).gzip(true))
            .layer(axum::middleware::from_fn_with_state(
                gateway.hosted_origin(),
                security::headers,
            ))
            .layer(axum::middleware::from_fn(guard::guard))
            .layer(axum::middleware::from_fn_with_state(db, shopper::load))
            .layer(axum::middleware::from_fn(server_fn_status::map_errors)),
    )
}
