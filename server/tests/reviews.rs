//! Reviews over HTTP: the multipart review form refuses a stranger, a text file dressed as a
//! photo and bad stars by field (a plain browser form comes back to the product page with what
//! was typed, a script gets the error as JSON), never answers 500 to junk, stores a buyer's
//! review with its photo (served under /media), shows hostile text as text with the rating
//! histogram, takes helpful votes from members only, and limits attempts per member.

mod common;

use common::{client, get, get_with_cookie, post_from, shop};
use domain::cart::{self, CartOwner};
use domain::checkout::form::CheckoutForm;
use domain::checkout::place::{place, Placement};
use domain::ids::{MemberId, SkuId};
use domain::members::addresses::AddressForm;
use domain::members::sessions::{self, Holder};
use domain::notifications::templates::Letterhead;
use domain::orders::fulfilment::{make, StaffMove};
use domain::Db;
use reqwest::StatusCode;

async fn db() -> Db {
    Db::connect(&shop().database_url, domain::db::PoolSize(2))
        .await
        .expect("database")
}

/// A member with a session cookie.
async fn member(db: &Db, email: &str) -> (MemberId, String) {
    let head = Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    };
    let form = domain::members::Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: "Reviewer".into(),
        language: "en".into(),
        phone: String::new(),
    };
    let id = domain::members::register(db, &form, &head)
        .await
        .expect("registered");
    let token = sessions::start(db, Holder::Member(id), domain::time::now())
        .await
        .expect("session");
    (id, format!("emporium_session={}", token.0))
}

/// `who` buys one piece of `sku` and staff deliver it.
async fn bought_and_delivered(db: &Db, who: MemberId, sku: SkuId, key: &str) {
    let owner = CartOwner::Member(who);
    cart::add(db, &owner, sku, 1, 1).await.expect("added");
    let form = CheckoutForm {
        email: "buyer@example.com".into(),
        address: AddressForm {
            recipient: "王小明".into(),
            phone: "138 0013 8000".into(),
            country: "CN".into(),
            region: "上海市".into(),
            city: "上海市".into(),
            district: "徐汇区".into(),
            street: "漕溪北路 88 号".into(),
            postcode: "200030".into(),
        },
        payment_method: "cod".into(),
        ..Default::default()
    };
    let head = Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    };
    let now = domain::time::now();
    let placed = place(
        db,
        &Placement {
            owner: &owner,
            key,
            form: &form,
            language: "en",
            head: &head,
            currency: "¥",
            now,
        },
    )
    .await
    .expect("placed");
    for mv in [
        StaffMove::Process,
        StaffMove::Ship {
            carrier: "顺丰速运".into(),
            tracking: "SF1234567890".into(),
        },
        StaffMove::Deliver,
    ] {
        make(
            db,
            &placed.number,
            &mv,
            "7",
            &domain::staff::audit::Actor::shop(),
            now,
        )
        .await
        .expect("moved");
    }
}

/// A stocked variant, its product's id and slug.
async fn stocked(db: &Db) -> (SkuId, i64, String) {
    let (sku, product, slug): (i64, i64, String) = sqlx::query_as(
        "SELECT s.id, p.id, p.slug FROM skus s JOIN products p ON p.id = s.product_id \
         JOIN stock_levels l ON l.sku_id = s.id WHERE s.status = 'active' \
         AND p.status = 'on_shelf' AND l.on_hand - l.reserved > 5 ORDER BY s.id LIMIT 1",
    )
    .fetch_one(db.pool())
    .await
    .expect("a stocked variant");
    (SkuId(sku), product, slug)
}

