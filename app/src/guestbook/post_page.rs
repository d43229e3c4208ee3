//! `/guestbook/post/{id}`: one post with the shop's answers, on its own page (its address is
//! the one mailed to a guest when the shop answers).

use super::api::get_guestbook_post;
use super::post_card::PostCard;
use crate::catalog::types::Crumb;
use crate::i18n::{t, GuestbookMsg, Msg};
use crate::ui::{Breadcrumbs, ErrorPanel};
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn GuestbookPostPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or(0)
        })
    };
    let post = Resource::new(id, get_guestbook_post);
    view! {
        <section class="guestbook guestbook-single">
            <Transition fallback=|| view! { <p class="loading">{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match post.await {
                        Ok(Some(post)) => {
                            let title = post.title.clone();
                            view! {
                                <Title text=title.clone()/>
                                <Link rel="canonical" href=format!("/guestbook/post/{}", post.id)/>
                                <Breadcrumbs crumbs=vec![Crumb { label: t(GuestbookMsg::Title).to_string(), href: "/guestbook".to_string() }] current=title/>
                                <PostCard post/>
                            }.into_any()
                        }
                        Ok(None) => view! {
                            <Title text=t(GuestbookMsg::Title)/>
                            <p class="empty-state">{t(GuestbookMsg::NotFound)}</p>
                        }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
            <p><a href="/guestbook">{t(GuestbookMsg::Back)}</a></p>
        </section>
    }
}
