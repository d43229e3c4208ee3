//! The frame around every page: header with the main menu, footer with customer service.

mod footer;
mod header;
mod search_box;
mod suggestions;

pub use footer::Footer;
pub use header::Header;

use crate::catalog::types::SeriesMenu;
use crate::error::AppError;
use crate::help::types::HelpLink;
use crate::i18n::Locale;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use {crate::catalog::shape, crate::server::db};

/// What the header and footer show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayoutView {
    pub shop_name: String,
    pub contact_email: String,
    pub menu: Vec<SeriesMenu>,
    /// The customer service center's pages, for the footer.
    pub help: Vec<HelpLink>,
}

/// The shop's name, contact e-mail, main menu and help pages.
#[server]
pub async fn get_layout(locale: Locale) -> Result<LayoutView, AppError> {
    let db = db()?;
    let settings = domain::settings::shop(&db).await?;
    let menu = domain::catalog::menu(&db).await?;
    let help = domain::content::help::menu(&db, locale.into()).await?;
    Ok(LayoutView {
        shop_name: match locale {
            Locale::ZhCn => settings.shop_name_zh,
            Locale::En => settings.shop_name_en,
        },
        contact_email: settings.contact_email,
        menu: menu
            .iter()
            .map(|m| shape::series_menu(m, locale.into()))
            .collect(),
        help: help
            .into_iter()
            .map(|h| HelpLink {
                slug: h.slug,
                title: h.title,
            })
            .collect(),
    })
}

/// The layout data, loaded once per page and shared by header and footer.
pub type LayoutResource = Resource<Result<LayoutView, AppError>>;
