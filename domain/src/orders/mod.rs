//! Orders: the state machine every order follows ([`status`]), orders as stored and read
//! ([`model`]), moving them and giving stock back ([`moves`]), their numbers ([`number`]),
//! finding one by number and contact ([`lookup`]) and what a member bought of a product
//! ([`purchases`], for reviews). Placing an order is checkout's.

pub mod fulfilment;
pub mod lookup;
pub mod model;
pub mod moves;
pub mod number;
pub mod purchases;
pub mod status;

pub use model::{Order, OrderDetail, OrderItem};
pub use status::{IllegalMove, OrderEvent, OrderStatus};
