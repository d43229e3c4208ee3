//! The checkout page, one column on a phone: contact (guests), delivery address (a saved one
//! or a new one), delivery time, invoice, gift message and note, way to pay, and the price
//! breakdown (recomputed for the region typed). A plain form that posts without JavaScript.

use super::api::{get_checkout, price_to, PlaceOrder};
use super::types::CheckoutView;
use crate::account::addresses::AddressView;
use crate::account::forms::{Field, FormAlert, Submit};
use crate::account::notices::field_message;
use crate::error::AppError;
use crate::i18n::{t, use_locale, AccountMsg, CartMsg, Msg, OrderMsg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Every field the form posts, so the message above the form leaves them to their own.
const FIELDS: &[&str] = &[
    "email",
    "address_id",
    "recipient",
    "phone",
    "country",
    "region",
    "city",
    "district",
    "street",
    "postcode",
    "delivery_time",
    "invoice_kind",
    "invoice_title",
    "invoice_tax_number",
    "gift_message",
    "note",
    "payment_method",
];

#[component]
pub fn CheckoutPage() -> impl IntoView {
    let locale = use_locale();
    let checkout = Resource::new(move || locale, get_checkout);
    view! {
        <Title text=t(OrderMsg::CheckoutTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="checkout-page">
            <h1>{t(OrderMsg::CheckoutTitle)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match checkout.await {
                        Ok(view) if view.cart.units == 0 => view! {
                            <p class="empty-state">{t(CartMsg::Empty)}" "<a href="/">{t(CartMsg::GoShopping)}</a></p>
                        }.into_any(),
                        Ok(view) if view.cart.needs_attention => view! {
                            <p class="form-alert" role="alert">{t(OrderMsg::CartChanged)}</p>
                            <p><a href="/cart">{t(OrderMsg::BackToCart)}</a></p>
                        }.into_any(),
                        Ok(view) => view! { <CheckoutForm view/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CheckoutForm(view: CheckoutView) -> impl IntoView {
    let action = ServerAction::<PlaceOrder>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = view.addresses.clone();
    let first = saved.first().cloned();
    // The region the price is worked out for: the chosen saved address's, or the typed one.
    let region = RwSignal::new(first.as_ref().map(|a| a.region.clone()).unwrap_or_default());
    let priced = Resource::new(move || region.get(), price_to);
    let member = view.member_email.is_some();
    let has_saved = !saved.is_empty();
    view! {
        <FormAlert error fields=FIELDS/>
        <ActionForm action attr:class="checkout-form" attr:novalidate=true>
            <input type="hidden" name="key" value=view.key/>
            <fieldset class="checkout-section">
                <legend>{t(OrderMsg::Contact)}</legend>
                {match view.member_email {
                    Some(email) => view! { <p class="checkout-email">{email}</p> }.into_any(),
                    None => view! {
                        <Field name="email" label=t(Msg::EmailLabel) kind="email" autocomplete="email" error
                            hint=t(OrderMsg::ContactEmailHint)/>
                    }.into_any(),
                }}
            </fieldset>
            <fieldset class="checkout-section">
                <legend>{t(OrderMsg::DeliverTo)}</legend>
                <ChoiceNote name="address_id" error/>
                {saved.into_iter().enumerate().map(|(i, a)| view! { <SavedAddress a checked=i == 0 region/> }).collect_view()}
                {has_saved.then(|| view! {
                    <label class="checkout-choice">
                        <input type="radio" name="address_id" value="new"/>
                        " "{t(OrderMsg::NewAddress)}
                    </label>
                })}
                <div class="checkout-new-address">
                    <Field name="recipient" label=t(AccountMsg::Recipient) kind="text" autocomplete="shipping name" error optional=has_saved/>
                    <Field name="phone" label=t(AccountMsg::PhoneLabel) kind="tel" autocomplete="shipping tel" error optional=has_saved/>
                    <div class="form-field">
                        <label for="field-country">{t(AccountMsg::Country)}</label>
                        <select id="field-country" name="country" autocomplete="shipping country">
                            <option value="CN">{t(AccountMsg::CountryCn)}</option>
                            <option value="HK">{t(AccountMsg::CountryHk)}</option>
                            <option value="MO">{t(AccountMsg::CountryMo)}</option>
                            <option value="TW">{t(AccountMsg::CountryTw)}</option>
                        </select>
                    </div>
                    <div on:change=move |ev| region.set(event_target_value(&ev))>
                        <Field name="region" label=t(AccountMsg::Region) kind="text" autocomplete="shipping address-level1" error optional=has_saved/>
                    </div>
                    <Field name="city" label=t(AccountMsg::City) kind="text" autocomplete="shipping address-level2" error optional=has_saved/>
                    <Field name="district" label=t(AccountMsg::District) kind="text" autocomplete="shipping address-level3" error optional=has_saved/>
                    <Field name="street" label=t(AccountMsg::Street) kind="text" autocomplete="shipping street-address" error optional=has_saved/>
                    <Field name="postcode" label=t(AccountMsg::Postcode) kind="text" autocomplete="shipping postal-code" error
                        optional=true hint=t(AccountMsg::PostcodeHint)/>
                </div>
            </fieldset>
            <fieldset class="checkout-section">
                <legend>{t(OrderMsg::DeliveryTime)}</legend>
                <Choices name="delivery_time" error options=vec![
                    ("any", t(OrderMsg::TimeAny), None),
                    ("weekdays", t(OrderMsg::TimeWeekdays), None),
                    ("weekends", t(OrderMsg::TimeWeekends), None),
                    ("evenings", t(OrderMsg::TimeEvenings), None),
                ]/>
            </fieldset>
            <fieldset class="checkout-section">
                <legend>{t(OrderMsg::Invoice)}</legend>
                <Choices name="invoice_kind" error options=vec![
                    ("none", t(OrderMsg::InvoiceNone), None),
                    ("personal", t(OrderMsg::InvoicePersonal), None),
                    ("company", t(OrderMsg::InvoiceCompany), None),
                ]/>
                <Field name="invoice_title" label=t(OrderMsg::InvoiceTitle) kind="text" autocomplete="organization" error optional=true/>
                <Field name="invoice_tax_number" label=t(OrderMsg::TaxNumber) kind="text" autocomplete="off" error optional=true
                    hint=t(OrderMsg::TaxNumberHint)/>
            </fieldset>
            <fieldset class="checkout-section">
                <legend>{t(OrderMsg::GiftMessage)}" / "{t(OrderMsg::OrderNote)}</legend>
                <TextArea name="gift_message" label=t(OrderMsg::GiftMessage) max=200 error/>
                <TextArea name="note" label=t(OrderMsg::OrderNote) max=500 error/>
            </fieldset>
            <fieldset class="checkout-section">
                <legend>{t(OrderMsg::PaymentMethod)}</legend>
                <Choices name="payment_method" error options=view.methods.iter().map(|m| match m.as_str() {
                    "cod" => ("cod", t(OrderMsg::Cod), Some(t(OrderMsg::CodHint))),
                    "bank_transfer" => ("bank_transfer", t(OrderMsg::BankTransfer), Some(t(OrderMsg::BankTransferHint))),
                    _ if view.card_sandbox => ("card", t(OrderMsg::CardSandbox), Some(t(OrderMsg::CardSandboxHint))),
                    _ => ("card", t(OrderMsg::Card), Some(t(OrderMsg::CardHint))),
                }).collect()/>
            </fieldset>
            <section class="checkout-summary" aria-labelledby="checkout-summary-title">
                <h2 id="checkout-summary-title">{t(OrderMsg::PriceBreakdown)}</h2>
                <ul class="checkout-lines">
                    {view.cart.lines.into_iter().filter(|l| !l.saved).map(|l| view! {
                        <li><span>{l.name}" · "{l.variant}" × "{l.quantity}</span><span>{l.line_total}</span></li>
                    }).collect_view()}
                </ul>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        priced.await.ok().map(|q| view! {
                            <dl class="cart-totals" data-testid="checkout-totals">
                                <dt>{t(CartMsg::Items)}</dt><dd>{q.items}</dd>
                                <dt>{t(CartMsg::Discount)}</dt><dd>"−"{q.discount}</dd>
                                <dt>{t(CartMsg::Delivery)}</dt><dd class="checkout-shipping">{q.shipping}</dd>
                                <dt class="cart-grand">{t(CartMsg::GrandTotal)}</dt><dd class="cart-grand checkout-grand-total">{q.grand_total}</dd>
                            </dl>
                        })
                    })}
                </Transition>
                <Submit label=t(OrderMsg::PlaceOrder) pending=action.pending().into()/>
            </section>
        </ActionForm>
        {(!member).then(|| view! {
            <p class="checkout-login"><a href="/account/login?next=/checkout">{t(Msg::LogIn)}</a></p>
        })}
    }
}

#[component]
fn SavedAddress(a: AddressView, checked: bool, region: RwSignal<String>) -> impl IntoView {
    let r = a.region.clone();
    view! {
        <label class="checkout-choice checkout-address">
            <input type="radio" name="address_id" value=a.id checked=checked
                on:change=move |_| region.set(r.clone())/>
            " "<strong>{a.recipient}</strong>" "{a.phone}" · "{a.region}" "{a.city}" "{a.district}" "{a.street}
        </label>
    }
}

/// Radio buttons for `name`, the first checked, each with an optional hint.
#[component]
fn Choices(
    name: &'static str,
    options: Vec<(&'static str, &'static str, Option<&'static str>)>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <div class="checkout-choices" role="radiogroup">
            <ChoiceNote name error/>
            {options.into_iter().enumerate().map(|(i, (value, label, hint))| view! {
                <label class="checkout-choice">
                    <input type="radio" name=name value=value checked=i == 0/>
                    " "{label}
                    {hint.map(|h| view! { <small class="checkout-hint">{h}</small> })}
                </label>
            }).collect_view()}
        </div>
    }
}

/// The message of a choice field, when it has one.
#[component]
fn ChoiceNote(name: &'static str, error: Signal<Option<AppError>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="field-note field-error" id=format!("field-{name}-note")>
            {move || error.get().and_then(|e| field_message(&e, name, locale))}
        </p>
    }
}

/// A labelled text area with its message.
#[component]
fn TextArea(
    name: &'static str,
    label: &'static str,
    max: usize,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let locale = use_locale();
    let message = move || error.get().and_then(|e| field_message(&e, name, locale));
    let id = format!("field-{name}");
    let note_id = format!("{id}-note");
    view! {
        <div class="form-field">
            <label for=id.clone()>{label}" "<small>"("{t(OrderMsg::Optional)}")"</small></label>
            <textarea id=id name=name rows="2" maxlength=max.to_string()
                aria-invalid=move || message().is_some().to_string()
                aria-describedby=note_id.clone()></textarea>
            <p id=note_id class="field-note" class:field-error=move || message().is_some()>{message}</p>
        </div>
    }
}
