//! The product page's reviews tab: the rating summary with its stars histogram, the reviews
//! (newest or most helpful first, photos, the shop's reply marked as the shop's, "helpful"
//! buttons) and the review form for a member who may write one — or why they may not. The
//! form posts as plain `multipart/form-data` (it works without JavaScript); a refused review
//! comes back with its field messages and everything typed.

use super::api::{reviews_tab, MarkHelpful};
use super::types::{ReviewLine, ReviewPanel};
use crate::i18n::{
    helpful_count, rating_text, review_field_message, stars_label, t, use_locale, Locale, Msg,
    ReviewMsg,
};
use crate::ui::encode_component;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Query parameters that mean the reviews tab is what the shopper is looking at.
pub const REVIEW_PARAMS: [&str; 4] = ["review", "review_error", "rsort", "rpage"];

#[component]
pub fn ReviewsPanel(product: i64, slug: String) -> impl IntoView {
    let query = use_query_map();
    let sort = move || query.with(|q| q.get("rsort").unwrap_or_default());
    let page = move || {
        query.with(|q| {
            q.get("rpage")
                .and_then(|p| p.parse::<i64>().ok())
                .unwrap_or(1)
        })
    };
    let vote = ServerAction::<MarkHelpful>::new();
    let panel = Resource::new(
        move || (sort(), page(), vote.version().get()),
        move |(sort, page, _)| reviews_tab(product, sort, page),
    );
    let slug = StoredValue::new(slug);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match panel.await {
                    Ok(p) => view! { <PanelBody product slug=slug.get_value() panel=p vote sort=sort()/> }.into_any(),
                    Err(_) => view! { <p class="form-alert" role="alert">{t(ReviewMsg::SomethingWrong)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PanelBody(
    product: i64,
    slug: String,
    panel: ReviewPanel,
    vote: ServerAction<MarkHelpful>,
    sort: String,
) -> impl IntoView {
    let locale = use_locale();
    let helpful_first = sort == "helpful";
    let sort_link = |code: &str| format!("/product/{slug}?rsort={code}#panel-reviews");
    let more_link = format!(
        "/product/{slug}?rsort={}&rpage={}#panel-reviews",
        if helpful_first { "helpful" } else { "newest" },
        panel.page + 1
    );
    let vote_error = move || {
        vote.value().get().and_then(|r| r.err()).map(|e| match e {
            crate::AppError::NotSignedIn => t(ReviewMsg::NotSignedIn).to_string(),
            crate::AppError::Conflict { reason } => {
                review_field_message("form", &reason, locale).unwrap_or_default()
            }
            _ => t(ReviewMsg::SomethingWrong).to_string(),
        })
    };
    view! {
        <div class="rating-summary">
            <h3>{t(Msg::RatingSummary)}</h3>
            {if panel.count > 0 {
                view! { <p class="rating-average"><span class="stars" aria-hidden="true">"★"</span>" "{rating_text(locale, &panel.average, panel.count)}</p> }.into_any()
            } else {
                view! { <p class="empty-state">{t(Msg::NoReviewsYet)}</p> }.into_any()
            }}
            {panel.histogram.map(|bars| view! { <Histogram bars locale/> })}
        </div>
        <ReviewForm product slug=slug.clone() standing=panel.standing.clone()
            typed_stars=panel.typed_stars.clone() typed_body=panel.typed_body.clone()/>
        {(!panel.reviews.is_empty()).then(|| view! {
            <nav class="review-sort" aria-label=t(ReviewMsg::SortBy)>
                <span>{t(ReviewMsg::SortBy)}": "</span>
                <a href=sort_link("newest") aria-current=(!helpful_first).then_some("true")>{t(ReviewMsg::SortNewest)}</a>
                " · "
                <a href=sort_link("helpful") aria-current=helpful_first.then_some("true")>{t(ReviewMsg::SortHelpful)}</a>
            </nav>
        })}
        <p class="form-alert" role="alert">{vote_error}</p>
        <ol class="review-list">
            {panel.reviews.into_iter().map(|r| view! { <ReviewItem review=r vote locale/> }).collect_view()}
        </ol>
        {panel.more.then(|| view! { <a class="review-more" href=more_link>{t(ReviewMsg::MoreReviews)}</a> })}
    }
}

#[component]
fn Histogram(bars: [i64; 5], locale: Locale) -> impl IntoView {
    let total = bars.iter().sum::<i64>().max(1);
    view! {
        <table class="rating-histogram">
            <caption class="visually-hidden">{t(ReviewMsg::StarsBreakdown)}</caption>
            <tbody>
                {bars.into_iter().enumerate().map(|(i, n)| {
                    let stars = 5 - i as i64;
                    let percent = n * 100 / total;
                    view! {
                        <tr>
                            <th scope="row">{stars_label(locale, stars)}</th>
                            <td class="bar"><span class="bar-fill" style=format!("width:{percent}%")></span></td>
                            <td class="bar-count">{n}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ReviewItem(
    review: ReviewLine,
    vote: ServerAction<MarkHelpful>,
    locale: Locale,
) -> impl IntoView {
    let stars = "★".repeat(review.stars.clamp(0, 5) as usize)
        + &"☆".repeat((5 - review.stars).clamp(0, 5) as usize);
    let stars_text = stars_label(locale, review.stars);
    view! {
        <li class="review" id=format!("review-{}", review.id)>
            <p class="review-head">
                <span class="review-stars" aria-hidden="true">{stars}</span>
                <span class="visually-hidden">{stars_text}</span>
                " "<span class="review-author">{review.author.clone()}</span>
                " "<span class="review-verified">{t(ReviewMsg::Verified)}</span>
                " "<time class="review-date">{review.date.clone()}</time>
            </p>
            <p class="review-body">{review.body.clone()}</p>
            {(!review.photos.is_empty()).then(|| view! {
                <ul class="review-photos">
                    {review.photos.iter().map(|p| view! {
                        <li><a href=p.full.clone()><img src=p.thumb.clone() width=p.width height=p.height loading="lazy" alt=t(ReviewMsg::PhotoAlt)/></a></li>
                    }).collect_view()}
                </ul>
            })}
            {(!review.reply.is_empty()).then(|| view! {
                <div class="review-reply">
                    <p class="review-reply-by">{t(ReviewMsg::ShopReply)}</p>
                    <p>{review.reply.clone()}</p>
                </div>
            })}
            {if review.voted {
                view! { <p class="review-helpful">{t(ReviewMsg::YouFoundHelpful)}" ("{review.helpful}")"</p> }.into_any()
            } else if review.own {
                view! { <p class="review-helpful">{helpful_count(locale, review.helpful)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=vote attr:class="review-helpful">
                        <input type="hidden" name="review" value=review.id/>
                        <button type="submit">{helpful_count(locale, review.helpful)}</button>
                    </ActionForm>
                }.into_any()
            }}
        </li>
    }
}

/// The review form, or why the shopper may not review; `typed_*` is what a refused review
/// had (the server keeps it a quarter of an hour; nothing typed travels in the address).
#[component]
fn ReviewForm(
    product: i64,
    slug: String,
    standing: String,
    typed_stars: String,
    typed_body: String,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let (posted, error) = query.with_untracked(|q| {
        (
            q.get("review").is_some_and(|v| v == "posted"),
            q.get("review_error").unwrap_or_default(),
        )
    });
    let (field, rule) = error.split_once('.').unwrap_or(("", ""));
    let message = |name: &str| {
        (field == name)
            .then(|| review_field_message(field, rule, locale))
            .flatten()
    };
    let (stars_error, body_error, photos_error, form_error) = (
        message("stars"),
        message("body"),
        message("photos"),
        message("form"),
    );
    let notice = match standing.as_str() {
        "may" => None,
        "sign_in" => Some(view! {
            <p class="review-standing">{t(ReviewMsg::SignInToReview)}" "
                <a href=format!("/account/login?next={}", encode_component(&format!("/product/{slug}")))>{t(ReviewMsg::SignIn)}</a></p>
        }.into_any()),
        other => Some(view! { <p class="review-standing">{review_field_message("form", other, locale)}</p> }.into_any()),
    };
    view! {
        {posted.then(|| view! { <p class="form-done" role="status">{t(ReviewMsg::Posted)}</p> })}
        <p class="form-alert" role="alert">{form_error}</p>
        {notice}
        {(standing == "may").then(|| view! {
            <form class="review-form account-form" id="review-form" method="post" action=format!("/reviews/{product}")
                enctype="multipart/form-data" novalidate=true>
                <h3>{t(ReviewMsg::WriteReview)}</h3>
                <input type="hidden" name="slug" value=slug.clone()/>
                <div class="form-field">
                    <label for="review-stars">{t(ReviewMsg::Stars)}</label>
                    <select id="review-stars" name="stars" aria-describedby="review-stars-note" aria-invalid=stars_error.is_some().then_some("true")>
                        <option value="">{t(ReviewMsg::ChooseStars)}</option>
                        {(1..=5).rev().map(|n| view! {
                            <option value=n selected=typed_stars == n.to_string()>{stars_label(locale, n)}</option>
                        }).collect_view()}
                    </select>
                    <p id="review-stars-note" class="field-note field-error">{stars_error.clone()}</p>
                </div>
                <div class="form-field">
                    <label for="review-body">{t(ReviewMsg::Body)}</label>
                    <textarea id="review-body" name="body" rows="5" maxlength="1000" aria-describedby="review-body-note"
                        aria-invalid=body_error.is_some().then_some("true")>{crate::ui::textarea_text(&typed_body)}</textarea>
                    <p id="review-body-note" class=if body_error.is_some() { "field-note field-error" } else { "field-note" }>{body_error.clone().unwrap_or_else(|| t(ReviewMsg::BodyNote).to_string())}</p>
                </div>
                <div class="form-field">
                    <label for="review-photos">{t(ReviewMsg::Photos)}</label>
                    <input id="review-photos" type="file" name="photos" multiple=true accept="image/jpeg,image/png,image/webp"
                        aria-describedby="review-photos-note" aria-invalid=photos_error.is_some().then_some("true")/>
                    <p id="review-photos-note" class=if photos_error.is_some() { "field-note field-error" } else { "field-note" }>{photos_error.clone().unwrap_or_else(|| t(ReviewMsg::PhotosNote).to_string())}</p>
                </div>
                <button type="submit" class="button-primary">{t(ReviewMsg::Post)}</button>
            </form>
        })}
    }
}
