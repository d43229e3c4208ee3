//! The guestbook's writing form. It posts without JavaScript (the page comes back with the
//! writer's own post on it); with JavaScript it posts in place and says beside a refused
//! field why, keeping what was typed, and empties itself once the post is taken. A post refused
//! without JavaScript comes back with the field message and what was typed (a draft the
//! server kept).

use super::api::{BoardView, Typed, WritePost};
use crate::account::notices::form_message;
use crate::error::AppError;
use crate::i18n::{
    contact_field_message, guestbook_field_message, t, use_locale, GuestbookMsg, Msg,
};
use leptos::prelude::*;

/// `board` is chosen at first (unless `typed` names one); `member_name` is who a signed-in
/// member posts as; `typed` fills the fields in.
#[component]
pub fn PostForm(
    action: ServerAction<WritePost>,
    boards: Vec<BoardView>,
    board: String,
    member_name: Option<String>,
    started: i64,
    typed: Typed,
) -> impl IntoView {
    let locale = use_locale();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let message = move |field: &'static str| {
        move || {
            error.get().and_then(|e: AppError| match &e {
                AppError::Invalid { field: f, rule } if f == field => {
                    guestbook_field_message(f, rule, locale)
                }
                _ => None,
            })
        }
    };
    let invalid = move |field: &'static str| move || message(field)().is_some().to_string();
    let problem = move || {
        error.get().and_then(|e| match &e {
            AppError::Invalid { field, rule } if field == "form" => {
                contact_field_message(field, rule, locale)
            }
            AppError::Invalid { .. } => None,
            other => form_message(other, &[], locale),
        })
    };
    let done = move || match action.value().get() {
        Some(Ok(posted)) if posted.held => Some(t(GuestbookMsg::Held)),
        Some(Ok(_)) => Some(t(GuestbookMsg::Published)),
        _ => None,
    };
    // Once a post is taken the form empties itself; a refused one keeps what was typed.
    let form_ref = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if action.value().with(|v| matches!(v, Some(Ok(_)))) {
            if let Some(form) = form_ref.get_untracked() {
                form.reset();
            }
        }
    });
    let boards = StoredValue::new(boards);
    let board = StoredValue::new(if typed.board.is_empty() {
        board
    } else {
        typed.board.clone()
    });
    let Typed {
        name,
        email,
        title,
        body,
        ..
    } = typed;
    let member_name = StoredValue::new(member_name);
    view! {
        <section class="guestbook-write" id="write" aria-labelledby="write-title">
            <h2 id="write-title">{t(GuestbookMsg::Write)}</h2>
            <p class="form-alert" role="alert">{problem}</p>
            <p class="form-done" role="status">{done}</p>
            <ActionForm action node_ref=form_ref attr:class="guestbook-form contact-form" attr:novalidate=true>
                <input type="hidden" name="started" value=started/>
                <div class="form-field">
                    <label for="guestbook-board">{t(GuestbookMsg::Board)}</label>
                    <select id="guestbook-board" name="board" aria-describedby="guestbook-board-note">
                        {boards.get_value().into_iter().map(|b| {
                            let chosen = board.with_value(|c| *c == b.code);
                            view! { <option value=b.code selected=chosen>{b.name}</option> }
                        }).collect_view()}
                    </select>
                    <p id="guestbook-board-note" class="field-note field-error">{message("board")}</p>
                </div>
                {match member_name.get_value() {
                    Some(name) => view! {
                        <p class="guestbook-as">{t(GuestbookMsg::PostingAs)}": "<strong>{name}</strong></p>
                    }.into_any(),
                    None => view! {
                        <div class="form-field">
                            <label for="guestbook-name">{t(GuestbookMsg::Name)}</label>
                            <input id="guestbook-name" name="name" value=name autocomplete="nickname" maxlength="40" required
                                aria-invalid=invalid("name") aria-describedby="guestbook-name-note"/>
                            <p id="guestbook-name-note" class="field-note field-error">{message("name")}</p>
                        </div>
                        <div class="form-field">
                            <label for="guestbook-email">{t(GuestbookMsg::Email)}</label>
                            <input id="guestbook-email" name="email" value=email type="email" autocomplete="email" maxlength="254"
                                aria-invalid=invalid("email") aria-describedby="guestbook-email-note"/>
                            <p id="guestbook-email-note" class="field-note field-error">
                                {move || error.get().and_then(|e| crate::account::notices::field_message(&e, "email", locale))}
                            </p>
                        </div>
                    }.into_any(),
                }}
                <div class="form-field">
                    <label for="guestbook-title">{t(GuestbookMsg::PostTitle)}</label>
                    <input id="guestbook-title" name="title" value=title maxlength="60" required
                        aria-invalid=invalid("title") aria-describedby="guestbook-title-note"/>
                    <p id="guestbook-title-note" class="field-note field-error">{message("title")}</p>
                </div>
                <div class="form-field">
                    <label for="guestbook-body">{t(GuestbookMsg::Body)}</label>
                    <textarea id="guestbook-body" name="body" rows="5" maxlength="2000" required
                        aria-invalid=invalid("body") aria-describedby="guestbook-body-note">{crate::ui::textarea_text(&body)}</textarea>
                    <p id="guestbook-body-note" class="field-note field-error">{message("body")}</p>
                </div>
                <crate::ui::Honeypot/>
                <button type="submit" class="button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { t(Msg::Working) } else { t(GuestbookMsg::Publish) }}
                </button>
            </ActionForm>
        </section>
    }
}
