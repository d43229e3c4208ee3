//! Member accounts in the shop: registering, logging in and out, passwords, and the account
//! pages (overview, profile, address book, favourites, history, security), and who is
//! shopping on each page.

pub mod addresses;
pub mod api;
pub mod favourites_api;
pub(crate) mod forms;
mod lists;
pub(crate) mod nav;
pub mod next;
pub(crate) mod notices;
mod overview;
mod privacy;
pub mod profile;
pub mod recovery;
mod security;
#[cfg(feature = "ssr")]
pub mod session;
pub mod shopper;
mod verify;

pub use addresses::AddressesPage;
pub use forms::{LoginPage, RegisterPage};
pub use lists::{FavouritesPage, HistoryPage};
pub use overview::AccountPage;
pub use profile::ProfilePage;
pub use recovery::{ForgotPage, ResetPage};
pub use security::SecurityPage;
pub use shopper::{provide_shopper, FavouriteToggle};
pub use verify::VerifyPage;
