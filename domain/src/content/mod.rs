//! Shop content: banners, announcements and the home page's sections, each time-windowed.

mod banners;
mod home;

pub use banners::*;
pub use home::*;
