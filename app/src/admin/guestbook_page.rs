//! Guestbook moderation (`/admin/guestbook`): tabs by status (the queue of waiting posts
//! first), each post with its decisions, the shop's public answer, and an edit box on the
//! moderator's own answers; and the choice of pre- or post-moderation.

use super::guestbook_api::{
    get_moderation, DecidePost, EditReply, HeldPost, ReplyToPost, SetModerationMode,
};
use super::shell::refusal;
use crate::account::notices::form_message;
use crate::error::AppError;
use crate::guestbook::PostCard;
use crate::i18n::{guestbook_field_message, t, use_locale, GuestbookMsg};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The actions of the page, shared by every post on it.
#[derive(Clone, Copy)]
struct Actions {
    decide: ServerAction<DecidePost>,
    reply: ServerAction<ReplyToPost>,
    edit: ServerAction<EditReply>,
}

#[component]
pub fn GuestbookModerationPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.with(|q| q.get("status").unwrap_or_else(|| "pending".into()));
    let actions = Actions {
        decide: ServerAction::new(),
        reply: ServerAction::new(),
        edit: ServerAction::new(),
    };
    let mode = ServerAction::<SetModerationMode>::new();
    let changes = move || {
        actions.decide.version().get()
            + actions.reply.version().get()
            + actions.edit.version().get()
            + mode.version().get()
    };
    let view = Resource::new(move || (status(), changes()), |(s, _)| get_moderation(s));
    let locale = use_locale();
    let problem = move || {
        [
            actions.decide.value().get(),
            actions.reply.value().get(),
            actions.edit.value().get(),
        ]
        .into_iter()
        .flatten()
        .find_map(Result::err)
        .and_then(|e: AppError| match &e {
            AppError::Invalid { field, rule } => guestbook_field_message(field, rule, locale),
            other => form_message(other, &[], locale),
        })
    };
    let tab = move |code: &'static str, label: GuestbookMsg| {
        let current = move || (status() == code).then_some("page");
        view! { <li><a href=format!("/admin/guestbook?status={code}") aria-current=current>{t(label)}</a></li> }
    };
    view! {
        <Title text=t(GuestbookMsg::ModerationTitle)/>
        <h1>{t(GuestbookMsg::ModerationTitle)}</h1>
        <nav class="admin-tabs"><ul>
            {tab("pending", GuestbookMsg::Queue)}
            {tab("visible", GuestbookMsg::Visible)}
            {tab("hidden", GuestbookMsg::Hidden)}
            {tab("deleted", GuestbookMsg::Deleted)}
        </ul></nav>
        <p class="form-alert" role="alert">{problem}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match view.await {
                    Ok(page) => {
                        let me = page.me;
                        view! {
                            <ModeForm mode current=page.mode/>
                            {if page.posts.is_empty() {
                                view! { <p>{t(GuestbookMsg::QueueEmpty)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="moderation-list">
                                        {page.posts.into_iter().map(|held| view! { <Moderated held actions me/> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        }.into_any()
                    }
                    Err(error) => refusal(error),
                }
            })}
        </Transition>
    }
}

#[component]
fn ModeForm(mode: ServerAction<SetModerationMode>, current: String) -> impl IntoView {
    let current = StoredValue::new(current);
    let choice = move |code: &'static str, label: GuestbookMsg| {
        let checked = current.with_value(|c| c == code);
        view! {
            <label class="radio-line">
                <input type="radio" name="mode" value=code checked=checked/>
                " "{t(label)}
            </label>
        }
    };
    view! {
        <ActionForm action=mode attr:class="moderation-mode">
            <fieldset>
                <legend>{t(GuestbookMsg::ModerationMode)}</legend>
                {choice("pre", GuestbookMsg::PreModeration)}
                {choice("post", GuestbookMsg::PostModeration)}
                <button type="submit" class="button-secondary">{t(GuestbookMsg::SaveMode)}</button>
            </fieldset>
        </ActionForm>
    }
}

/// The decisions that make sense for a post in `status` (pinned or not).
fn decisions(status: &str, pinned: bool) -> Vec<(&'static str, GuestbookMsg)> {
    use GuestbookMsg as M;
    let mut out = Vec::new();
    match status {
        "pending" => out.push(("approve", M::Approve)),
        "hidden" | "deleted" => out.push(("approve", M::Restore)),
        _ => {}
    }
    out.push(if pinned {
        ("unpin", M::Unpin)
    } else {
        ("pin", M::Pin)
    });
    if status != "hidden" && status != "deleted" {
        out.push(("hide", M::Hide));
    }
    if status != "deleted" {
        out.push(("delete", M::Delete));
    }
    out
}

#[component]
fn Moderated(held: HeldPost, actions: Actions, me: i64) -> impl IntoView {
    let id = held.post.id;
    let own: Vec<(i64, String)> = held
        .post
        .replies
        .iter()
        .filter(|r| r.staff_id == me)
        .map(|r| (r.id, r.text.clone()))
        .collect();
    view! {
        <li class="moderation-item" data-post=id data-status=held.status.clone()>
            <PostCard post=held.post.clone()/>
            {(!held.email.is_empty()).then(|| view! {
                <p class="moderation-email">{t(GuestbookMsg::GuestEmail)}": "{held.email.clone()}</p>
            })}
            <div class="moderation-actions">
                {decisions(&held.status, held.post.pinned).into_iter().map(|(code, label)| view! {
                    <ActionForm action=actions.decide>
                        <input type="hidden" name="id" value=id/>
                        <input type="hidden" name="decision" value=code/>
                        <button type="submit" class="button-secondary">{t(label)}</button>
                    </ActionForm>
                }).collect_view()}
            </div>
            {own.into_iter().map(|(reply, text)| view! {
                <ActionForm action=actions.edit attr:class="moderation-reply">
                    <input type="hidden" name="id" value=reply/>
                    <label>
                        {t(GuestbookMsg::EditReply)}
                        <textarea name="body" rows="3" maxlength="2000">{crate::ui::textarea_text(&text)}</textarea>
                    </label>
                    <button type="submit" class="button-secondary">{t(GuestbookMsg::SaveReply)}</button>
                </ActionForm>
            }).collect_view()}
            <ActionForm action=actions.reply attr:class="moderation-reply">
                <input type="hidden" name="id" value=id/>
                <label>
                    {t(GuestbookMsg::Reply)}
                    <textarea name="body" rows="3" maxlength="2000"></textarea>
                </label>
                <button type="submit" class="button-primary">{t(GuestbookMsg::SendReply)}</button>
            </ActionForm>
        </li>
    }
}
