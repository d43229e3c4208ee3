//! The cart in the shop: the cart page, the add-to-cart form on the product page, and the
//! server functions behind them (the cart itself lives in `domain::cart`).

mod added_note;
pub mod api;
#[cfg(feature = "ssr")]
pub mod owner;
mod page;
pub mod types;

use crate::error::AppError;
use crate::i18n::{CartMsg, Locale};
pub use added_note::AddedNote;
pub use page::CartPage;

/// What to tell the shopper when a cart action is refused.
pub fn refusal(error: &AppError, locale: Locale) -> String {
    let msg = match error {
        AppError::Invalid { field, rule } => match (field.as_str(), rule.as_str()) {
            ("quantity", "over_stock") => CartMsg::OverStock,
            ("quantity", _) => CartMsg::OutOfRange,
            ("lines", _) => CartMsg::TooManyLines,
            _ => CartMsg::CartFailed,
        },
        AppError::NotFound => CartMsg::LineGone,
        AppError::TooMany { retry_after_s } => {
            return crate::i18n::try_again_in(locale, *retry_after_s)
        }
        _ => CartMsg::CartFailed,
    };
    msg.text(locale).to_string()
}
