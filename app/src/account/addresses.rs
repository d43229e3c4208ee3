//! The address book page: the member's shipping addresses (the default first), a form to add
//! one or edit one (`?edit=ID`), and buttons to make one the default or remove it.

// The save function takes one argument per form field, as the plain form posts them.
#![allow(clippy::too_many_arguments)]

use super::forms::{Field, FormAlert, Submit};
use super::nav::AccountNav;
use crate::error::AppError;
use crate::i18n::{t, AccountMsg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// An address as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressView {
    pub id: i64,
    pub recipient: String,
    pub phone: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub district: String,
    pub street: String,
    pub postcode: String,
    pub is_default: bool,
}

/// The signed-in member's addresses, or `None` when nobody is signed in.
#[server(endpoint = "account/addresses")]
pub async fn get_addresses() -> Result<Option<Vec<AddressView>>, AppError> {
    use domain::members::sessions::Holder;
    let db = crate::server::db()?;
    let Some(Holder::Member(id)) = super::session::current(&db).await? else {
        return Ok(None);
    };
    Ok(Some(address_book(&db, id).await?))
}

/// The member's address book as the pages show it (the default first).
#[cfg(feature = "ssr")]
pub(crate) async fn address_book(
    db: &domain::Db,
    member: domain::ids::MemberId,
) -> Result<Vec<AddressView>, AppError> {
    let book = domain::members::addresses::list(db, member).await?;
    Ok(book
        .into_iter()
        .map(|a| AddressView {
            id: a.id,
            recipient: a.recipient,
            phone: a.phone,
            country: a.country,
            region: a.region,
            city: a.city,
            district: a.district,
            street: a.street,
            postcode: a.postcode,
            is_default: a.is_default,
        })
        .collect())
}

/// Adds an address (`id` empty) or saves one of the member's own.
#[server(endpoint = "account/addresses/save")]
pub async fn save_address(
    #[server(default)] id: String,
    recipient: String,
    phone: String,
    country: String,
    region: String,
    city: String,
    district: String,
    street: String,
    #[server(default)] postcode: String,
) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let member = super::session::member(&db).await?;
    let id = match id.trim() {
        "" => None,
        typed => Some(typed.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let form = domain::members::addresses::AddressForm {
        recipient,
        phone,
        country,
        region,
        city,
        district,
        street,
        postcode,
    };
    domain::members::addresses::save(&db, member, id, &form).await?;
    leptos_axum::redirect("/account/addresses");
    Ok(())
}

/// Makes one of the member's addresses the default.
#[server(endpoint = "account/addresses/default")]
pub async fn make_default_address(id: i64) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let member = super::session::member(&db).await?;
    domain::members::addresses::make_default(&db, member, id).await?;
    leptos_axum::redirect("/account/addresses");
    Ok(())
}

/// Removes one of the member's addresses.
#[server(endpoint = "account/addresses/remove")]
pub async fn remove_address(id: i64) -> Result<(), AppError> {
    let db = crate::server::db()?;
    let member = super::session::member(&db).await?;
    domain::members::addresses::remove(&db, member, id).await?;
    leptos_axum::redirect("/account/addresses");
    Ok(())
}

/// The country codes the shop ships to, with their names.
const COUNTRIES: [(&str, AccountMsg); 4] = [
    ("CN", AccountMsg::CountryCn),
    ("HK", AccountMsg::CountryHk),
    ("MO", AccountMsg::CountryMo),
    ("TW", AccountMsg::CountryTw),
];

