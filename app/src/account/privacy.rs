//! The account's privacy section: download everything the shop keeps about you (JSON), and
//! delete the account, confirmed with the password.

use super::forms::{Field, FormAlert, Submit};
use crate::error::AppError;
use crate::i18n::{t, AccountMsg};
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

/// Everything the shop keeps about the signed-in member, as a JSON download.
#[server(endpoint = "account/export", input = GetUrl, output = Json)]
pub async fn export_my_data() -> Result<serde_json::Value, AppError> {
    let db = crate::server::db()?;
    let id = super::session::member(&db).await?;
    let data = domain::members::privacy::export(&db, id).await?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CONTENT_DISPOSITION,
            http::HeaderValue::from_static("attachment; filename=\"my-emporium-data.json\""),
        );
    }
    Ok(data)
}

/// Deletes the signed-in member's account, given its password, and signs the browser out.
#[server(endpoint = "account/delete")]
pub async fn delete_my_account(current_password: String) -> Result<(), AppError> {
    use domain::rate_limit::{self, LOGIN_FAILURES};
    let db = crate::server::db()?;
    let id = super::session::member(&db).await?;
    let key = format!("password-change:{id}");
    crate::server::within(&db, &key, LOGIN_FAILURES).await?;
    let deleted = domain::members::privacy::delete(&db, id, &current_password).await;
    if matches!(&deleted, Err(domain::DomainError::Invalid { .. })) {
        rate_limit::count(&db, &key, LOGIN_FAILURES, domain::time::now()).await?;
    }
    deleted?;
    super::session::finish(&db).await?;
    leptos_axum::redirect("/?account=deleted");
    Ok(())
}

#[component]
pub fn PrivacySection() -> impl IntoView {
    let delete = ServerAction::<DeleteMyAccount>::new();
    let error = Signal::derive(move || delete.value().get().and_then(Result::err));
    view! {
        <section class="account-form privacy">
            <h2>{t(AccountMsg::PrivacyTitle)}</h2>
            <p><a href="/api/account/export" download="my-emporium-data.json" rel="external">{t(AccountMsg::DownloadMyData)}</a></p>
            <h3>{t(AccountMsg::DeleteAccount)}</h3>
            <p>{t(AccountMsg::DeleteAccountIntro)}</p>
            <FormAlert error fields=&["current_password"]/>
            <ActionForm action=delete>
                <Field name="current_password" label=t(crate::i18n::Msg::CurrentPasswordLabel) kind="password"
                    autocomplete="current-password" error id="delete-password"/>
                <Submit label=t(AccountMsg::DeleteAccountButton) pending=delete.pending().into()/>
            </ActionForm>
        </section>
    }
}
