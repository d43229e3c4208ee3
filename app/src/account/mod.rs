//! Member accounts in the shop: registering, logging in and out, passwords, and the account
//! pages (overview, profile, address book).

pub mod addresses;
pub mod api;
pub(crate) mod forms;
mod nav;
pub(crate) mod notices;
mod overview;
mod privacy;
pub mod profile;
pub mod recovery;
#[cfg(feature = "ssr")]
pub mod session;
mod verify;

pub use addresses::AddressesPage;
pub use forms::{LoginPage, RegisterPage};
pub use overview::AccountPage;
pub use profile::ProfilePage;
pub use recovery::{ForgotPage, ResetPage};
pub use verify::VerifyPage;