#[component]
pub fn AddressesPage() -> impl IntoView {
    let save = ServerAction::<SaveAddress>::new();
    let default = ServerAction::<MakeDefaultAddress>::new();
    let remove = ServerAction::<RemoveAddress>::new();
    let book = Resource::new(
        move || {
            (
                save.version().get(),
                default.version().get(),
                remove.version().get(),
            )
        },
        |_| get_addresses(),
    );
    let query = use_query_map();
    let editing = move || {
        query
            .read()
            .get("edit")
            .and_then(|id| id.parse::<i64>().ok())
    };
    view! {
        <Title text=t(AccountMsg::AddressesTitle)/>
        <Meta name="robots" content="noindex"/>
        <AccountNav/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match book.await {
                    Ok(Some(book)) => {
                        let edited = editing().and_then(|id| book.iter().find(|a| a.id == id).cloned());
                        view! {
                            <section class="address-book">
                                <h1>{t(AccountMsg::AddressesTitle)}</h1>
                                {book.is_empty().then(|| view! { <p>{t(AccountMsg::NoAddresses)}</p> })}
                                <ul class="address-list">
                                    {book.into_iter().map(|a| view! { <AddressCard a default remove/> }).collect_view()}
                                </ul>
                            </section>
                            <AddressForm save edited/>
                        }.into_any()
                    }
                    Ok(None) => view! { <Redirect path="/account/login"/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AddressCard(
    a: AddressView,
    default: ServerAction<MakeDefaultAddress>,
    remove: ServerAction<RemoveAddress>,
) -> impl IntoView {
    let place = COUNTRIES
        .iter()
        .find(|(code, _)| *code == a.country)
        .map(|(_, name)| t(*name))
        .unwrap_or_default();
    let id = a.id.to_string();
    let id2 = id.clone();
    view! {
        <li class="address-card" class:address-default=a.is_default>
            <p class="address-who"><strong>{a.recipient}</strong>" "{a.phone}
                {a.is_default.then(|| view! { <span class="address-badge">{t(AccountMsg::DefaultAddress)}</span> })}
            </p>
            <p class="address-where">{place}" "{a.region}" "{a.city}" "{a.district}" "{a.street}" "{a.postcode}</p>
            <div class="address-actions">
                <a href=format!("/account/addresses?edit={}", a.id)>{t(AccountMsg::Edit)}</a>
                {(!a.is_default).then(|| view! {
                    <ActionForm action=default>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button-link">{t(AccountMsg::MakeDefault)}</button>
                    </ActionForm>
                })}
                <ActionForm action=remove>
                    <input type="hidden" name="id" value=id2/>
                    <button type="submit" class="button-link">{t(AccountMsg::Remove)}</button>
                </ActionForm>
            </div>
        </li>
    }
}

#[component]
fn AddressForm(save: ServerAction<SaveAddress>, edited: Option<AddressView>) -> impl IntoView {
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    // After a save the form goes back to what the page gave it (empty, or the next address
    // to edit); after a refused save it keeps what was typed.
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if matches!(save.value().get(), Some(Ok(()))) {
            if let Some(form) = form.get_untracked() {
                form.reset();
            }
        }
    });
    let title = if edited.is_some() {
        AccountMsg::EditAddress
    } else {
        AccountMsg::AddAddress
    };
    let a = edited.clone().unwrap_or_default();
    let id = edited
        .as_ref()
        .map(|a| a.id.to_string())
        .unwrap_or_default();
    let country = if a.country.is_empty() {
        "CN".to_string()
    } else {
        a.country.clone()
    };
    const FIELDS: &[&str] = &[
        "recipient",
        "phone",
        "country",
        "region",
        "city",
        "district",
        "street",
        "postcode",
    ];
    view! {
        <section class="account-form address-form">
            <h2>{t(title)}</h2>
            <FormAlert error fields=FIELDS/>
            <ActionForm action=save node_ref=form>
                <input type="hidden" name="id" value=id/>
                <Field name="recipient" label=t(AccountMsg::Recipient) kind="text" autocomplete="shipping name" error value=a.recipient/>
                <Field name="phone" label=t(AccountMsg::PhoneLabel) kind="tel" autocomplete="shipping tel" error value=a.phone/>
                <div class="form-field">
                    <label for="field-country">{t(AccountMsg::Country)}</label>
                    <select id="field-country" name="country" autocomplete="shipping country">
                        {COUNTRIES.iter().map(|(code, name)| view! {
                            <option value=*code selected=*code == country>{t(*name)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field name="region" label=t(AccountMsg::Region) kind="text" autocomplete="shipping address-level1" error value=a.region/>
                <Field name="city" label=t(AccountMsg::City) kind="text" autocomplete="shipping address-level2" error value=a.city/>
                <Field name="district" label=t(AccountMsg::District) kind="text" autocomplete="shipping address-level3" error value=a.district/>
                <Field name="street" label=t(AccountMsg::Street) kind="text" autocomplete="shipping street-address" error value=a.street/>
                <Field name="postcode" label=t(AccountMsg::Postcode) kind="text" autocomplete="shipping postal-code" error
                    value=a.postcode optional=true hint=t(AccountMsg::PostcodeHint)/>
                <Submit label=t(AccountMsg::SaveAddress) pending=save.pending().into()/>
            </ActionForm>
            {edited.is_some().then(|| view! { <p><a href="/account/addresses">{t(AccountMsg::CancelEdit)}</a></p> })}
        </section>
    }
}
