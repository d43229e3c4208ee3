//! The back office over HTTP: every admin endpoint × every role (and no session, and a member's
//! session) answers allowed or refused as the shop's departments should; staff sign-in sets its
//! own flagged cookie and a new id; an administrator adds a customer-service account that sees
//! only its own menu; deactivation ends it at once; no password hash ever leaves the server;
//! cross-site posts are refused.

mod common;
#[path = "admin/matrix.rs"]
mod matrix;

use common::{client, set_cookies, shop};
use domain::staff::accounts::{self, NewStaff};
use domain::staff::audit::Actor;
use domain::staff::Role;
use matrix::{MATRIX, OPEN};
use reqwest::header::{COOKIE, SET_COOKIE};
use reqwest::StatusCode;
use std::collections::BTreeSet;

const PASSWORD: &str = "a long enough secret";

async fn db() -> domain::Db {
    domain::Db::connect(&shop().database_url, domain::db::PoolSize(2))
        .await
        .expect("database")
}

/// Makes an active staff account with `roles` straight in the database.
async fn staff_with(email: &str, roles: Vec<Role>) {
    let form = NewStaff {
        email: email.into(),
        name: email.split('@').next().unwrap_or("x").into(),
        password: PASSWORD.into(),
        roles,
    };
    accounts::add(&db().await, &Actor::shop(), &form)
        .await
        .expect("staff added");
}

async fn post(path: &str, form: &[(&str, &str)], cookie: Option<&str>) -> (StatusCode, String) {
    let mut request = client().post(format!("{}{path}", shop().base)).form(form);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    (status, response.text().await.expect("body"))
}

/// Signs a staff member in and returns the `emporium_staff=…` pair, with the full cookie.
async fn log_in(email: &str, password: &str) -> (String, String) {
    let response = client()
        .post(format!("{}/api/admin/login", shop().base))
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .expect("request");
    assert!(
        response.status().is_success(),
        "log-in of {email}: {}",
        response.status()
    );
    let full = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("emporium_staff="))
        .expect("staff cookie")
        .to_string();
    (full.split(';').next().unwrap_or_default().to_string(), full)
}

#[tokio::test]
async fn every_admin_endpoint_answers_every_role_as_the_departments_say() {
    let registered: BTreeSet<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .filter(|path| path.starts_with("/api/admin/"))
        .collect();
    let listed: BTreeSet<&str> = MATRIX
        .iter()
        .map(|(path, _, _)| *path)
        .chain(OPEN.iter().copied())
        .collect();
    assert_eq!(registered, listed, "every admin endpoint is in the matrix");

    for (path, form, _) in MATRIX {
        let (status, _) = post(path, form, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path} without a session");
    }
    for role in Role::ALL {
        let email = format!("matrix-{}@shop.example", role.code());
        staff_with(&email, vec![role]).await;
        let (cookie, _) = log_in(&email, PASSWORD).await;
        for (path, form, allowed) in MATRIX {
            let (status, body) = post(path, form, Some(&cookie)).await;
            if allowed.contains(&role.code()) {
                assert!(
                    !matches!(status, StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED)
                        && !status.is_server_error(),
                    "{:?} may call {path}: {status} {body}",
                    role
                );
            } else {
                assert_eq!(
                    status,
                    StatusCode::FORBIDDEN,
                    "{role:?} may not call {path}: {body}"
                );
            }
        }
    }
}

/// The signed-in staff member as the shell asks for it (`null` when nobody is).
async fn me(cookie: &str) -> serde_json::Value {
    let (status, body) = post("/api/admin/me", &[], Some(cookie)).await;
    assert_eq!(status, StatusCode::OK);
    serde_json::from_str(&body).expect("json")
}

