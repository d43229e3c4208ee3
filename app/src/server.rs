//! Server-only glue for server functions: the database from the request context and
//! conversions between the interface language and the domain's content language.

use crate::error::AppError;
use crate::i18n::Locale;
use domain::locale::Lang;
use domain::Db;
use leptos::prelude::use_context;

/// The shop's database, provided to every request by the server.
pub fn db() -> Result<Db, AppError> {
    use_context::<Db>()
        .ok_or_else(|| crate::error::internal("database missing from the request context"))
}

impl From<Locale> for Lang {
    fn from(locale: Locale) -> Lang {
        match locale {
            Locale::ZhCn => Lang::ZhCn,
            Locale::En => Lang::En,
        }
    }
}
