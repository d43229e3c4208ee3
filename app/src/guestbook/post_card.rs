//! One post as shoppers see it: board, writer (a member or a guest's name), time, title,
//! text with its web addresses as `nofollow ugc` links, and the shop's answers under it,
//! marked as the shop's. Everything typed is shown as text, never as markup.

use super::api::{LinkedRun, PostView};
use crate::i18n::{t, GuestbookMsg};
use leptos::prelude::*;

/// Text with its `http(s)` addresses as links that pass no ranking, name no referrer and
/// cannot reach back into this page.
#[component]
pub fn LinkedText(runs: Vec<LinkedRun>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            LinkedRun::Text(text) => text.into_any(),
            LinkedRun::Link(href) => {
                let text = href.clone();
                view! { <a href=href rel="nofollow ugc noopener noreferrer" target="_blank">{text}</a> }
                    .into_any()
            }
        })
        .collect_view()
}

/// A post; its title links to the post's own page when `linked`.
#[component]
pub fn PostCard(post: PostView, #[prop(optional)] linked: bool) -> impl IntoView {
    let href = format!("/guestbook/post/{}", post.id);
    let title = if linked {
        view! { <a href=href>{post.title.clone()}</a> }.into_any()
    } else {
        post.title.clone().into_any()
    };
    view! {
        <article class="guestbook-post" class:pinned=post.pinned class:waiting=post.waiting data-post=post.id>
            <header class="guestbook-post-head">
                {post.pinned.then(|| view! { <span class="badge badge-pin">{t(GuestbookMsg::Pinned)}</span> })}
                {post.waiting.then(|| view! { <span class="badge badge-waiting">{t(GuestbookMsg::Waiting)}</span> })}
                <h2 class="guestbook-post-title">{title}</h2>
                <p class="guestbook-post-meta">
                    <a href=format!("/guestbook/board/{}", post.board)>{post.board_name.clone()}</a>
                    " · "<span class="guestbook-writer">{post.name.clone()}</span>
                    {post.by_member.then(|| view! { " "<span class="badge">{t(GuestbookMsg::Member)}</span> })}
                    " · "<time>{post.when.clone()}</time>
                </p>
            </header>
            <p class="guestbook-post-body"><LinkedText runs=post.body.clone()/></p>
            {post.replies.into_iter().map(|reply| view! {
                <section class="guestbook-reply" data-reply=reply.id>
                    <h3 class="guestbook-reply-head">
                        <span class="badge badge-shop">{t(GuestbookMsg::ShopReply)}</span>
                        " "{reply.staff_name}" · "<time>{reply.when}</time>
                        {reply.edited.then(|| view! { " ("{t(GuestbookMsg::Edited)}")" })}
                    </h3>
                    <p class="guestbook-reply-body"><LinkedText runs=reply.body/></p>
                </section>
            }).collect_view()}
        </article>
    }
}
