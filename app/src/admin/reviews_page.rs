//! Review moderation (`/admin/reviews`): new reviews first by default, each with its product,
//! author, stars, text and photos (shown as text and pictures, never as markup); approve or
//! hide it, and answer it in public as the shop.

use super::reviews_api::{get_reviews, ModerateReview, ReplyToReview, ReviewRow};
use super::shell::refusal;
use crate::error::AppError;
use crate::i18n::{review_field_message, stars_label, t, use_locale, ReviewMsg};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ReviewModerationPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.with(|q| q.get("status").unwrap_or_else(|| "new".into()));
    let moderate = ServerAction::<ModerateReview>::new();
    let reviews = Resource::new(
        move || (status(), moderate.version().get()),
        |(s, _)| get_reviews(s),
    );
    let tab = move |code: &'static str, label: ReviewMsg| {
        let current = move || (status() == code).then_some("page");
        view! { <li><a href=format!("/admin/reviews?status={code}") aria-current=current>{t(label)}</a></li> }
    };
    view! {
        <Title text=t(ReviewMsg::ModerationTitle)/>
        <h1>{t(ReviewMsg::ModerationTitle)}</h1>
        <nav class="admin-tabs"><ul>
            {tab("new", ReviewMsg::FilterNew)}
            {tab("approved", ReviewMsg::FilterApproved)}
            {tab("hidden", ReviewMsg::FilterHidden)}
            {tab("all", ReviewMsg::FilterAll)}
        </ul></nav>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match reviews.await {
                    Ok(list) if list.is_empty() => view! { <p>{t(ReviewMsg::NoneHere)}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="inbox-list review-queue">
                            {list.into_iter().map(|r| view! { <Row r moderate/> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Transition>
    }
}

#[component]
fn Row(r: ReviewRow, moderate: ServerAction<ModerateReview>) -> impl IntoView {
    let locale = use_locale();
    let reply = ServerAction::<ReplyToReview>::new();
    let reply_note = move || match reply.value().get() {
        Some(Ok(())) => Some(t(ReviewMsg::ReplySaved).to_string()),
        Some(Err(AppError::Invalid { field, rule })) => review_field_message(&field, &rule, locale),
        Some(Err(_)) => Some(t(ReviewMsg::SomethingWrong).to_string()),
        None => None,
    };
    let hidden = r.status == "hidden";
    let status_label = match r.status.as_str() {
        "approved" => t(ReviewMsg::FilterApproved),
        "hidden" => t(ReviewMsg::FilterHidden),
        _ => t(ReviewMsg::FilterNew),
    };
    let reply_id = format!("review-reply-{}", r.id);
    view! {
        <li class="inbox-message" class:answered=hidden data-review=r.id>
            <p class="inbox-head">
                <strong>"#"{r.id}" · "{stars_label(locale, r.stars)}</strong>
                " · "{status_label}" · "{r.posted}" · "{t(ReviewMsg::Author)}" "{r.author}
                " · "<a href=format!("/product/{}", r.product_slug)>{r.product}</a>
                " · "{crate::i18n::helpful_count(locale, r.helpful)}
            </p>
            <p class="inbox-body">{r.body}</p>
            {(!r.photos.is_empty()).then(|| view! {
                <ul class="review-photos">
                    {r.photos.into_iter().map(|(thumb, full)| view! {
                        <li><a href=full><img src=thumb alt=t(ReviewMsg::PhotoAlt) loading="lazy"/></a></li>
                    }).collect_view()}
                </ul>
            })}
            <div class="review-actions">
                {(r.status != "approved").then(|| view! {
                    <ActionForm action=moderate>
                        <input type="hidden" name="id" value=r.id/>
                        <input type="hidden" name="approve" value="true"/>
                        <button type="submit" class="button-secondary">{t(ReviewMsg::Approve)}</button>
                    </ActionForm>
                })}
                {(!hidden).then(|| view! {
                    <ActionForm action=moderate>
                        <input type="hidden" name="id" value=r.id/>
                        <input type="hidden" name="approve" value="false"/>
                        <button type="submit" class="button-secondary">{t(ReviewMsg::Hide)}</button>
                    </ActionForm>
                })}
            </div>
            <ActionForm action=reply attr:class="review-reply-form">
                <input type="hidden" name="id" value=r.id/>
                <label for=reply_id.clone()>{t(ReviewMsg::Reply)}</label>
                <textarea id=reply_id name="reply" rows="2" maxlength="1000">{crate::ui::textarea_text(&r.reply)}</textarea>
                <button type="submit" class="button-secondary">{t(ReviewMsg::SaveReply)}</button>
                <p class="field-note" role="status">{reply_note}</p>
            </ActionForm>
        </li>
    }
}
