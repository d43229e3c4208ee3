//! The guestbook over HTTP: a filled honeypot is thanked and ignored, a form sent faster than
//! a person types is refused, a bad field is refused by name; a guest's post waits for a
//! moderator (its writer sees it marked, others do not), customer service approves and
//! answers it, and hostile text shows as text; one place posts at most 5 times an hour.

mod common;

use common::{
    get, get_with_cookie, post_from, refused_without_javascript, set_cookies, staff_cookie,
};
use domain::staff::Role;
use reqwest::StatusCode;

const HOSTILE: &str =
    "<script>alert('gb')</script><img src=x onerror=alert(2)> 看 https://shop.example/help";

async fn write(
    title: &str,
    body: &str,
    website: &str,
    started: i64,
    cookie: &str,
) -> (StatusCode, Vec<String>, String) {
    let started = started.to_string();
    let form = [
        ("board", "delivery"),
        ("name", "小王"),
        ("email", "wang@example.com"),
        ("title", title),
        ("body", body),
        ("website", website),
        ("started", started.as_str()),
    ];
    let (status, headers, text) =
        post_from("/api/guestbook/write", &form, cookie, "/guestbook", false).await;
    (status, set_cookies(&headers), text)
}

#[tokio::test]
async fn guests_post_moderators_answer_and_robots_are_kept_out() {
    let now = domain::time::now();
    // A robot fills the honeypot: thanked, nothing stored.
    let (status, _, _) = write(
        "Cheap watches",
        "Buy cheap watches now",
        "http://spam",
        now - 60,
        "",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // Sent the moment the page appeared: refused. (The clock is read here, not at the top: the
    // shop's first start can take longer than the minimum fill time on a slow machine.)
    let (status, _, body) = write("配送", "第二天就到了，谢谢", "", domain::time::now(), "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("too_fast"), "{body}");
    // A bad field is named.
    let (status, _, body) = write("", "第二天就到了，谢谢", "", now - 60, "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("title"), "{body}");

    // Without JavaScript a refused post goes back to the page, which shows what was typed.
    let started = (now - 60).to_string();
    let form = [
        ("board", "orders"),
        ("name", "小李"),
        ("title", ""),
        ("body", "我写的留言</textarea><不会丢>"),
        ("website", ""),
        ("started", started.as_str()),
    ];
    let (page, theirs) =
        refused_without_javascript("/api/guestbook/write", &form, "/guestbook", "不会丢").await;
    assert!(
        page.contains(">我写的留言&lt;/textarea&gt;&lt;不会丢&gt;</textarea>"),
        "the text typed, as text"
    );
    assert!(page.contains("value=\"小李\""), "the name typed");
    assert!(!theirs.contains("不会丢"), "nobody else sees it");

    // A guest's post waits; its writer sees it marked, nobody else sees it.
    let (status, cookies, body) = write("配送很快 <b>bold</b>", HOSTILE, "", now - 60, "").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let posted: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(posted["held"], true);
    let id = posted["id"].as_i64().expect("id");
    let key = cookies
        .into_iter()
        .find(|c| c.starts_with("writer_key="))
        .expect("browser key cookie");
    let (_, _, mine) = get_with_cookie("/guestbook", &key).await;
    assert!(
        mine.contains(&format!("data-post=\"{id}\"")),
        "the writer sees it"
    );
    assert!(mine.contains("待审核"));
    let (_, _, theirs) = get("/guestbook").await;
    assert!(!theirs.contains(&format!("data-post=\"{id}\"")));
    // The first start seeded the demo shop's answered questions.
    assert!(theirs.contains("定制西服多久可以发货"), "{theirs}");
    let (status, _, _) = get(&format!("/guestbook/post/{id}")).await;
    assert_eq!(status, StatusCode::OK);

    // Customer service approves and answers it; a warehouse clerk may not.
    let clerk = staff_cookie("gb-clerk@shop.example", vec![Role::Warehouse]).await;
    let id_text = id.to_string();
    let decide = [("id", id_text.as_str()), ("decision", "approve")];
    let (status, _, _) = post_from(
        "/api/admin/guestbook/decide",
        &decide,
        &clerk,
        "/admin/guestbook",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let care = staff_cookie("gb-care@shop.example", vec![Role::CustomerService]).await;
    let (status, _, body) = post_from(
        "/api/admin/guestbook/decide",
        &decide,
        &care,
        "/admin/guestbook",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let answer = [("id", id_text.as_str()), ("body", "谢谢！<i>欢迎再来</i>")];
    let (status, _, body) = post_from(
        "/api/admin/guestbook/reply",
        &answer,
        &care,
        "/admin/guestbook",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let blank = [("id", id_text.as_str()), ("body", "  ")];
    let (status, _, body) = post_from(
        "/api/admin/guestbook/reply",
        &blank,
        &care,
        "/admin/guestbook",
        false,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("reply"), "{body}");

    // Everyone sees it now, with the answer, every typed sign escaped and the address a
    // link that passes nothing on.
    let (_, _, page) = get(&format!("/guestbook/post/{id}")).await;
    assert!(page.contains("店铺回复"), "the shop's answer is marked");
    assert!(
        page.contains("&lt;script&gt;alert(&#x27;gb&#x27;)&lt;/script&gt;")
            || page.contains("&lt;script&gt;alert('gb')&lt;/script&gt;"),
        "{page}"
    );
    assert!(!page.contains("<script>alert('gb')"));
    assert!(!page.contains("<img src=x"));
    assert!(page.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(page.contains("&lt;i&gt;欢迎再来&lt;/i&gt;"));
    assert!(page.contains(
        "<a href=\"https://shop.example/help\" rel=\"nofollow ugc noopener noreferrer\" target=\"_blank\">"
    ));
    let (_, _, found) = get("/guestbook?q=%E9%85%8D%E9%80%81").await; // 配送
    assert!(found.contains(&format!("data-post=\"{id}\"")));

    // Five posts an hour from one place: four more pass (the one above counted), the next waits.
    for n in 0..4 {
        let (status, _, body) = write(
            &format!("第 {n} 条"),
            &format!("第 {n} 条留言的内容"),
            "",
            now - 60,
            &key,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let (status, _, _) = write("太多了", "这一条超过了限制", "", now - 60, &key).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_member_posts_under_their_account_ten_times_a_day() {
    let register = [
        ("email", "gb-member@example.com"),
        ("password", "correct horse battery"),
        ("name", "李雷"),
    ];
    let (status, headers, body) = post_from(
        "/api/account/register",
        &register,
        "",
        "/account/register",
        false,
    )
    .await;
    assert!(status.is_success() || status.is_redirection(), "{body}");
    let session = set_cookies(&headers)
        .into_iter()
        .find(|c| c.starts_with("emporium_session="))
        .expect("session cookie");
    let now = domain::time::now();
    for n in 0..10 {
        let started = (now - 60).to_string();
        let title = format!("会员留言 {n}");
        let text = format!("会员的第 {n} 条留言，名字来自账户");
        let form = [
            ("board", "cart"),
            ("name", "Somebody Else"),
            ("title", title.as_str()),
            ("body", text.as_str()),
            ("website", ""),
            ("started", started.as_str()),
        ];
        let (status, _, body) =
            post_from("/api/guestbook/write", &form, &session, "/guestbook", false).await;
        assert_eq!(status, StatusCode::OK, "{n}: {body}");
        if n == 0 {
            let posted: serde_json::Value = serde_json::from_str(&body).expect("json");
            let id = posted["id"].as_i64().expect("id");
            let (_, _, page) = get_with_cookie(&format!("/guestbook/post/{id}"), &session).await;
            assert!(
                page.contains("李雷") && !page.contains("Somebody Else"),
                "posted as the account"
            );
        }
    }
    let (status, _, _) = write("再来一条", "今天的第十一条留言", "", now - 60, &session).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}
