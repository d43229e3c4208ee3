//! Who carries the mail out: an SMTP server (`EMPORIUM_SMTP_URL`, e.g. `smtp://127.0.0.1:2525`
//! for a relay on this machine), or, by default, `.eml` files in the data folder's `mail/`
//! (each a complete message any mail program opens).

use super::outbox::OutboxEntry;
use crate::error::{DomainError, DomainResult};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

pub struct Courier {
    /// The shop's sender address.
    from: Mailbox,
    way: Way,
}

enum Way {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl Courier {
    /// The SMTP server at `smtp_url` when given, else files under `mail_dir`. `from` is the
    /// shop's sender address.
    pub fn new(smtp_url: Option<&str>, mail_dir: PathBuf, from: &str) -> DomainResult<Courier> {
        let from: Mailbox = from.parse().map_err(|_| DomainError::Invalid {
            field: "EMPORIUM_MAIL_FROM",
            rule: "must be an e-mail address",
        })?;
        let way = match smtp_url {
            Some(url) => Way::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|_| DomainError::Invalid {
                        field: "EMPORIUM_SMTP_URL",
                        rule: "must look like smtp://host:port",
                    })?
                    .build(),
            ),
            None => Way::Files(mail_dir),
        };
        Ok(Courier { from, way })
    }

    /// Hands one mail over; the error says why not (kept in the outbox for staff).
    pub async fn deliver(&self, entry: &OutboxEntry) -> Result<(), String> {
        let message = message(entry, &self.from)?;
        match &self.way {
            Way::Smtp(transport) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| format!("SMTP: {e}")),
            Way::Files(dir) => write_file(dir, entry, &message.formatted())
                .await
                .map_err(|e| format!("writing the mail file: {e}")),
        }
    }
}

fn message(entry: &OutboxEntry, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = entry
        .to_address
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(entry.subject.clone());
    if let Some(url) = &entry.list_unsubscribe {
        // RFC 8058: mail programs offer one-click unsubscribe by POSTing to this address.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            entry.text_body.clone(),
            entry.html_body.clone(),
        ))
        .map_err(|e| format!("building the message: {e}"))
}

/// Writes `NNNNNN-kind.eml` whole or not at all (a temporary name, then a rename).
async fn write_file(dir: &PathBuf, entry: &OutboxEntry, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let name = format!("{:06}-{}.eml", entry.id, entry.kind);
    let partial = dir.join(format!(".{name}.part"));
    tokio::fs::write(&partial, bytes).await?;
    tokio::fs::rename(&partial, dir.join(name)).await
}
