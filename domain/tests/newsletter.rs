//! The newsletter list on SQLite and PostgreSQL: a sign-up mails a confirmation link (double
//! opt-in) and nothing is subscribed until it is opened; the welcome carries a signed
//! unsubscribe link and the List-Unsubscribe headers (checked in the written .eml); the link
//! unsubscribes once and for all, a forged one is refused; the consent record says when and
//! from where; a verified member subscribes from the account at once.

use domain::members::{self, tokens, Registration};
use domain::newsletter::{self, Origin, SignUp, Source, Status};
use domain::notifications::outbox;
use domain::notifications::templates::Letterhead;
use domain::notifications::{worker, Courier};
use domain::testing::each_database;
use domain::{Db, DomainError};

fn head() -> Letterhead {
    Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

fn token_after(text: &str, marker: &str) -> String {
    let start = text.find(marker).expect("a link with a token") + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit() || *c == '.')
        .collect()
}

async fn newest_mail(db: &Db) -> outbox::OutboxEntry {
    outbox::newest(db, 1).await.expect("outbox").remove(0)
}

async fn events(db: &Db, email: &str) -> Vec<(String, String, String)> {
    sqlx::query_as(
        "SELECT e.event, e.source, e.page FROM newsletter_events e \
         JOIN newsletter_subscribers s ON s.id = e.subscriber_id WHERE s.email = $1 ORDER BY e.id",
    )
    .bind(email)
    .fetch_all(db.pool())
    .await
    .expect("events")
}

fn refused<T: std::fmt::Debug>(r: Result<T, DomainError>) -> &'static str {
    match r {
        Err(DomainError::Invalid { rule, .. }) => rule,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn double_opt_in_then_one_click_unsubscribe() {
    each_database(|db| async move {
        let now = domain::time::now();
        let home = Origin {
            source: Source::Home,
            page: "/",
        };
        assert_eq!(
            refused(
                newsletter::sign_up(&db, "not-an-address", "en", None, &home, &head(), now).await
            ),
            "malformed"
        );
        let asked = newsletter::sign_up(&db, " Fan@Example.com ", "en", None, &home, &head(), now)
            .await
            .expect("signed up");
        assert_eq!(asked, SignUp::ConfirmationSent);
        let mail = newest_mail(&db).await;
        assert_eq!(
            (mail.to_address.as_str(), mail.kind.as_str()),
            ("fan@example.com", "newsletter_confirm")
        );
        assert!(mail.list_unsubscribe.is_none());
        let confirm = token_after(&mail.text_body, "/newsletter/confirm?token=");
        assert_eq!(confirm.len(), 64);
        let status: String = sqlx::query_scalar(
            "SELECT status FROM newsletter_subscribers WHERE email = 'fan@example.com'",
        )
        .fetch_one(db.pool())
        .await
        .expect("row");
        assert_eq!(
            status, "pending",
            "nothing is subscribed before the link is opened"
        );

        assert_eq!(
            refused(newsletter::confirm(&db, &"0".repeat(64), &head(), now).await),
            "bad"
        );
        assert_eq!(
            refused(newsletter::confirm(&db, &confirm, &head(), now + 8 * 86_400).await),
            "expired"
        );
        assert_eq!(
            newsletter::confirm(&db, &confirm, &head(), now)
                .await
                .expect("confirmed"),
            "fan@example.com"
        );
        // Opening the link again is harmless and sends nothing more.
        newsletter::confirm(&db, &confirm, &head(), now)
            .await
            .expect("again");
        let welcome = newest_mail(&db).await;
        assert_eq!(welcome.kind, "newsletter_welcome");
        let welcomes: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'newsletter_welcome'",
        )
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(welcomes, 1);
        let url = welcome
            .list_unsubscribe
            .clone()
            .expect("a List-Unsubscribe address");
        let leave = token_after(&url, "/newsletter/one-click?token=");
        assert!(welcome
            .text_body
            .contains(&format!("/newsletter/unsubscribe?token={leave}")));
        assert_eq!(
            newsletter::sign_up(&db, "fan@example.com", "en", None, &home, &head(), now)
                .await
                .expect("again"),
            SignUp::AlreadySubscribed
        );

        // The written mail carries RFC 8058's headers.
        let dir = tempfile::tempdir().expect("mail dir");
        let courier = Courier::new(
            None,
            dir.path().to_path_buf(),
            "Emporium <no-reply@emporium.example>",
        )
        .expect("courier");
        worker::deliver_due(&db, &courier, now)
            .await
            .expect("deliver");
        let eml = std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .map(|f| std::fs::read_to_string(f.path()).expect("eml"))
            .find(|m| m.contains("List-Unsubscribe"))
            .expect("the welcome was written");
        assert!(eml.contains(&format!("List-Unsubscribe: <{url}>")), "{eml}");
        assert!(eml.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));

        // A forged or altered token changes nothing.
        let (id, tag) = leave.split_once('.').expect("id.tag");
        let forged = format!("{id}.{}", "0".repeat(tag.len()));
        assert_eq!(
            refused(newsletter::unsubscribe(&db, &forged, Source::MailLink, now).await),
            "bad"
        );
        assert_eq!(
            refused(newsletter::unsubscribe(&db, "99999.abc", Source::MailLink, now).await),
            "bad"
        );
        assert_eq!(
            newsletter::unsubscribe(&db, &leave, Source::MailHeader, now + 5)
                .await
                .expect("left"),
            "fan@example.com"
        );
        newsletter::unsubscribe(&db, &leave, Source::MailLink, now + 6)
            .await
            .expect("twice is fine");
        assert_eq!(
            events(&db, "fan@example.com").await,
            vec![
                ("requested".into(), "home".into(), "/".into()),
                ("confirmed".into(), "mail_link".into(), String::new()),
                ("unsubscribed".into(), "mail_header".into(), String::new()),
            ],
            "the consent record: what, from where, once each"
        );
        // The old confirmation link cannot put them back.
        assert_eq!(
            refused(newsletter::confirm(&db, &confirm, &head(), now).await),
            "bad"
        );
    })
    .await;
}

