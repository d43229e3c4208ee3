//! Configuration from the environment, with defaults that run out of the box.

mod card;

pub use card::{CardGateway, Secret};
use leptos::config::LeptosOptions;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Everything the server needs to start. Secrets are never logged (their `Debug` is redacted).
#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    pub data_dir: PathBuf,
    /// Where the built site is: `pkg/` (wasm, JS, CSS) and the public files.
    pub site_root: PathBuf,
    /// Whether asset names carry content hashes (then they are cached for a year).
    pub hash_files: bool,
    /// The shop's address as shoppers reach it (canonical links, sitemaps, shared links).
    pub public_url: String,
    /// The SMTP server mail goes out through (`EMPORIUM_SMTP_URL`); without one, mail is
    /// written as `.eml` files under `data_dir/mail`.
    pub smtp_url: Option<String>,
    /// The sender of the shop's mail (`EMPORIUM_MAIL_FROM`).
    pub mail_from: String,
    /// The card gateway and its secrets (`EMPORIUM_CARD_GATEWAY` and the variables it needs).
    pub card_gateway: CardGateway,
}

impl Config {
    /// Reads `EMPORIUM_ADDR`, `DATABASE_URL`, `EMPORIUM_DATA_DIR`, `EMPORIUM_SITE_DIR`,
    /// `EMPORIUM_PUBLIC_URL`, the mail settings and the card gateway's
    /// (cargo-leptos's `LEPTOS_*` variables are honoured when present).
    pub fn from_env() -> Result<Config, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let addr_text = var("EMPORIUM_ADDR")
            .or_else(|| var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr = addr_text
            .parse()
            .map_err(|_| format!("EMPORIUM_ADDR is not an address: {addr_text:?}"))?;
        let data_dir = PathBuf::from(var("EMPORIUM_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = var("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}/emporium.db", data_dir.display()));
        let exe_dir = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf));
        let site_root = var("EMPORIUM_SITE_DIR")
            .or_else(|| var("LEPTOS_SITE_ROOT"))
            .map(PathBuf::from)
            .unwrap_or_else(|| find_site_root(exe_dir.as_deref()));
        let hash_files = match var("LEPTOS_HASH_FILES") {
            Some(v) => v == "true",
            None => exe_dir.is_some_and(|d| d.join("hash.txt").is_file()),
        };
        let public_url = var("EMPORIUM_PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{addr}"))
            .trim_end_matches('/')
            .to_string();
        Ok(Config {
            smtp_url: var("EMPORIUM_SMTP_URL"),
            card_gateway: CardGateway::from_vars(var)?,
            mail_from: var("EMPORIUM_MAIL_FROM")
                .unwrap_or_else(|| "Emporium <no-reply@emporium.example>".into()),
            public_url,
            addr,
            database_url,
            data_dir,
            site_root,
            hash_files,
        })
    }

    /// The options Leptos renders with (asset names, site folder).
    pub fn leptos_options(&self) -> LeptosOptions {
        LeptosOptions::builder()
            .output_name("emporium")
            .site_root(self.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .site_addr(self.addr)
            .hash_files(self.hash_files)
            .build()
    }

    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }

    /// Where mail goes as `.eml` files when no SMTP server is set.
    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }
}

/// The built site next to the binary (`target/release/emporium` → `target/site`), else `./target/site`.
fn find_site_root(exe_dir: Option<&Path>) -> PathBuf {
    exe_dir
        .and_then(Path::parent)
        .map(|target| target.join("site"))
        .filter(|site| site.join("pkg").is_dir())
        .unwrap_or_else(|| PathBuf::from("target/site"))
}
