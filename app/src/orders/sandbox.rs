//! The sandbox gateway's hosted payment page at `/sandbox-gateway/:intent`: a test double
//! that stands in for a payment provider's page in development and tests. It says so in large
//! letters, asks for no card, and offers approve or decline; either sends the shop the signed
//! webhook a provider would, then returns the shopper to the order. With a real gateway
//! configured, the page does not exist.

use super::types::SandboxIntentView;
use crate::error::AppError;
use crate::i18n::{checkout_refusal, t, use_locale, OrderMsg};
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// The sandbox intent as its page shows it.
#[server(endpoint = "sandbox-gateway/intent")]
pub async fn get_sandbox_intent(id: String) -> Result<SandboxIntentView, AppError> {
    if !crate::server::gateway()?.is_sandbox() {
        return Err(AppError::NotFound);
    }
    let db = crate::server::db()?;
    let intent = domain::payments::sandbox::intent(&db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let currency = domain::settings::shop(&db).await?.currency_symbol;
    Ok(SandboxIntentView {
        amount: domain::Money(intent.amount).format(&currency),
        order_number: intent.order_number,
        open: intent.status == "requires_payment",
        id: intent.id,
    })
}

/// The tester's decision (`approve` or `decline`); the signed webhook goes to the shop before
/// the shopper is sent back.
#[server(endpoint = "sandbox-gateway/decide")]
pub async fn sandbox_decide(id: String, decision: String) -> Result<(), AppError> {
    use domain::payments::gateway::Gateway;
    let db = crate::server::db()?;
    let Gateway::Sandbox(sandbox) = crate::server::gateway()? else {
        return Err(AppError::NotFound);
    };
    let back = sandbox.decide(&db, &id, decision == "approve").await?;
    leptos_axum::redirect(&back);
    Ok(())
}

#[component]
pub fn SandboxPage() -> impl IntoView {
    let params = use_params_map();
    let intent = Resource::new(
        move || params.read().get("intent").unwrap_or_default(),
        get_sandbox_intent,
    );
    view! {
        <Title text=t(OrderMsg::SandboxTitle)/>
        <Meta name="robots" content="noindex"/>
        <section class="sandbox-gateway">
            <p class="sandbox-banner" role="note"><strong>{t(OrderMsg::SandboxTitle)}</strong></p>
            <p class="sandbox-warning">{t(OrderMsg::SandboxWarning)}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match intent.await {
                        Ok(intent) => view! { <Decide intent/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Decide(intent: SandboxIntentView) -> impl IntoView {
    let locale = use_locale();
    let decide = ServerAction::<SandboxDecide>::new();
    let refusal = move || match decide.value().get()? {
        Err(AppError::Conflict { reason }) => Some(checkout_refusal(&reason, locale).to_string()),
        Err(_) => Some(t(crate::i18n::Msg::FormFailed).to_string()),
        Ok(()) => None,
    };
    let (id, id2) = (intent.id.clone(), intent.id.clone());
    view! {
        <dl class="order-facts">
            <dt>{t(OrderMsg::OrderNumber)}</dt><dd>{intent.order_number.clone()}</dd>
            <dt>{t(OrderMsg::Amount)}</dt><dd class="sandbox-amount">{intent.amount.clone()}</dd>
        </dl>
        <p class="form-alert" role="alert">{refusal}</p>
        {if intent.open {
            view! {
                <div class="sandbox-actions">
                    <ActionForm action=decide>
                        <input type="hidden" name="id" value=id/>
                        <input type="hidden" name="decision" value="approve"/>
                        <button type="submit" class="button-primary">{t(OrderMsg::Approve)}</button>
                    </ActionForm>
                    <ActionForm action=decide>
                        <input type="hidden" name="id" value=id2/>
                        <input type="hidden" name="decision" value="decline"/>
                        <button type="submit" class="button-secondary">{t(OrderMsg::Decline)}</button>
                    </ActionForm>
                </div>
            }.into_any()
        } else {
            view! {
                <p>{t(OrderMsg::IntentClosed)}" "<a href=format!("/orders/{}", intent.order_number)>{t(OrderMsg::OrderTitle)}</a></p>
            }.into_any()
        }}
    }
}
