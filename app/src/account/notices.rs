//! What the account forms say when something is wrong, in the shopper's language: each field's
//! message and a message for the form as a whole.

use crate::error::AppError;
use crate::i18n::{try_again_in, Locale, Msg};

/// The message for `field` in `error`, if the error is about that field.
pub fn field_message(error: &AppError, field: &str, locale: Locale) -> Option<String> {
    let AppError::Invalid { field: f, rule } = error else {
        return None;
    };
    if f != field {
        return None;
    }
    let msg = match (f.as_str(), rule.as_str()) {
        ("email", "required") => Msg::EmailRequired,
        ("email", "taken") => Msg::EmailTaken,
        ("email", _) => Msg::EmailMalformed,
        ("password", "too_long") => Msg::PasswordTooLong,
        ("password", _) => Msg::PasswordTooShort,
        ("name", "required") => Msg::NameRequired,
        ("name", "too_long") => Msg::NameTooLong,
        ("name", _) => Msg::NameMalformed,
        ("current_password", _) => Msg::CurrentPasswordWrong,
        ("roles", _) => return Some(crate::i18n::AdminMsg::RolesRequired.text(locale).into()),
        (field, rule) => return crate::i18n::account_field_message(field, rule, locale),
    };
    Some(msg.text(locale).to_string())
}

/// What to tell about a refused link token (unknown, used, expired).
pub fn token_message(error: &AppError, locale: Locale) -> String {
    match error {
        AppError::Invalid { field, rule } if field == "token" => match rule.as_str() {
            "used" => Msg::TokenUsed,
            "expired" => Msg::TokenExpired,
            _ => Msg::TokenUnknown,
        }
        .text(locale)
        .to_string(),
        other => form_message(other, &[], locale).unwrap_or_default(),
    }
}

/// The message for the whole form: errors not about one of `fields`.
pub fn form_message(error: &AppError, fields: &[&str], locale: Locale) -> Option<String> {
    match error {
        AppError::Invalid { field, .. } if fields.contains(&field.as_str()) => None,
        AppError::Invalid { field, rule } if field == "credentials" && rule == "mismatch" => {
            Some(Msg::CredentialsMismatch.text(locale).to_string())
        }
        AppError::TooMany { retry_after_s } => Some(try_again_in(locale, *retry_after_s)),
        AppError::Invalid { field, rule } if field == "addresses" => {
            crate::i18n::account_field_message(field, rule, locale)
        }
        AppError::Invalid { field, rule } if field == "staff" => {
            Some(crate::i18n::staff_refusal(locale, rule))
        }
        AppError::Conflict { reason } => {
            Some(crate::i18n::checkout_refusal(reason, locale).to_string())
        }
        AppError::Invalid { field, .. } if field == "cart" => {
            Some(crate::i18n::OrderMsg::CartEmpty.text(locale).to_string())
        }
        _ => Some(Msg::FormFailed.text(locale).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invalid(field: &str, rule: &str) -> AppError {
        AppError::Invalid {
            field: field.into(),
            rule: rule.into(),
        }
    }

    #[test]
    fn every_rule_has_a_message_on_its_field_only() {
        for (field, rule) in [
            ("email", "required"),
            ("email", "malformed"),
            ("email", "taken"),
            ("password", "too_short"),
            ("password", "too_long"),
            ("name", "required"),
            ("name", "too_long"),
            ("name", "malformed"),
        ] {
            let e = invalid(field, rule);
            for locale in Locale::ALL {
                assert!(field_message(&e, field, locale).is_some(), "{field} {rule}");
                assert_eq!(
                    form_message(&e, &["email", "password", "name"], locale),
                    None
                );
            }
            assert_eq!(field_message(&e, "other", Locale::En), None);
        }
        assert_eq!(
            form_message(&invalid("credentials", "mismatch"), &["email"], Locale::En).as_deref(),
            Some("Wrong e-mail address or password")
        );
        assert_eq!(
            form_message(&AppError::TooMany { retry_after_s: 61 }, &[], Locale::En).as_deref(),
            Some("Too many attempts; try again in 2 min")
        );
    }
}
