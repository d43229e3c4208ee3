//! The interface languages (zh-CN, en) and every UI string in both.
//!
//! Each message is a variant of [`Msg`]; the compiler checks that every variant has a text in
//! both languages, so a string can never be missing in one of them.

/// Declares a message catalogue: an enum whose every variant has a text in both languages.
macro_rules! messages {
    (enum $enum:ident; $($name:ident => $zh:literal, $en:literal;)*) => {
        /// A UI string. Its text in each language is in its `text`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum { $($name),* }

        impl $enum {
            /// Every message, for completeness tests.
            pub const ALL: &'static [$enum] = &[$($enum::$name),*];

            /// The text of this message in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $(($enum::$name, Locale::ZhCn) => $zh, ($enum::$name, Locale::En) => $en,)*
                }
            }
        }

        impl Translate for $enum {
            fn text(self, locale: Locale) -> &'static str {
                $enum::text(self, locale)
            }
        }
    };
}

mod account_messages;
mod admin_messages;
mod cart_messages;
mod contact_messages;
mod guestbook_messages;
mod help_messages;
mod messages;
mod newsletter_messages;
mod order_messages;
mod review_messages;

pub use account_messages::{account_field_message, level_progress, percent_off, AccountMsg};
pub use admin_messages::{role_label, staff_refusal, AdminMsg};
pub use cart_messages::{free_delivery_in, only_available, price_was, CartMsg};
pub use contact_messages::{contact_field_message, topic_label, ContactMsg};
pub use guestbook_messages::{guestbook_field_message, GuestbookMsg};
pub use help_messages::{faq_count, help_field_message, HelpMsg};
use leptos::prelude::*;
pub use messages::{
    in_stock_count, only_left, page_x_of_y, price_over, price_under, product_count, rating_text,
    sold_count, tag_label, try_again_in, units_this_week, Msg,
};
pub use newsletter_messages::NewsletterMsg;
pub use order_messages::{
    actor_label, card_label, checkout_field_message, checkout_refusal, status_label, OrderMsg,
};
pub use review_messages::{helpful_count, review_field_message, stars_label, ReviewMsg};
use serde::{Deserialize, Serialize};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    ZhCn,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::ZhCn, Locale::En];

    /// The BCP 47 tag used in `<html lang>`, the `lang` cookie and `/lang/{tag}`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::ZhCn => "中文",
            Locale::En => "English",
        }
    }

    /// Parses a tag loosely (`zh`, `zh-Hans`, `en-GB` …).
    pub fn parse(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase();
        if lower.starts_with("zh") {
            Some(Locale::ZhCn)
        } else if lower.starts_with("en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    /// Picks the language from the `lang` cookie, else the first known language in
    /// `Accept-Language`, else the shop's default (zh-CN).
    pub fn negotiate(cookie_header: Option<&str>, accept_language: Option<&str>) -> Locale {
        let from_cookie = cookie_header.and_then(|cookies| {
            cookies.split(';').find_map(|c| {
                let (name, value) = c.trim().split_once('=')?;
                (name == "lang").then(|| Locale::parse(value)).flatten()
            })
        });
        let from_header = || {
            accept_language.and_then(|h| {
                h.split(',')
                    .find_map(|part| Locale::parse(part.split(';').next().unwrap_or("")))
            })
        };
        from_cookie.or_else(from_header).unwrap_or_default()
    }
}

/// The current page's language (provided by [`crate::App`]).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// A catalogue's message: its text in a language.
pub trait Translate: Copy {
    fn text(self, locale: Locale) -> &'static str;
}

/// A UI string in the current language.
pub fn t(msg: impl Translate) -> &'static str {
    msg.text(use_locale())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_beats_accept_language() {
        assert_eq!(
            Locale::negotiate(Some("a=1; lang=en"), Some("zh-CN,zh;q=0.9")),
            Locale::En
        );
        assert_eq!(Locale::negotiate(None, Some("fr-FR,en;q=0.8")), Locale::En);
        assert_eq!(
            Locale::negotiate(Some("lang=xx"), Some("zh-TW")),
            Locale::ZhCn
        );
        assert_eq!(Locale::negotiate(None, None), Locale::ZhCn);
    }

    #[test]
    fn every_message_has_both_languages() {
        for locale in Locale::ALL {
            for msg in Msg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in AccountMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in CartMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in AdminMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in ContactMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in NewsletterMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in HelpMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in ReviewMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            for msg in GuestbookMsg::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
        }
    }
}
