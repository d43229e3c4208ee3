//! Orders: the state machine every order follows (see [`status`]). Creating orders, their
//! items and status history come with checkout.

pub mod status;

pub use status::{IllegalMove, OrderEvent, OrderStatus};
