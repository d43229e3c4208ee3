//! Shop content: banners, announcements and the home page's sections, each time-windowed; the
//! customer service center's pages and FAQ; and the safe Markdown renderer they are written in.

mod banners;
pub mod help;
mod home;
pub mod markdown;

pub use banners::*;
pub use home::*;