#[tokio::test]
async fn an_administrator_adds_customer_service_which_sees_only_its_menu() {
    staff_with("chief@shop.example", vec![Role::Administrator]).await;
    let (first, full) = log_in("chief@shop.example", PASSWORD).await;
    for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(full.contains(flag), "{flag} in {full}");
    }
    // Signing in again on the same browser starts a new session and ends the old one.
    let response = client()
        .post(format!("{}/api/admin/login", shop().base))
        .header(COOKIE, &first)
        .form(&[("email", "chief@shop.example"), ("password", PASSWORD)])
        .send()
        .await
        .expect("request");
    let chief = set_cookies(response.headers())
        .into_iter()
        .find(|c| c.starts_with("emporium_staff="))
        .expect("new cookie");
    assert_ne!(chief, first, "the session id changes at sign-in");
    assert_eq!(me(&first).await, serde_json::Value::Null);
    assert_eq!(
        me(&chief).await["sections"].as_array().map(Vec::len),
        Some(10)
    );

    // Bad input gets field-level answers and adds nobody.
    let bad: [(&str, &str, &str, &str); 4] = [
        ("not-an-address", "Cai", "customer_service", "email"),
        ("cs@shop.example", "Cai", "owner", "roles"),
        (
            "cs@shop.example",
            "\u{202e}evil",
            "customer_service",
            "name",
        ),
        ("chief@shop.example", "Cai", "customer_service", "email"),
    ];
    for (email, name, role, field) in bad {
        let form = [
            ("email", email),
            ("name", name),
            ("password", PASSWORD),
            ("roles[]", role),
        ];
        let (status, body) = post("/api/admin/staff/add", &form, Some(&chief)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert!(
            body.contains(&format!("\"field\":\"{field}\"")),
            "{field}: {body}"
        );
    }
    let no_roles = [
        ("email", "cs@shop.example"),
        ("name", "Cai"),
        ("password", PASSWORD),
    ];
    let (status, body) = post("/api/admin/staff/add", &no_roles, Some(&chief)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("\"field\":\"roles\""), "{body}");

    let form = [
        ("email", "CS@shop.example"),
        ("name", "蔡客服"),
        ("password", PASSWORD),
        ("roles[]", "customer_service"),
    ];
    let (status, body) = post("/api/admin/staff/add", &form, Some(&chief)).await;
    assert!(status.is_success(), "{status} {body}");
    let (_, list) = post("/api/admin/staff", &[], Some(&chief)).await;
    assert!(
        !list.contains("argon2") && !list.contains("password"),
        "{list}"
    );
    let rows: serde_json::Value = serde_json::from_str(&list).expect("json");
    let cs_id = rows
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["email"] == "cs@shop.example")
        .and_then(|r| r["id"].as_i64())
        .expect("the new account is listed");

    let (cs, _) = log_in("cs@shop.example", PASSWORD).await;
    let view = me(&cs).await;
    assert_eq!(view["roles"], serde_json::json!(["customer_service"]));
    assert_eq!(
        view["sections"],
        serde_json::json!([
            "Dashboard",
            "Orders",
            "Members",
            "Outbox",
            "Inbox",
            "Guestbook",
            "Reviews"
        ])
    );
    let (status, _) = post("/api/admin/staff", &[], Some(&cs)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A cross-site post with the administrator's cookie is refused before it does anything.
    let response = client()
        .post(format!("{}/api/admin/staff/change", shop().base))
        .header(COOKIE, &chief)
        .header("sec-fetch-site", "cross-site")
        .form(&[("id", cs_id.to_string().as_str()), ("change", "deactivate")])
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(me(&cs).await["email"], "cs@shop.example");

    // Deactivation ends the account's session at once.
    let id = cs_id.to_string();
    let change = [("id", id.as_str()), ("change", "deactivate")];
    let (status, body) = post("/api/admin/staff/change", &change, Some(&chief)).await;
    assert!(status.is_success(), "{status} {body}");
    assert_eq!(me(&cs).await, serde_json::Value::Null);
    let (status, _) = post("/api/admin/dashboard", &[], Some(&cs)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // …and its password now gets the same answer as a wrong one.
    let (deactivated, _) = post(
        "/api/admin/login",
        &[("email", "cs@shop.example"), ("password", PASSWORD)],
        None,
    )
    .await;
    let (wrong, _) = post(
        "/api/admin/login",
        &[
            ("email", "chief@shop.example"),
            ("password", "wrong password!"),
        ],
        None,
    )
    .await;
    assert_eq!(deactivated, StatusCode::BAD_REQUEST);
    assert_eq!(wrong, StatusCode::BAD_REQUEST);

    // An administrator cannot deactivate themselves.
    let (_, list) = post("/api/admin/staff", &[], Some(&chief)).await;
    let rows: serde_json::Value = serde_json::from_str(&list).expect("json");
    let chief_id = rows
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["is_me"] == true)
        .and_then(|r| r["id"].as_i64())
        .expect("me in the list");
    let id = chief_id.to_string();
    let change = [("id", id.as_str()), ("change", "deactivate")];
    let (status, body) = post("/api/admin/staff/change", &change, Some(&chief)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("yourself"), "{body}");

    // The audit log tells who did what to whom.
    let (_, log) = post("/api/admin/audit", &[("page", "1")], Some(&chief)).await;
    let log: serde_json::Value = serde_json::from_str(&log).expect("json");
    let entries = log["rows"].as_array().expect("rows");
    let subject = format!("staff:{cs_id}");
    for action in ["staff.add", "staff.deactivate"] {
        assert!(
            entries.iter().any(|e| e["action"] == action
                && e["subject"] == subject.as_str()
                && e["who"] == "chief@shop.example"),
            "{action} in {log}"
        );
    }
    assert!(entries.iter().any(|e| e["action"] == "staff.log_in"));
}

#[tokio::test]
async fn a_members_session_opens_nothing_in_the_back_office() {
    let response = client()
        .post(format!("{}/api/account/register", shop().base))
        .form(&[
            ("email", "shopper@example.com"),
            ("password", PASSWORD),
            ("name", "Shopper"),
        ])
        .send()
        .await
        .expect("request");
    let member = set_cookies(response.headers())
        .into_iter()
        .find(|c| c.starts_with("emporium_session="))
        .expect("member cookie");
    let (status, _) = post("/api/admin/dashboard", &[], Some(&member)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Even with the member's token put in the staff cookie.
    let token = member.trim_start_matches("emporium_session=");
    let forged = format!("emporium_staff={token}");
    let (status, _) = post("/api/admin/dashboard", &[], Some(&forged)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(me(&forged).await, serde_json::Value::Null);
}
