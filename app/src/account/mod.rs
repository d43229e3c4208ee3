//! Member accounts in the shop: registering, logging in and out, and the account pages.

pub mod api;
pub(crate) mod forms;
pub(crate) mod notices;
mod overview;
pub mod recovery;
#[cfg(feature = "ssr")]
pub mod session;
mod verify;

pub use forms::{LoginPage, RegisterPage};
pub use overview::AccountPage;
pub use recovery::{ForgotPage, ResetPage};
pub use verify::VerifyPage;
