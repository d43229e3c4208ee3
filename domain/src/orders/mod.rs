//! Orders: the state machine every order follows ([`status`]), orders as stored and read
//! ([`model`]), moving them and giving stock back ([`moves`]), their numbers ([`number`]) and
//! finding one by number and contact ([`lookup`]). Placing an order is checkout's.

pub mod fulfilment;
pub mod lookup;
pub mod model;
pub mod moves;
pub mod number;
pub mod status;

pub use model::{Order, OrderDetail, OrderItem};
pub use status::{IllegalMove, OrderEvent, OrderStatus};
