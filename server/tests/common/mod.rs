//! The test shop shared by the HTTP test binaries: a real Emporium server on a loopback port
//! with a seeded SQLite database, and helpers to ask it things.
#![allow(dead_code)] // not every test binary uses every helper

use reqwest::header::HeaderMap;
use reqwest::{redirect, Client, StatusCode};
use std::sync::OnceLock;

pub struct TestShop {
    pub base: String,
    /// The shop's database, for tests that set things up directly (staff of every role).
    pub database_url: String,
    _dir: tempfile::TempDir,
}

/// One server for the whole test binary, on its own thread and runtime, with the sandbox
/// card gateway.
pub fn shop() -> &'static TestShop {
    static SHOP: OnceLock<TestShop> = OnceLock::new();
    SHOP.get_or_init(|| {
        start_shop(server::config::CardGateway::Sandbox {
            webhook_secret: None,
        })
    })
}

/// A new server with `card_gateway`, on its own thread and runtime.
pub fn start_shop(card_gateway: server::config::CardGateway) -> TestShop {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site dir");
    std::fs::write(site.join("pkg/emporium.0123456789abcdef.css"), "body{}").expect("asset");
    std::fs::write(site.join("favicon.ico"), [0u8, 0, 1, 0]).expect("public file");
    // Hashed asset names come from hash.txt next to the running binary, as after a release build.
    let exe_dir = std::env::current_exe()
        .expect("exe")
        .parent()
        .expect("exe dir")
        .to_path_buf();
    std::fs::write(
        exe_dir.join("hash.txt"),
        "js: 0123456789abcdef\nwasm: 0123456789abcdef\ncss: 0123456789abcdef\n",
    )
    .expect("hash file");
    let database_url = format!("sqlite://{}/shop.db", dir.path().display());
    let config = server::config::Config {
        addr: "127.0.0.1:0".parse().expect("addr"),
        database_url: database_url.clone(),
        data_dir: dir.path().join("data"),
        site_root: site,
        hash_files: true,
        public_url: "https://shop.example".into(),
        smtp_url: None,
        mail_from: "Emporium <no-reply@emporium.example>".into(),
        card_gateway,
    };
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let db = server::commands::connect(&config).await.expect("database");
            server::commands::first_start(&db, &config)
                .await
                .expect("first start");
            let listener = tokio::net::TcpListener::bind(config.addr)
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("local addr");
            tx.send(format!("http://{addr}")).expect("send address");
            let gateway = server::payments::card_gateway(&config, &db, addr)
                .await
                .expect("gateway");
            let app = server::router(&config, db, gateway)
                .into_make_service_with_connect_info::<std::net::SocketAddr>();
            axum::serve(listener, app).await.expect("serve");
        });
    });
    let base = rx.recv().expect("server started");
    TestShop {
        base,
        database_url,
        _dir: dir,
    }
}

pub fn client() -> Client {
    Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .expect("client")
}

pub async fn get(path: &str) -> (StatusCode, HeaderMap, String) {
    let response = client()
        .get(format!("{}{path}", shop().base))
        .send()
        .await
        .expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.expect("body"))
}

/// The first product link on the home page.
pub async fn some_product_path() -> String {
    let (_, _, home) = get("/").await;
    let start = home
        .find("href=\"/product/")
        .expect("a product link on the home page")
        + 6;
    let end = start + home[start..].find('"').expect("end of link");
    home[start..end].to_string()
}

/// A GET with a `Cookie` header, as a browser that has been here before.
pub async fn get_with_cookie(path: &str, cookie: &str) -> (StatusCode, HeaderMap, String) {
    let response = client()
        .get(format!("{}{path}", shop().base))
        .header(reqwest::header::COOKIE, cookie)
        .send()
        .await
        .expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.expect("body"))
}

/// The `name=value` pairs a response sets.
pub fn set_cookies(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next().map(str::to_string))
        .collect()
}

/// A form post as a browser sends it from `page`, without JavaScript when `plain` is set.
pub async fn post_from(
    path: &str,
    form: &[(&str, &str)],
    cookie: &str,
    page: &str,
    plain: bool,
) -> (StatusCode, HeaderMap, String) {
    let mut request = client()
        .post(format!("{}{path}", shop().base))
        .form(form)
        .header(reqwest::header::REFERER, format!("{}{page}", shop().base));
    if plain {
        request = request.header(reqwest::header::ACCEPT, "text/html");
    }
    if !cookie.is_empty() {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.expect("body"))
}

/// The password of the staff accounts [`staff_cookie`] makes.
pub const STAFF_PASSWORD: &str = "a long enough secret";

/// Makes an active staff account with `roles` straight in the shop's database, signs it in
/// and returns its `emporium_staff=…` cookie.
pub async fn staff_cookie(email: &str, roles: Vec<domain::staff::Role>) -> String {
    use domain::staff::accounts::{self, NewStaff};
    let db = domain::Db::connect(&shop().database_url, domain::db::PoolSize(2))
        .await
        .expect("database");
    let form = NewStaff {
        email: email.into(),
        name: email.split('@').next().unwrap_or("x").into(),
        password: STAFF_PASSWORD.into(),
        roles,
    };
    accounts::add(&db, &domain::staff::audit::Actor::shop(), &form)
        .await
        .expect("staff added");
    let response = client()
        .post(format!("{}/api/admin/login", shop().base))
        .form(&[("email", email), ("password", STAFF_PASSWORD)])
        .send()
        .await
        .expect("request");
    set_cookies(response.headers())
        .into_iter()
        .find(|c| c.starts_with("emporium_staff="))
        .expect("staff cookie")
}

/// Posts `form` to `path` from `page` without JavaScript, expecting a refusal: it must go back
/// to `page` with `marker` (a word of what was typed) nowhere in the address and a browser key
/// cookie. Returns `page` as its writer then sees it, and as anyone else sees it.
pub async fn refused_without_javascript(
    path: &str,
    form: &[(&str, &str)],
    page: &str,
    marker: &str,
) -> (String, String) {
    let (status, headers, _) = post_from(path, form, "", page, true).await;
    assert!(status.is_redirection(), "{status}");
    let back = headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("back to the page");
    assert!(
        back.contains(&format!("{page}?")) && !back.contains(marker),
        "{back}"
    );
    let key = set_cookies(&headers)
        .into_iter()
        .find(|c| c.starts_with("writer_key="))
        .expect("browser key cookie");
    let (_, _, writer_sees) = get_with_cookie(page, &key).await;
    let (_, _, others_see) = get(page).await;
    (writer_sees, others_see)
}
