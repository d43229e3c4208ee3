//! The reviews tab's server functions: the tab's content, and a member's "helpful" vote.
//! Posting a review (with photos) is a plain multipart form handled by the server's
//! `/reviews/{product}` route.

use super::types::ReviewPanel;
use crate::error::AppError;
use leptos::prelude::*;

/// The product's rating summary, page `page` of its reviews in `sort` order (`newest`,
/// `helpful`), and whether the shopper may review it.
#[server(endpoint = "reviews/panel")]
pub async fn reviews_tab(product: i64, sort: String, page: i64) -> Result<ReviewPanel, AppError> {
    use super::types::{PhotoLink, ReviewLine};
    use crate::account::session;
    use domain::ids::ProductId;
    use domain::members::sessions::Holder;
    use domain::reviews::{self, Sort};
    let db = crate::server::db()?;
    let viewer = match session::current(&db).await? {
        Some(Holder::Member(id)) => Some(id),
        _ => None,
    };
    let id = ProductId(product);
    let summary = reviews::summary(&db, id).await?;
    let page = page.clamp(1, 10_000);
    let (list, more) = reviews::list(&db, id, Sort::parse(&sort), viewer, page).await?;
    let standing = match viewer {
        None => "sign_in",
        Some(member) => reviews::eligibility(&db, member, id)
            .await?
            .refusal()
            .unwrap_or("may"),
    };
    let mut typed = match viewer {
        Some(member) if standing == "may" => {
            let owner = domain::drafts::member(member);
            let form = draft_form(id);
            domain::drafts::find(&db, &owner, &form, domain::time::now()).await?
        }
        _ => None,
    }
    .unwrap_or_default();
    let thumb = |side: i64, other: i64| {
        let longest = side.max(other).max(1);
        (side * reviews::photos::THUMB_SIDE as i64
            / longest.max(reviews::photos::THUMB_SIDE as i64))
        .max(1)
    };
    Ok(ReviewPanel {
        count: summary.count,
        average: if summary.count > 0 {
            format!("{:.1}", summary.average as f64 / 100.0)
        } else {
            String::new()
        },
        histogram: summary.histogram,
        reviews: list
            .into_iter()
            .map(|r| ReviewLine {
                id: r.id,
                author: r.author,
                stars: r.stars,
                body: r.body,
                helpful: r.helpful_count,
                reply: r.reply,
                date: domain::time::shop_date(r.created_at),
                photos: r
                    .photos
                    .into_iter()
                    .map(|p| PhotoLink {
                        thumb: format!("/media/{}", p.thumb_path),
                        full: format!("/media/{}", p.photo_path),
                        width: thumb(p.width, p.height),
                        height: thumb(p.height, p.width),
                    })
                    .collect(),
                voted: r.voted,
                own: r.own,
            })
            .collect(),
        page,
        more,
        standing: standing.into(),
        typed_stars: typed.remove("stars").unwrap_or_default(),
        typed_body: typed.remove("body").unwrap_or_default(),
    })
}

/// The drafts' name for the review form of `product` (kept by the server's review route when
/// a review posted without JavaScript is refused).
#[cfg(feature = "ssr")]
pub fn draft_form(product: domain::ids::ProductId) -> String {
    format!("review:{}", product.0)
}

/// The signed-in member finds review `review` helpful (once); its helpful count.
#[server(endpoint = "reviews/helpful")]
pub async fn mark_helpful(review: i64) -> Result<i64, AppError> {
    let db = crate::server::db()?;
    let member = crate::account::session::member(&db).await?;
    Ok(domain::reviews::vote_helpful(&db, member, review, domain::time::now()).await?)
}
