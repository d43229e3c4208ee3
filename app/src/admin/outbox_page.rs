//! The mail outbox for staff: the newest mails, whether each was sent, is waiting for a retry
//! or was given up on, and why.

use super::records::{get_outbox, OutboxRow};
use super::shell::refusal;
use crate::i18n::{t, AdminMsg};
use leptos::prelude::*;
use leptos_meta::Title;

fn status_label(status: &str) -> AdminMsg {
    match status {
        "sent" => AdminMsg::MailSent,
        "dead" => AdminMsg::MailDead,
        _ => AdminMsg::MailQueued,
    }
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let mails = Resource::new(|| (), |_| get_outbox());
    view! {
        <Title text=t(AdminMsg::Outbox)/>
        <h1>{t(AdminMsg::Outbox)}</h1>
        <p class="admin-note">{t(AdminMsg::OutboxNote)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match mails.await {
                    Ok(mails) if mails.is_empty() => view! { <p>{t(AdminMsg::OutboxEmpty)}</p> }.into_any(),
                    Ok(mails) => view! {
                        <table class="admin-table outbox-table">
                            <thead><tr>
                                <th scope="col">"#"</th>
                                <th scope="col">{t(AdminMsg::When)}</th>
                                <th scope="col">{t(AdminMsg::Recipient)}</th>
                                <th scope="col">{t(AdminMsg::Subject)}</th>
                                <th scope="col">{t(AdminMsg::Status)}</th>
                                <th scope="col">{t(AdminMsg::Tries)}</th>
                            </tr></thead>
                            <tbody>{mails.into_iter().map(row).collect_view()}</tbody>
                        </table>
                    }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

fn row(mail: OutboxRow) -> impl IntoView {
    let status = mail.status.clone();
    view! {
        <tr class=format!("mail-{status}")>
            <td>{mail.id}</td>
            <td>{mail.created}</td>
            <td>{mail.to}</td>
            <td>{mail.subject}<br/><small><code>{mail.kind}</code></small></td>
            <td>
                <span class="mail-status">{t(status_label(&status))}</span>
                {mail.sent.map(|s| view! { <br/><small>{s}</small> })}
                {mail.last_error.map(|e| view! { <br/><small class="mail-error">{e}</small> })}
            </td>
            <td>{mail.tries}</td>
        </tr>
    }
}
