//! Mail to shoppers and staff. A mail is put in the outbox ([`outbox`]) in the same transaction
//! as the event it tells of, so it is neither lost nor sent for something that did not happen;
//! a background worker ([`worker`]) hands it to a courier ([`courier`]): an SMTP server when
//! `EMPORIUM_SMTP_URL` is set, else `.eml` files in the data folder. Texts in [`templates`].

pub mod courier;
pub mod outbox;
pub mod templates;
pub mod worker;

pub use courier::Courier;
pub use outbox::{Mail, OutboxEntry};
