//! The back office's first page: the shop's figures as they stand now.

use super::records::{get_dashboard, Figure};
use super::shell::refusal;
use crate::i18n::{t, AdminMsg};
use leptos::prelude::*;
use leptos_meta::Title;

impl Figure {
    fn label(self) -> AdminMsg {
        match self {
            Figure::ProductsOnShelf => AdminMsg::FigureProductsOnShelf,
            Figure::ProductsSoldOut => AdminMsg::FigureProductsSoldOut,
            Figure::ProductsNotLive => AdminMsg::FigureProductsNotLive,
            Figure::Members => AdminMsg::FigureMembers,
            Figure::MembersJoinedToday => AdminMsg::FigureMembersToday,
            Figure::MembersVerified => AdminMsg::FigureMembersVerified,
            Figure::SearchesToday => AdminMsg::FigureSearchesToday,
            Figure::SearchesWithoutResults => AdminMsg::FigureSearchesEmpty,
            Figure::MailsQueued => AdminMsg::FigureMailsQueued,
            Figure::MailsDead => AdminMsg::FigureMailsDead,
            Figure::StaffPending => AdminMsg::FigureStaffPending,
        }
    }

    /// Figures that ask for someone's attention when they are not zero.
    fn is_warning(self) -> bool {
        matches!(
            self,
            Figure::ProductsSoldOut | Figure::MailsDead | Figure::StaffPending
        )
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let figures = Resource::new(|| (), |_| get_dashboard());
    view! {
        <Title text=t(AdminMsg::Dashboard)/>
        <h1>{t(AdminMsg::Dashboard)}</h1>
        <p class="admin-note">{t(AdminMsg::DashboardNote)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match figures.await {
                    Ok(figures) => view! {
                        <ul class="admin-figures">
                            {figures.into_iter().map(|(figure, value)| {
                                let warn = figure.is_warning() && value > 0;
                                view! {
                                <li class="admin-figure" class:admin-figure-warning=warn>
                                    <span class="admin-figure-value">{value}</span>
                                    <span class="admin-figure-label">{t(figure.label())}</span>
                                </li>
                            }}).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}
