//! `emporium`: serve the shop, migrate, seed, or create an administrator.

use server::cli::{self, Command};
use std::process::ExitCode;

/// mimalloc keeps page rendering's many short-lived allocations cheap across worker threads
/// (the system allocator spent a fifth of a busy server's time in malloc and free).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    server::telemetry::init();
    let command = match cli::parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("{message}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("configuration error: {message}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Help => {
            println!("{}", cli::USAGE);
            Ok(())
        }
        Command::Serve => server::serve(config).await,
        Command::StockCount { sku, units } => {
            server::commands::stock_count(&config, &sku, units).await
        }
        Command::Migrate => server::commands::migrate(&config).await,
        Command::Seed { products } => server::commands::seed(&config, products).await,
        Command::Reindex => server::commands::reindex(&config).await,
        Command::Explain { typed } => server::commands::explain(&config, &typed).await,
        Command::CreateAdmin { email, password } => {
            server::commands::create_admin(&config, &email, &password).await
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
