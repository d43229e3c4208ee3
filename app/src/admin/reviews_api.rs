//! Server functions of review moderation (permission `Moderate`): reviews by status, approving
//! or hiding one, and the shop's public reply.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A review as the moderation page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRow {
    pub id: i64,
    pub product_slug: String,
    pub product: String,
    pub author: String,
    pub stars: i64,
    pub body: String,
    pub status: String,
    pub helpful: i64,
    pub reply: String,
    pub posted: String,
    /// Thumbnail and display-size addresses.
    pub photos: Vec<(String, String)>,
}

/// The newest 200 reviews with `status` (`new`, `approved`, `hidden`, or all for anything
/// else).
#[server(endpoint = "admin/reviews")]
pub async fn get_reviews(status: String) -> Result<Vec<ReviewRow>, AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    super::access::require(&db, Permission::Moderate).await?;
    let status = match status.as_str() {
        "new" | "approved" | "hidden" => status.as_str(),
        _ => "",
    };
    let english = crate::current_locale() == crate::i18n::Locale::En;
    let reviews = domain::reviews::moderation::queue(&db, status, 200).await?;
    Ok(reviews
        .into_iter()
        .map(|r| ReviewRow {
            id: r.id,
            product: if english { r.product_en } else { r.product_zh },
            product_slug: r.product_slug,
            author: r.author,
            stars: r.stars,
            body: r.body,
            status: r.status,
            helpful: r.helpful_count,
            reply: r.reply,
            posted: domain::time::shop_datetime(r.created_at),
            photos: r
                .photos
                .into_iter()
                .map(|p| {
                    (
                        format!("/media/{}", p.thumb_path),
                        format!("/media/{}", p.photo_path),
                    )
                })
                .collect(),
        })
        .collect())
}

/// Approves (`approve` = true: shown and counted) or hides review `id`.
#[server(endpoint = "admin/reviews/moderate")]
pub async fn moderate_review(id: i64, approve: bool) -> Result<(), AppError> {
    use domain::reviews::moderation::{self, Decision};
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    let decision = if approve {
        Decision::Approve
    } else {
        Decision::Hide
    };
    moderation::moderate(&db, &access.actor(), id, decision, domain::time::now()).await?;
    Ok(())
}

/// The shop's public reply to review `id` (empty: no reply).
#[server(endpoint = "admin/reviews/reply")]
pub async fn reply_to_review(id: i64, reply: String) -> Result<(), AppError> {
    use domain::staff::Permission;
    let db = crate::server::db()?;
    let access = super::access::require(&db, Permission::Moderate).await?;
    domain::reviews::moderation::reply(&db, &access.actor(), id, &reply, domain::time::now())
        .await?;
    Ok(())
}
