//! The profile page: display name, optional phone and birthday, and the language of the shop's
//! mail; checked on the server, each problem shown beside its field.

use super::forms::{Field, FormAlert, Submit};
use super::nav::AccountNav;
use crate::error::AppError;
use crate::i18n::{t, AccountMsg, Msg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

/// The profile as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub name: String,
    pub phone: String,
    pub birthday: String,
    pub language: String,
}

/// The signed-in member's profile, or `None` when nobody is signed in.
#[server(endpoint = "account/profile")]
pub async fn get_profile() -> Result<Option<ProfileView>, AppError> {
    use domain::members::sessions::Holder;
    let db = crate::server::db()?;
    let Some(Holder::Member(id)) = super::session::current(&db).await? else {
        return Ok(None);
    };
    Ok(domain::members::profile::get(&db, id)
        .await?
        .map(|p| ProfileView {
            name: p.name,
            phone: p.phone,
            birthday: p.birthday,
            language: p.language,
        }))
}

/// Saves the signed-in member's profile.
#[server(endpoint = "account/profile/save")]
pub async fn save_profile(
    name: String,
    #[server(default)] phone: String,
    #[server(default)] birthday: String,
    language: String,
) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let id = super::session::member(&db).await?;
    let typed = domain::members::profile::Profile {
        name,
        phone,
        birthday,
        language,
    };
    let today = domain::time::shop_date(domain::time::now());
    domain::members::profile::update(&db, id, &typed, &today).await?;
    Ok(())
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let profile = Resource::new(|| (), |_| get_profile());
    view! {
        <Title text=t(AccountMsg::ProfileTitle)/>
        <Meta name="robots" content="noindex"/>
        <AccountNav/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(Some(view)) => view! { <ProfileForm view/> }.into_any(),
                    Ok(None) => view! { <Redirect path="/account/login"/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProfileForm(view: ProfileView) -> impl IntoView {
    let action = ServerAction::<SaveProfile>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    let english = view.language == "en";
    view! {
        <section class="account-form profile-form">
            <h1>{t(AccountMsg::ProfileTitle)}</h1>
            <Show when=saved>
                <p class="form-notice" role="status">{t(AccountMsg::ProfileSaved)}</p>
            </Show>
            <FormAlert error fields=&["name", "phone", "birthday", "language"]/>
            <ActionForm action>
                <Field name="name" label=t(Msg::NameLabel) kind="text" autocomplete="nickname" error value=view.name/>
                <Field name="phone" label=t(AccountMsg::PhoneLabel) kind="tel" autocomplete="tel" error
                    value=view.phone optional=true hint=t(AccountMsg::Optional)/>
                <Field name="birthday" label=t(AccountMsg::Birthday) kind="date" autocomplete="bday" error
                    value=view.birthday optional=true hint=t(AccountMsg::Optional)/>
                <div class="form-field">
                    <label for="field-language">{t(AccountMsg::MailLanguage)}</label>
                    <select id="field-language" name="language">
                        <option value="zh-CN" selected=!english>"简体中文"</option>
                        <option value="en" selected=english>"English"</option>
                    </select>
                </div>
                <Submit label=t(AccountMsg::SaveProfile) pending=action.pending().into()/>
            </ActionForm>
        </section>
    }
}
