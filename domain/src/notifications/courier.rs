//! Who carries the mail out: an SMTP server (`EMPORIUM_SMTP_URL`, e.g. `smtp://127.0.0.1:2525`
//! for a relay on this machine), or, by default, `.eml` files in the data folder's `mail/`
//! (each a complete message any mail program opens).

use super::outbox::OutboxEntry;
use crate::error::{DomainError, DomainResult};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

pub enum Courier {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Files {
        dir: PathBuf,
        from: Mailbox,
    },
}

impl Courier {
    /// The SMTP server at `smtp_url` when given, else files under `mail_dir`. `from` is the
    /// shop's sender address.
    pub fn new(smtp_url: Option<&str>, mail_dir: PathBuf, from: &str) -> DomainResult<Courier> {
        let from: Mailbox = from.parse().map_err(|_| DomainError::Invalid {
            field: "EMPORIUM_MAIL_FROM",
            rule: "must be an e-mail address",
        })?;
        Ok(match smtp_url {
            Some(url) => Courier::Smtp {
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|_| DomainError::Invalid {
                        field: "EMPORIUM_SMTP_URL",
                        rule: "must look like smtp://host:port",
                    })?
                    .build(),
                from,
            },
            None => Courier::Files {
                dir: mail_dir,
                from,
            },
        })
    }

    /// Hands one mail over; the error says why not (kept in the outbox for staff).
    pub async fn deliver(&self, entry: &OutboxEntry) -> Result<(), String> {
        match self {
            Courier::Smtp { transport, from } => {
                let message = message(entry, from)?;
                transport
                    .send(message)
                    .await
                    .map(|_| ())
                    .map_err(|e| format!("SMTP: {e}"))
            }
            Courier::Files { dir, from } => {
                let message = message(entry, from)?;
                write_file(dir, entry, &message.formatted())
                    .await
                    .map_err(|e| format!("writing the mail file: {e}"))
            }
        }
    }
}

fn message(entry: &OutboxEntry, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = entry
        .to_address
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(entry.subject.clone())
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
