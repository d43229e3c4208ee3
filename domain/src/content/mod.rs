//! Shop content: banners, announcements and the home page's sections, each time-windowed; and
//! the safe Markdown renderer that staff-written content is shown through.

mod banners;
mod home;
pub mod markdown;

pub use banners::*;
pub use home::*;
