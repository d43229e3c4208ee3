//! The mail outbox: registration queues a verification mail in its own transaction; the worker
//! writes it as an `.eml` file or sends it over SMTP to a real server on loopback (Python's
//! aiosmtpd, installed by the test command); its link verifies the address once; failures are
//! retried with growing waits and end as dead letters — on SQLite and PostgreSQL.

use domain::members::{self, tokens, Registration};
use domain::notifications::outbox::{self, MAX_TRIES};
use domain::notifications::templates::Letterhead;
use domain::notifications::{worker, Courier};
use domain::testing::each_database;
use domain::{Db, DomainError};

const FROM: &str = "Emporium <no-reply@emporium.example>";

fn head() -> Letterhead {
    Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

async fn register(db: &Db, email: &str) -> domain::ids::MemberId {
    let form = Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: "Lan".into(),
        language: "en".into(),
        phone: String::new(),
    };
    members::register(db, &form, &head())
        .await
        .expect("registered")
}

/// A message's quoted-printable text made plain again (soft line breaks, `=3D`): what a mail
/// program shows.
fn plain(raw: &str) -> String {
    raw.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

/// The token in a mail's text (`…/account/verify?token=…`).
fn token_in(text: &str) -> String {
    let start = text.find("token=").expect("a link with a token") + 6;
    text[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

#[tokio::test]
async fn the_verification_mail_is_written_and_its_link_works_once() {
    each_database(|db| async move {
        let id = register(&db, "lan@example.com").await;
        let queued = outbox::newest(&db, 10).await.expect("outbox");
        assert_eq!(queued.len(), 1);
        let mail = &queued[0];
        assert_eq!(
            (
                mail.to_address.as_str(),
                mail.kind.as_str(),
                mail.status.as_str()
            ),
            ("lan@example.com", "verify_email", "queued")
        );
        let token = token_in(&mail.text_body);
        assert_eq!(token.len(), 64);

        let dir = tempfile::tempdir().expect("mail dir");
        let courier = Courier::new(None, dir.path().to_path_buf(), FROM).expect("courier");
        let now = domain::time::now();
        assert_eq!(
            worker::deliver_due(&db, &courier, now)
                .await
                .expect("deliver"),
            1
        );
        assert_eq!(
            worker::deliver_due(&db, &courier, now)
                .await
                .expect("again"),
            0,
            "sent once"
        );
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .collect();
        assert_eq!(files.len(), 1);
        let eml = plain(&std::fs::read_to_string(files[0].path()).expect("eml"));
        assert!(eml.contains("To: lan@example.com") && eml.contains("multipart/alternative"));
        assert!(eml.contains(&token));
        assert_eq!(
            outbox::newest(&db, 1).await.expect("outbox")[0].status,
            "sent"
        );

        let refused = |r: Result<_, DomainError>| match r {
            Err(DomainError::Invalid {
                field: "token",
                rule,
            }) => rule,
            other => panic!("{other:?}"),
        };
        assert!(
            !members::member(&db, id)
                .await
                .expect("m")
                .expect("m")
                .verified
        );
        assert_eq!(
            tokens::verify_email(&db, &token, now)
                .await
                .expect("verified"),
            id
        );
        assert!(
            members::member(&db, id)
                .await
                .expect("m")
                .expect("m")
                .verified
        );
        assert_eq!(
            refused(tokens::verify_email(&db, &token, now).await),
            "used"
        );
        assert_eq!(
            refused(tokens::verify_email(&db, &"0".repeat(64), now).await),
            "unknown"
        );
        assert_eq!(refused(tokens::verify_email(&db, "", now).await), "unknown");

        let late = register(&db, "late@example.com").await;
        members::resend_verification(&db, late, &head(), now)
            .await
            .expect("resent");
        let newest = outbox::newest(&db, 1).await.expect("outbox");
        let expired_at = now + tokens::Purpose::VerifyEmail.hours() * 3_600 + 1;
        assert_eq!(
            refused(tokens::verify_email(&db, &token_in(&newest[0].text_body), expired_at).await),
            "expired"
        );
    })
    .await;
}

#[tokio::test]
async fn failed_sends_are_retried_with_growing_waits_then_dead() {
    each_database(|db| async move {
        register(&db, "retry@example.com").await;
        // Nothing listens on port 9 of loopback: every try fails.
        let courier =
            Courier::new(Some("smtp://127.0.0.1:9"), "unused".into(), FROM).expect("courier");
        let mut now = domain::time::now();
        let mut waits = Vec::new();
        for _ in 0..MAX_TRIES {
            assert_eq!(
                worker::deliver_due(&db, &courier, now)
                    .await
                    .expect("round"),
                0
            );
            let mail = outbox::newest(&db, 1).await.expect("outbox").remove(0);
            assert!(
                mail.last_error
                    .as_deref()
                    .is_some_and(|e| e.contains("SMTP")),
                "{mail:?}"
            );
            if mail.status == "dead" {
                break;
            }
            assert_eq!(
                worker::deliver_due(&db, &courier, now)
                    .await
                    .expect("not yet"),
                0
            );
            waits.push(mail.next_try_at - now);
            now = mail.next_try_at;
        }
        assert_eq!(waits, vec![60, 120, 240, 480, 960]);
        let mail = outbox::newest(&db, 1).await.expect("outbox").remove(0);
        assert_eq!((mail.status.as_str(), mail.tries), ("dead", MAX_TRIES));
    })
    .await;
}

#[tokio::test]
async fn the_verification_mail_arrives_over_smtp() {
    // The test command installs aiosmtpd and names its Python here.
    let Ok(python) = std::env::var("EMPORIUM_SMTP_SINK_PYTHON") else {
        eprintln!("!! EMPORIUM_SMTP_SINK_PYTHON not set: the SMTP half of the mail tests is SKIPPED (run scripts/test-all.sh)");
        return;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let maildir = tempfile::tempdir().expect("maildir");
    let mut sink = std::process::Command::new(python)
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(maildir.path().join("box"))
        .spawn()
        .expect("aiosmtpd starts");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let (_dir, db) = domain::testing::fresh_sqlite().await;
    register(&db, "smtp@example.com").await;
    let courier = Courier::new(
        Some(&format!("smtp://127.0.0.1:{port}")),
        "unused".into(),
        FROM,
    )
    .expect("courier");
    let sent = worker::deliver_due(&db, &courier, domain::time::now()).await;
    let new = maildir.path().join("box").join("new");
    let arrived: Vec<String> = std::fs::read_dir(&new)
        .map(|d| {
            d.flatten()
                .filter_map(|f| std::fs::read_to_string(f.path()).ok())
                .map(|m| plain(&m))
                .collect()
        })
        .unwrap_or_default();
    let _ = sink.kill();
    let _ = sink.wait();
    assert_eq!(sent.expect("delivered"), 1);
    assert_eq!(arrived.len(), 1, "one mail in the sink's mailbox");
    assert!(arrived[0].contains("To: smtp@example.com"));
    assert!(arrived[0].contains("/account/verify?token="));
}