#[tokio::test]
async fn members_manage_it_from_their_account() {
    each_database(|db| async move {
        let now = domain::time::now();
        let form = Registration {
            email: "member@example.com".into(),
            password: "correct horse battery".into(),
            name: "Lan".into(),
            language: "zh-CN".into(),
            phone: String::new(),
        };
        let id = members::register(&db, &form, &head())
            .await
            .expect("registered");
        assert_eq!(
            newsletter::member_status(&db, id).await.expect("status"),
            None
        );
        // Unverified: the confirmation mail is the opt-in.
        assert_eq!(
            newsletter::member_sign_up(&db, id, &head(), now)
                .await
                .expect("asked"),
            SignUp::ConfirmationSent
        );
        assert_eq!(
            newsletter::member_status(&db, id).await.expect("status"),
            Some(Status::Pending)
        );
        let verify = outbox::newest(&db, 10)
            .await
            .expect("outbox")
            .into_iter()
            .find(|m| m.kind == "verify_email")
            .expect("verification mail");
        let token = token_after(&verify.text_body, "token=");
        tokens::verify_email(&db, &token, now)
            .await
            .expect("verified");
        // Verified: at once, with the welcome in Chinese.
        assert_eq!(
            newsletter::member_sign_up(&db, id, &head(), now)
                .await
                .expect("joined"),
            SignUp::Subscribed
        );
        assert_eq!(
            newsletter::member_status(&db, id).await.expect("status"),
            Some(Status::Subscribed)
        );
        let welcome = newest_mail(&db).await;
        assert_eq!(welcome.kind, "newsletter_welcome");
        assert!(welcome.subject.contains("欢迎"));
        assert_eq!(
            newsletter::member_sign_up(&db, id, &head(), now)
                .await
                .expect("again"),
            SignUp::AlreadySubscribed
        );
        newsletter::member_leave(&db, id, now + 1)
            .await
            .expect("left");
        assert_eq!(
            newsletter::member_status(&db, id).await.expect("status"),
            Some(Status::Unsubscribed)
        );
        newsletter::member_leave(&db, id, now + 2)
            .await
            .expect("leaving twice is fine");
        let record = events(&db, "member@example.com").await;
        assert_eq!(
            record.last(),
            Some(&("unsubscribed".into(), "account".into(), String::new()))
        );
        assert_eq!(record.iter().filter(|e| e.0 == "unsubscribed").count(), 1);
        // Deleting the account takes the address and its record off the list entirely.
        domain::members::privacy::delete(&db, id, "correct horse battery")
            .await
            .expect("deleted");
        assert!(events(&db, "member@example.com").await.is_empty());
        let left: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM newsletter_subscribers WHERE email = 'member@example.com'",
        )
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(left, 0);
    })
    .await;
}
