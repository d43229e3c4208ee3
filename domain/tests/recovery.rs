//! Passwords: a forgotten one is reset by a mailed link that works once and expires, and the
//! same nothing-to-see answer comes for an unknown address; a known one is changed given the
//! current one. Either way every session of the account ends — on SQLite and PostgreSQL.

use domain::members::recovery;
use domain::members::sessions::{self, Holder};
use domain::members::{self, Registration};
use domain::notifications::outbox;
use domain::testing::each_database;
use domain::DomainError;

fn head() -> domain::notifications::templates::Letterhead {
    domain::notifications::templates::Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

const OLD: &str = "correct horse battery";
const NEW: &str = "staple battery horse";

async fn registered(db: &domain::Db, email: &str) -> domain::ids::MemberId {
    let form = Registration {
        email: email.into(),
        password: OLD.into(),
        name: "Ann".into(),
        language: "en".into(),
        phone: String::new(),
    };
    members::register(db, &form, &head())
        .await
        .expect("registered")
}

/// The token in the newest reset mail to `to`.
async fn reset_token(db: &domain::Db, to: &str) -> String {
    let mails = outbox::newest(db, 50).await.expect("outbox");
    let mail = mails
        .iter()
        .find(|m| m.to_address == to && m.kind == "reset_password")
        .expect("a reset mail");
    let at = mail.text_body.find("token=").expect("link") + 6;
    mail.text_body[at..at + 64].to_string()
}

fn rule(result: Result<impl std::fmt::Debug, DomainError>) -> &'static str {
    match result {
        Err(DomainError::Invalid { rule, .. }) => rule,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_forgotten_password_is_reset_once_by_the_mailed_link() {
    each_database(|db| async move {
        let ann = registered(&db, "ann@example.com").await;
        let now = domain::time::now();
        let session = sessions::start(&db, Holder::Member(ann), now)
            .await
            .expect("session");
        let before = outbox::newest(&db, 50).await.expect("outbox").len();
        recovery::request_reset(&db, "nobody@example.com", &head(), now)
            .await
            .expect("same answer");
        recovery::request_reset(&db, "not an address", &head(), now)
            .await
            .expect("same answer");
        assert_eq!(outbox::newest(&db, 50).await.expect("outbox").len(), before);
        recovery::request_reset(&db, " ANN@example.com ", &head(), now)
            .await
            .expect("queued");
        let token = reset_token(&db, "ann@example.com").await;

        assert_eq!(
            rule(recovery::reset(&db, &token, "short", now).await),
            "too_short"
        );
        let id = recovery::reset(&db, &token, NEW, now).await.expect("reset");
        assert_eq!(id, ann);
        assert_eq!(
            sessions::find(&db, &session.0, now).await.expect("find"),
            None
        );
        assert_eq!(
            members::authenticate(&db, "ann@example.com", OLD)
                .await
                .expect("auth"),
            None
        );
        assert_eq!(
            members::authenticate(&db, "ann@example.com", NEW)
                .await
                .expect("auth"),
            Some(ann)
        );
        assert!(
            members::member(&db, ann)
                .await
                .expect("read")
                .expect("exists")
                .verified
        );
        assert_eq!(rule(recovery::reset(&db, &token, OLD, now).await), "used");
        assert_eq!(
            rule(recovery::reset(&db, &"0".repeat(64), OLD, now).await),
            "unknown"
        );

        // A link is good for an hour.
        recovery::request_reset(&db, "ann@example.com", &head(), now)
            .await
            .expect("queued");
        let late = reset_token(&db, "ann@example.com").await;
        assert_eq!(
            rule(recovery::reset(&db, &late, OLD, now + 3_601).await),
            "expired"
        );
        // A verification token is no reset token.
        let mails = outbox::newest(&db, 50).await.expect("outbox");
        let verify = mails
            .iter()
            .find(|m| m.kind == "verify_email")
            .expect("verification mail");
        let at = verify.text_body.find("token=").expect("link") + 6;
        let verify_token = &verify.text_body[at..at + 64];
        assert_eq!(
            rule(recovery::reset(&db, verify_token, OLD, now).await),
            "unknown"
        );
    })
    .await;
}

#[tokio::test]
async fn a_password_is_changed_given_the_current_one() {
    each_database(|db| async move {
        let bo = registered(&db, "bo@example.com").await;
        let now = domain::time::now();
        let other_device = sessions::start(&db, Holder::Member(bo), now)
            .await
            .expect("session");
        assert_eq!(
            rule(recovery::change(&db, bo, "wrong horse battery", NEW).await),
            "mismatch"
        );
        assert_eq!(
            rule(recovery::change(&db, bo, OLD, "short").await),
            "too_short"
        );
        assert!(sessions::find(&db, &other_device.0, now)
            .await
            .expect("find")
            .is_some());
        recovery::change(&db, bo, OLD, NEW).await.expect("changed");
        assert_eq!(
            sessions::find(&db, &other_device.0, now)
                .await
                .expect("find"),
            None
        );
        assert_eq!(
            members::authenticate(&db, "bo@example.com", NEW)
                .await
                .expect("auth"),
            Some(bo)
        );
    })
    .await;
}
