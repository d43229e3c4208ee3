//! What the shopper fills in at checkout, checked field by field: contact e-mail (guests),
//! the delivery address (one of the member's, or typed), preferred delivery time, invoice,
//! gift message, order note and how to pay. A bad value fails with its field and a rule code.

use crate::error::{DomainError, DomainResult};
use crate::members::addresses::{self, AddressForm};
use crate::members::fields;
use crate::payments::PaymentMethod;
use serde::{Deserialize, Serialize};

/// The checkout form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutForm {
    /// A guest's e-mail for the confirmation (a member's account address is used instead).
    pub email: String,
    /// One of the member's saved addresses; when set, `address` is not read.
    pub address_id: Option<i64>,
    pub address: AddressForm,
    pub delivery_time: String,
    pub invoice_kind: String,
    pub invoice_title: String,
    pub invoice_tax_number: String,
    pub gift_message: String,
    pub note: String,
    pub payment_method: String,
}

/// When the shopper would like the parcel.
pub const DELIVERY_TIMES: [&str; 4] = ["any", "weekdays", "weekends", "evenings"];
/// Invoice kinds: none, for a person, for a company (needs its tax number).
pub const INVOICE_KINDS: [&str; 3] = ["none", "personal", "company"];

/// A gift message, at most.
pub const GIFT_MAX: usize = 200;
/// An order note, at most.
pub const NOTE_MAX: usize = 500;

/// The form's choices and free text, checked (the address is checked by
/// [`addresses::check`], the e-mail by [`fields::email`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extras {
    pub delivery_time: &'static str,
    pub invoice_kind: &'static str,
    pub invoice_title: String,
    pub invoice_tax_number: String,
    pub gift_message: String,
    pub note: String,
    pub payment_method: PaymentMethod,
}

/// Checks everything but the address and e-mail, in the order the page shows the fields.
pub fn check_extras(form: &CheckoutForm, enabled: &[PaymentMethod]) -> DomainResult<Extras> {
    let delivery_time = pick("delivery_time", &form.delivery_time, &DELIVERY_TIMES, "any")?;
    let invoice_kind = pick("invoice_kind", &form.invoice_kind, &INVOICE_KINDS, "none")?;
    let (invoice_title, invoice_tax_number) = match invoice_kind {
        "none" => (String::new(), String::new()),
        "personal" => (
            optional("invoice_title", &form.invoice_title, 60)?,
            String::new(),
        ),
        _ => (
            fields::text("invoice_title", &form.invoice_title, 60)?,
            tax_number(&form.invoice_tax_number)?,
        ),
    };
    let gift_message = optional("gift_message", &form.gift_message, GIFT_MAX)?;
    let note = optional("note", &form.note, NOTE_MAX)?;
    let payment_method = PaymentMethod::parse(form.payment_method.trim())
        .filter(|m| enabled.contains(m))
        .ok_or(invalid("payment_method", "unavailable"))?;
    Ok(Extras {
        delivery_time,
        invoice_kind,
        invoice_title,
        invoice_tax_number,
        gift_message,
        note,
        payment_method,
    })
}

/// A typed address checked (re-exported so checkout reads as one place).
pub fn check_address(form: &AddressForm) -> DomainResult<AddressForm> {
    addresses::check(form)
}

/// One of `choices`; empty means `default`.
fn pick(
    field: &'static str,
    typed: &str,
    choices: &[&'static str],
    default: &'static str,
) -> DomainResult<&'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(default);
    }
    choices
        .iter()
        .find(|c| **c == typed)
        .copied()
        .ok_or(invalid(field, "unknown_choice"))
}

/// Free text that may be left empty (line breaks allowed), else checked like other text.
fn optional(field: &'static str, typed: &str, max: usize) -> DomainResult<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(String::new());
    }
    let flat: String = typed
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    fields::text(field, &flat, max)?;
    Ok(typed.replace("\r\n", "\n"))
}

/// A taxpayer number: 15 to 20 letters and digits (the unified social credit code has 18),
/// upper-cased, spaces dropped.
pub fn tax_number(typed: &str) -> DomainResult<String> {
    let number: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if number.is_empty() {
        return Err(invalid("invoice_tax_number", "required"));
    }
    if !(15..=20).contains(&number.len()) || !number.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(invalid("invoice_tax_number", "malformed"));
    }
    Ok(number)
}

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CheckoutForm {
        CheckoutForm {
            payment_method: "cod".into(),
            ..Default::default()
        }
    }

    const ALL: [PaymentMethod; 3] = [
        PaymentMethod::CashOnDelivery,
        PaymentMethod::BankTransfer,
        PaymentMethod::Card,
    ];

    #[test]
    fn empty_choices_take_their_defaults() {
        let extras = check_extras(&form(), &ALL).expect("checked");
        assert_eq!(extras.delivery_time, "any");
        assert_eq!(extras.invoice_kind, "none");
        assert_eq!(extras.payment_method, PaymentMethod::CashOnDelivery);
    }

    #[test]
    fn a_company_invoice_needs_a_title_and_a_tax_number() {
        let mut f = form();
        f.invoice_kind = "company".into();
        let rule = |f: &CheckoutForm| match check_extras(f, &ALL) {
            Err(DomainError::Invalid { field, rule }) => (field, rule),
            other => panic!("{other:?}"),
        };
        assert_eq!(rule(&f), ("invoice_title", "required"));
        f.invoice_title = "上海某某服饰有限公司".into();
        assert_eq!(rule(&f), ("invoice_tax_number", "required"));
        f.invoice_tax_number = "9131<script>".into();
        assert_eq!(rule(&f), ("invoice_tax_number", "malformed"));
        f.invoice_tax_number = "91310000 mA1fl2xq0x".into();
        let extras = check_extras(&f, &ALL).expect("checked");
        assert_eq!(extras.invoice_tax_number, "91310000MA1FL2XQ0X");
    }

    #[test]
    fn unknown_choices_and_disabled_methods_are_refused() {
        let mut f = form();
        f.delivery_time = "midnight".into();
        assert!(matches!(
            check_extras(&f, &ALL),
            Err(DomainError::Invalid {
                field: "delivery_time",
                ..
            })
        ));
        let mut f = form();
        f.payment_method = "card".into();
        assert!(matches!(
            check_extras(&f, &[PaymentMethod::CashOnDelivery]),
            Err(DomainError::Invalid {
                field: "payment_method",
                rule: "unavailable"
            })
        ));
    }

    #[test]
    fn notes_keep_their_lines_but_not_control_characters() {
        let mut f = form();
        f.note = "请下午送\n谢谢".into();
        assert_eq!(check_extras(&f, &ALL).expect("ok").note, "请下午送\n谢谢");
        f.note = "bad\u{0007}bell".into();
        assert!(check_extras(&f, &ALL).is_err());
        f.note = "x".repeat(NOTE_MAX + 1);
        assert!(matches!(
            check_extras(&f, &ALL),
            Err(DomainError::Invalid {
                field: "note",
                rule: "too_long"
            })
        ));
    }
}
