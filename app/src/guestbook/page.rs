//! `/guestbook` and `/guestbook/board/{code}`: the boards, a search box (a plain GET form),
//! the posts (pinned first, then newest; the reader's own waiting posts marked), page links,
//! and the writing form. A new post appears in place with JavaScript, or when the page comes
//! back without it.

use super::api::{get_guestbook, GuestbookView, WritePost};
use super::form::PostForm;
use super::post_card::PostCard;
use crate::i18n::{t, GuestbookMsg, Msg};
use crate::ui::{encode_component, Breadcrumbs, ErrorPanel, Pager};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn GuestbookPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let board = move || params.with(|p| p.get("code").unwrap_or_default());
    let typed = move || query.with(|q| q.get("q").unwrap_or_default());
    let page = move || {
        query.with(|q| {
            q.get("page")
                .and_then(|p| p.parse::<i64>().ok())
                .unwrap_or(1)
        })
    };
    let action = ServerAction::<WritePost>::new();
    // The list (and a fresh form) comes again after a post is taken, not after a refusal,
    // which would lose what was typed.
    let taken = RwSignal::new(0usize);
    Effect::new(move |_| {
        if action.value().with(|v| matches!(v, Some(Ok(_)))) {
            taken.update(|n| *n += 1);
        }
    });
    let found = Resource::new(
        move || (board(), typed(), page(), taken.get()),
        |(b, q, p, _)| get_guestbook(b, q, p),
    );
    view! {
        <Title text=t(GuestbookMsg::Title)/>
        <Meta name="description" content=t(GuestbookMsg::Intro)/>
        <Link rel="canonical" href="/guestbook"/>
        <Breadcrumbs crumbs=Vec::new() current=t(GuestbookMsg::Title).to_string()/>
        <section class="guestbook">
            <h1>{t(GuestbookMsg::Title)}</h1>
            <p class="guestbook-intro">{t(GuestbookMsg::Intro)}" "<a href="#write">{t(GuestbookMsg::Write)}</a></p>
            <Transition fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match found.await {
                        Ok(view) => view! { <Board view board=board() typed=typed() action/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Board(
    view: GuestbookView,
    board: String,
    typed: String,
    action: ServerAction<WritePost>,
) -> impl IntoView {
    let here = if board.is_empty() {
        "/guestbook".to_string()
    } else {
        format!("/guestbook/board/{board}")
    };
    let pager_base = match typed.trim() {
        "" => format!("{here}?page="),
        q => format!("{here}?q={}&page=", encode_component(q)),
    };
    let href = Callback::new(move |n: i64| format!("{pager_base}{n}"));
    let searching = !typed.trim().is_empty();
    let empty = if searching {
        t(GuestbookMsg::NothingFound)
    } else {
        t(GuestbookMsg::Empty)
    };
    let all_current = board.is_empty().then_some("page");
    view! {
        <div class="guestbook-layout">
            <nav class="guestbook-boards" aria-label=t(GuestbookMsg::Boards)>
                <ul>
                    <li><a href="/guestbook" aria-current=all_current>{t(GuestbookMsg::AllBoards)}</a></li>
                    {view.boards.iter().map(|b| {
                        let current = (b.code == board).then_some("page");
                        view! { <li><a href=format!("/guestbook/board/{}", b.code) aria-current=current>{b.name.clone()}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <div class="guestbook-main">
                <form class="guestbook-search" method="get" action=here.clone() role="search">
                    <label for="guestbook-q" class="visually-hidden">{t(GuestbookMsg::Search)}</label>
                    <input id="guestbook-q" type="search" name="q" value=typed.clone() maxlength="100"
                        placeholder=t(GuestbookMsg::Search)/>
                    <button type="submit" class="button-secondary">{t(GuestbookMsg::SearchButton)}</button>
                </form>
                {searching.then(|| view! { <p class="guestbook-count">{view.total}" "{t(GuestbookMsg::Results)}</p> })}
                {if view.posts.is_empty() {
                    view! { <p class="empty-state">{empty}</p> }.into_any()
                } else {
                    view! {
                        <ol class="guestbook-posts">
                            {view.posts.into_iter().map(|post| view! { <li><PostCard post linked=true/></li> }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                <Pager page=view.page pages=view.pages href/>
                <PostForm action boards=view.boards board member_name=view.member_name started=view.started
                    typed=view.draft.unwrap_or_default()/>
            </div>
        </div>
    }
}