/// A multipart body with text fields and files (name, file name, bytes).
fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----emporium-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    for (name, file, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: image/jpeg\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Posts the review form; `json` asks for a JSON answer as a script would.
async fn post_review(
    product: i64,
    cookie: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
    json: bool,
) -> (StatusCode, String, String) {
    let (content_type, body) = multipart(fields, files);
    let mut request = client()
        .post(format!("{}/reviews/{product}", shop().base))
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .header(
            reqwest::header::ACCEPT,
            if json {
                "application/json"
            } else {
                "text/html"
            },
        )
        .body(body);
    if !cookie.is_empty() {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, location, response.text().await.expect("body"))
}

fn png() -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(640, 320, |x, y| image::Rgb([x as u8, y as u8, 80]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(pixels)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("png");
    out
}

#[tokio::test]
async fn a_buyer_reviews_with_a_photo_and_bad_input_is_refused_by_field() {
    let db = db().await;
    let (sku, product, slug) = stocked(&db).await;
    let (buyer, cookie) = member(&db, "reviewer@example.com").await;
    let (_, stranger) = member(&db, "stranger@example.com").await;
    bought_and_delivered(&db, buyer, sku, "http-review-key-000001").await;
    let good = [
        ("slug", slug.as_str()),
        ("stars", "5"),
        ("body", "Fits <script>alert(1)</script> well"),
    ];

    // Nobody signed in: back to the product page saying so; as JSON, 401.
    let (status, location, _) = post_review(product, "", &good, &[], false).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        location.starts_with(&format!("/product/{slug}?review_error=form.not_signed_in")),
        "{location}"
    );
    let (status, _, body) = post_review(product, "", &good, &[], true).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    // A member who did not buy it.
    let (status, _, body) = post_review(product, &stranger, &good, &[], true).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains("not_bought"), "{body}");
    // A text file named .jpg; stars out of range (the text typed comes back); junk bodies.
    let fake: &[u8] = b"not a picture at all";
    let (status, _, body) =
        post_review(product, &cookie, &good, &[("photos", "me.jpg", fake)], true).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("photos") && body.contains("not_an_image"),
        "{body}"
    );
    let bad_stars = [
        ("slug", slug.as_str()),
        ("stars", "9"),
        ("body", "好看 fits</textarea><b>bold</b>"),
    ];
    let (status, location, _) = post_review(product, &cookie, &bad_stars, &[], false).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location,
        format!("/product/{slug}?review_error=stars.range#panel-reviews"),
        "nothing typed travels in the address"
    );
    let (_, _, page) = get_with_cookie(
        &format!("/product/{slug}?review_error=stars.range"),
        &cookie,
    )
    .await;
    assert!(
        page.contains(">好看 fits&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;</textarea>"),
        "the text typed comes back, as text"
    );
    let response = client()
        .post(format!("{}/reviews/{product}", shop().base))
        .header(
            reqwest::header::CONTENT_TYPE,
            "multipart/form-data; boundary=x",
        )
        .header(reqwest::header::COOKIE, &cookie)
        .body("--x\r\nnonsense")
        .send()
        .await
        .expect("request");
    assert!(
        !response.status().is_server_error(),
        "{}",
        response.status()
    );
    let (status, _, _) = post_review(999_999_999, &cookie, &good, &[], true).await;
    assert!(status.is_client_error(), "{status}");

    // The review with a real photo.
    let photo = png();
    let (status, location, _) = post_review(
        product,
        &cookie,
        &good,
        &[("photos", "shirt.png", &photo)],
        false,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location,
        format!("/product/{slug}?review=posted#panel-reviews")
    );
    let (status, _, body) = post_review(product, &cookie, &good, &[], true).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains("already_reviewed"), "{body}");
    let drafts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM form_drafts WHERE owner = $1")
        .bind(domain::drafts::member(buyer))
        .fetch_one(db.pool())
        .await
        .expect("drafts");
    assert_eq!(drafts, 0, "the draft went with the review taken");

    // The product page shows it as text, with its photo and the histogram.
    let (status, _, page) =
        get_with_cookie(&format!("/product/{slug}?review=posted"), &stranger).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Fits &lt;script&gt;alert(1)&lt;/script&gt; well"),
        "escaped review text"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("rating-histogram"));
    let thumb_start = page
        .find("src=\"/media/reviews/")
        .expect("a review thumbnail")
        + 5;
    let thumb_end = thumb_start + page[thumb_start..].find('"').expect("end");
    let (status, headers, _) = get(&page[thumb_start..thumb_end]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok()),
        Some("image/jpeg")
    );

    // Helpful votes: members only, once.
    let review: i64 = sqlx::query_scalar("SELECT id FROM reviews WHERE member_id = $1")
        .bind(buyer.0)
        .fetch_one(db.pool())
        .await
        .expect("review");
    let id = review.to_string();
    let vote = [("review", id.as_str())];
    let page_path = format!("/product/{slug}");
    let (status, _, _) = post_from("/api/reviews/helpful", &vote, "", &page_path, false).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for _ in 0..2 {
        let (status, _, body) =
            post_from("/api/reviews/helpful", &vote, &stranger, &page_path, false).await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "1"));
    }
    let (status, _, body) =
        post_from("/api/reviews/helpful", &vote, &cookie, &page_path, false).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
}

#[tokio::test]
async fn review_attempts_are_limited_per_member() {
    let db = db().await;
    let (_, product, slug) = stocked(&db).await;
    let (_, cookie) = member(&db, "eager@example.com").await;
    let form = [
        ("slug", slug.as_str()),
        ("stars", "5"),
        ("body", "Lovely cloth"),
    ];
    let mut statuses = Vec::new();
    for _ in 0..11 {
        statuses.push(post_review(product, &cookie, &form, &[], true).await.0);
    }
    assert!(
        statuses[..10].iter().all(|s| *s == StatusCode::CONFLICT),
        "{statuses:?}"
    );
    assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS);
}
