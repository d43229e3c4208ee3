//! The Emporium server: builds the axum application around the Leptos app and runs it.

// Leptos view types of the app nest deeply when rendered on the server.
#![recursion_limit = "256"]

pub mod cli;
pub mod commands;
pub mod config;
pub mod http;
pub mod jobs;
pub mod payments;
pub mod telemetry;

use axum::serve::ListenerExt;
use config::Config;
use tokio::net::TcpListener;

/// Connects, migrates, prepares the first start, and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> commands::CommandResult {
    let db = commands::connect(&config).await?;
    commands::first_start(&db, &config).await?;
    let courier = domain::notifications::Courier::new(
        config.smtp_url.as_deref(),
        config.mail_dir(),
        &config.mail_from,
    )?;
    tokio::spawn(domain::notifications::worker::run(db.clone(), courier));
    let listener = TcpListener::bind(config.addr).await?;
    let gateway = payments::card_gateway(&config, &db, listener.local_addr()?).await?;
    tokio::spawn(jobs::payments_upkeep(db.clone(), gateway.clone()));
    let app = http::router(&config, db.clone(), gateway);
    // Pages stream in several writes; without TCP_NODELAY a write can wait for the client's
    // delayed acknowledgement (about 40 ms).
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
    });
    tracing::info!(site = %config.site_root.display(), "Emporium is serving http://{}", config.addr);
    println!("Emporium is open at http://{}", config.addr);
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    if let Err(e) = domain::search::log::write_waiting(&db).await {
        tracing::warn!(error = %e, "searches of the last moments were not logged");
    }
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves when the process is asked to stop; in-flight requests are then allowed to finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

/// The application router, for the HTTP tests.
pub use http::router;
