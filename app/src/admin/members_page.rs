//! The member directory for staff: find a member by a piece of their e-mail or name.

use super::audit_page::Pages;
use super::records::{find_members, MemberRow};
use super::shell::refusal;
use crate::i18n::{t, AccountMsg, AdminMsg, Msg};
use crate::ui::url::encode_component;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MembersPage() -> impl IntoView {
    let query = use_query_map();
    let asked = Memo::new(move |_| {
        let q = query.read();
        let text = q.get("q").unwrap_or_default();
        let page = q
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1);
        (text, page.clamp(1, 100_000))
    });
    let members = Resource::new(move || asked.get(), |(text, page)| find_members(text, page));
    view! {
        <Title text=t(AdminMsg::Members)/>
        <h1>{t(AdminMsg::Members)}</h1>
        <form method="get" action="/admin/members" class="admin-search" role="search">
            <label for="member-query">{t(AdminMsg::FindMember)}</label>
            <input id="member-query" name="q" type="search" maxlength="100"
                prop:value=move || asked.get().0/>
            <button type="submit" class="button-secondary">{t(Msg::Search)}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match members.await {
                    Ok(found) if found.rows.is_empty() => view! { <p>{t(AdminMsg::NoMembersFound)}</p> }.into_any(),
                    Ok(found) => {
                        let keep = format!("q={}&", encode_component(&asked.get_untracked().0));
                        view! {
                        <table class="admin-table members-table">
                            <thead><tr>
                                <th scope="col">"#"</th>
                                <th scope="col">{t(Msg::EmailLabel)}</th>
                                <th scope="col">{t(Msg::NameLabel)}</th>
                                <th scope="col">{t(AdminMsg::Phone)}</th>
                                <th scope="col">{t(AdminMsg::Status)}</th>
                                <th scope="col">{t(Msg::MemberSince)}</th>
                                <th scope="col">{t(AccountMsg::MemberLevel)}</th>
                            </tr></thead>
                            <tbody>{found.rows.into_iter().map(row).collect_view()}</tbody>
                        </table>
                        <Pages page=found.page more=found.more keep/>
                    }.into_any()
                    }
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

fn row(member: MemberRow) -> impl IntoView {
    let state = if member.status != "active" {
        AdminMsg::MemberDeleted
    } else if member.verified {
        AdminMsg::MemberVerified
    } else {
        AdminMsg::MemberUnverified
    };
    view! {
        <tr>
            <td>{member.id}</td>
            <td>{member.email}</td>
            <td>{member.name}</td>
            <td>{member.phone.unwrap_or_default()}</td>
            <td>{t(state)}</td>
            <td>{member.joined}</td>
            <td>{member.level}</td>
        </tr>
    }
}
