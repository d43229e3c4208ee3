//! Staff management for administrators: everyone with their status and roles; approve pending
//! applications, change roles, deactivate and reactivate; add someone with a first password.

use super::shell::refusal;
use super::staff_api::{list_staff, AddStaff, ChangeStaff, StaffRow};
use crate::account::forms::{Field, FormAlert, Submit};
use crate::account::notices::form_message;
use crate::i18n::{role_label, t, use_locale, AdminMsg, Msg};
use leptos::prelude::*;
use leptos_meta::Title;

/// Role codes in the order the forms list them.
const ROLE_CODES: [&str; 8] = [
    "administrator",
    "operations",
    "editor",
    "customer_service",
    "warehouse",
    "purchasing",
    "finance",
    "marketing",
];

#[component]
pub fn StaffPage() -> impl IntoView {
    let add = ServerAction::<AddStaff>::new();
    let change = ServerAction::<ChangeStaff>::new();
    let staff = Resource::new(
        move || (add.version().get(), change.version().get()),
        |_| list_staff(),
    );
    let locale = use_locale();
    let change_error = move || {
        let error = change.value().get()?.err()?;
        form_message(&error, &[], locale)
    };
    view! {
        <Title text=t(AdminMsg::Staff)/>
        <h1>{t(AdminMsg::Staff)}</h1>
        <p class="form-alert" role="alert">{change_error}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match staff.await {
                    Ok(rows) => view! {
                        <table class="admin-table staff-table">
                            <thead><tr>
                                <th scope="col">{t(AdminMsg::StaffName)}</th>
                                <th scope="col">{t(AdminMsg::Status)}</th>
                                <th scope="col">{t(AdminMsg::Roles)}</th>
                                <th scope="col">{t(AdminMsg::LastLogIn)}</th>
                                <th scope="col">{t(AdminMsg::Actions)}</th>
                            </tr></thead>
                            <tbody>{rows.into_iter().map(|row| view! { <Row row change/> }).collect_view()}</tbody>
                        </table>
                        <AddForm add/>
                    }.into_any(),
                    Err(error) => refusal(error),
                }
            })}
        </Suspense>
    }
}

/// Checkboxes for the roles, `checked` ticked.
fn role_boxes(prefix: String, checked: &[String]) -> impl IntoView {
    let locale = use_locale();
    let boxes = ROLE_CODES
        .iter()
        .map(|code| {
            let id = format!("{prefix}-{code}");
            let on = checked.iter().any(|c| c == code);
            view! {
                <label class="role-box" for=id.clone()>
                    <input type="checkbox" id=id.clone() name="roles[]" value=*code checked=on/>
                    {role_label(locale, code)}
                </label>
            }
        })
        .collect_view();
    view! { <fieldset class="role-boxes"><legend>{t(AdminMsg::Roles)}</legend>{boxes}</fieldset> }
}

#[component]
fn Row(row: StaffRow, change: ServerAction<ChangeStaff>) -> impl IntoView {
    let locale = use_locale();
    let status = match row.status.as_str() {
        "pending" => AdminMsg::StatusPending,
        "active" => AdminMsg::StatusActive,
        _ => AdminMsg::StatusDeactivated,
    };
    let id = row.id.to_string();
    let id2 = id.clone();
    let email = row.email.clone();
    let (button, kind) = match row.status.as_str() {
        "pending" => (AdminMsg::Approve, "approve"),
        _ => (AdminMsg::SaveRoles, "roles"),
    };
    let toggle = match row.status.as_str() {
        "active" if !row.is_me => Some((AdminMsg::Deactivate, "deactivate")),
        "deactivated" => Some((AdminMsg::Reactivate, "reactivate")),
        _ => None,
    };
    let roles_text = row
        .roles
        .iter()
        .map(|c| role_label(locale, c))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <tr class=format!("staff-{}", row.status) data-email=email>
            <td><strong>{row.name}</strong><br/><small>{row.email}</small></td>
            <td>{t(status)}</td>
            <td>{roles_text}</td>
            <td>{row.last_login.unwrap_or_else(|| "—".into())}</td>
            <td class="staff-actions">
                {(row.status != "deactivated").then(|| view! {
                    <ActionForm action=change attr:class="staff-roles-form">
                        <input type="hidden" name="id" value=id.clone()/>
                        <input type="hidden" name="change" value=kind/>
                        {role_boxes(format!("staff-{id}"), &row.roles)}
                        <button type="submit" class="button-secondary">{t(button)}</button>
                    </ActionForm>
                })}
                {toggle.map(|(label, kind)| view! {
                    <ActionForm action=change attr:class="staff-toggle-form">
                        <input type="hidden" name="id" value=id2/>
                        <input type="hidden" name="change" value=kind/>
                        <button type="submit" class="button-secondary">{t(label)}</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}

#[component]
fn AddForm(add: ServerAction<AddStaff>) -> impl IntoView {
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    let locale = use_locale();
    let roles_note = move || {
        error
            .get()
            .and_then(|e| crate::account::notices::field_message(&e, "roles", locale))
    };
    view! {
        <section class="account-form admin-add-staff">
            <h2>{t(AdminMsg::AddStaff)}</h2>
            <p>{t(AdminMsg::AddStaffIntro)}</p>
            <FormAlert error fields=&["email", "password", "name", "roles"]/>
            <ActionForm action=add>
                <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="off" error/>
                <Field name="name" label=t(AdminMsg::StaffName) kind="text" autocomplete="off" error/>
                <Field name="password" label=t(AdminMsg::FirstPassword) kind="password" autocomplete="new-password"
                    error hint=t(Msg::NewPasswordHint)/>
                {role_boxes("new-staff".into(), &[])}
                <p class="field-note field-error" id="roles-note">{roles_note}</p>
                <Submit label=t(AdminMsg::AddStaff) pending=add.pending().into()/>
            </ActionForm>
        </section>
    }
}
