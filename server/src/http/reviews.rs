//! `POST /reviews/{product}`: a member's review with its photos, as a plain
//! `multipart/form-data` form (it works without JavaScript). A browser form is answered with a
//! redirect back to the product page — `?review=posted`, or `?review_error=field.rule` — and a
//! refused member's stars and text are kept as a draft (`domain::drafts`) that the page fills
//! the form in with, so nothing is lost and nothing typed travels in the address. A script that
//! asks for JSON gets `{}` or the [`AppError`] with its status. Ten attempts an hour per member.

use app::account::session::SESSION_COOKIE;
use app::reviews::api::draft_form;
use app::server::cookie_in;
use app::ui::encode_component;
use app::writer::on_server::settle;
use app::AppError;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use domain::ids::{MemberId, ProductId};
use domain::members::sessions::{self, Holder};
use domain::rate_limit::{self, REVIEWS};
use domain::reviews::photos::{PHOTOS_MAX, PHOTO_BYTES_MAX};
use domain::reviews::{self, NewReview};
use domain::{drafts, Db};
use std::path::PathBuf;

/// What the route needs: the database and the media folder photos go to.
#[derive(Clone)]
pub struct Reviews {
    pub db: Db,
    pub media_dir: PathBuf,
}

/// The largest request body: every photo at its largest, and the text.
pub fn body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(PHOTOS_MAX * PHOTO_BYTES_MAX + 256 * 1024)
}

/// The form as sent.
#[derive(Default)]
struct Sent {
    stars: String,
    body: String,
    slug: String,
    photos: Vec<Vec<u8>>,
}

fn invalid(field: &str, rule: &str) -> AppError {
    AppError::Invalid {
        field: field.into(),
        rule: rule.into(),
    }
}

pub async fn post(
    State(reviews): State<Reviews>,
    Path(product): Path<i64>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    let mut sent = Sent::default();
    let now = domain::time::now();
    let mut member = Err(AppError::NotSignedIn);
    let outcome = match multipart {
        Ok(multipart) => match read(multipart, &mut sent).await {
            Ok(()) => {
                member = signed_in(&reviews.db, &headers, now).await;
                match &member {
                    Ok(id) => submit(&reviews, *id, product, &mut sent, now).await,
                    Err(e) => Err(e.clone()),
                }
            }
            Err(e) => Err(e),
        },
        Err(_) => Err(AppError::BadRequest),
    };
    if wants_json {
        return match outcome {
            Ok(()) => (StatusCode::OK, Json(serde_json::json!({}))).into_response(),
            Err(e) => {
                let status =
                    StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let mut response = (status, Json(&e)).into_response();
                if let AppError::TooMany { retry_after_s } = e {
                    response
                        .headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_s.max(1)));
                }
                response
            }
        };
    }
    // A refused review's stars and text wait for the page it goes back to.
    if let Ok(member) = member {
        let (owner, form) = (drafts::member(member), draft_form(ProductId(product)));
        let typed = [("stars", sent.stars.trim()), ("body", sent.body.as_str())];
        let taken = outcome.is_ok();
        settle(&reviews.db, Some(&owner), &form, taken, true, &typed).await;
    }
    Redirect::to(&back_to(&sent, &outcome)).into_response()
}

/// Reads the form's parts; photos are cut off past their size limit.
async fn read(mut multipart: Multipart, sent: &mut Sent) -> Result<(), AppError> {
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest)?
    {
        let name = field.name().unwrap_or_default().to_string();
        let limit = if name == "photos" {
            PHOTO_BYTES_MAX
        } else {
            64 * 1024
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
            if bytes.len() + chunk.len() > limit {
                return Err(if name == "photos" {
                    invalid("photos", "too_large")
                } else {
                    invalid(if name == "body" { "body" } else { "form" }, "too_long")
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = || String::from_utf8_lossy(&bytes).into_owned();
        match name.as_str() {
            "stars" => sent.stars = text(),
            "body" => sent.body = text(),
            "slug" => sent.slug = text(),
            // A file input left empty still sends an empty part.
            "photos" if !bytes.is_empty() => {
                if sent.photos.len() == PHOTOS_MAX {
                    return Err(invalid("photos", "too_many"));
                }
                sent.photos.push(bytes);
            }
            _ => {}
        }
    }
    Ok(())
}

async fn submit(
    reviews: &Reviews,
    member: MemberId,
    product: i64,
    sent: &mut Sent,
    now: i64,
) -> Result<(), AppError> {
    let db = &reviews.db;
    let key = format!("review:{}", member.0);
    if let Some(retry_after_s) = rate_limit::wait_needed(db, &key, REVIEWS, now).await? {
        return Err(AppError::TooMany { retry_after_s });
    }
    rate_limit::count(db, &key, REVIEWS, now).await?;
    let form = NewReview {
        stars: sent.stars.trim().parse().unwrap_or(0),
        body: sent.body.clone(),
    };
    let photos = std::mem::take(&mut sent.photos);
    reviews::post(
        db,
        &reviews.media_dir,
        member,
        ProductId(product),
        &form,
        photos,
        now,
    )
    .await?;
    Ok(())
}

async fn signed_in(db: &Db, headers: &HeaderMap, now: i64) -> Result<MemberId, AppError> {
    let Some(token) = cookie_in(headers, SESSION_COOKIE) else {
        return Err(AppError::NotSignedIn);
    };
    match sessions::find(db, &token, now).await? {
        Some(Holder::Member(member)) => Ok(member),
        _ => Err(AppError::NotSignedIn),
    }
}

/// The product page again, saying how it went.
fn back_to(sent: &Sent, outcome: &Result<(), AppError>) -> String {
    let slug = sent.slug.trim();
    let page = if !slug.is_empty()
        && slug.len() <= 160
        && slug
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        format!("/product/{slug}")
    } else {
        "/".into()
    };
    let query = match outcome {
        Ok(()) => "review=posted".to_string(),
        Err(e) => {
            let code = match e {
                AppError::Invalid { field, rule } => format!("{field}.{rule}"),
                AppError::Conflict { reason } => format!("form.{reason}"),
                AppError::NotSignedIn => "form.not_signed_in".into(),
                AppError::TooMany { .. } => "form.too_many".into(),
                AppError::NotFound => "form.not_found".into(),
                AppError::BadRequest => "form.bad_request".into(),
                _ => "form.internal".into(),
            };
            format!("review_error={}", encode_component(&code))
        }
    };
    format!("{page}?{query}#panel-reviews")
}
