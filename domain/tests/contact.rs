//! The feedback form on SQLite and PostgreSQL: a message reaches the staff whose role answers
//! its topic (administrators when nobody holds it) and the sender gets an acknowledgement only
//! when they gave an address; bad input is refused by field and stores nothing; the inbox
//! lists new and answered messages and marking one is audit-logged.

use domain::contact::{self, Feedback};
use domain::notifications::outbox;
use domain::notifications::templates::Letterhead;
use domain::staff::accounts::{self, NewStaff};
use domain::staff::audit::Actor;
use domain::staff::{self, Role};
use domain::testing::each_database;
use domain::{Db, DomainError};

fn head() -> Letterhead {
    Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

fn feedback(topic: &str, email: &str, body: &str) -> Feedback {
    Feedback {
        topic: topic.into(),
        name: "Lan".into(),
        email: email.into(),
        body: body.into(),
        page: "/product/oxford".into(),
        language: "en".into(),
    }
}

async fn mails(db: &Db) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = outbox::newest(db, 100)
        .await
        .expect("outbox")
        .into_iter()
        .map(|m| (m.to_address, m.kind))
        .collect();
    all.sort();
    all
}

#[tokio::test]
async fn messages_reach_the_right_department_and_the_inbox() {
    each_database(|db| async move {
        let boss = staff::create_administrator(&db, "boss@shop.cn", "a long enough secret")
            .await
            .expect("administrator");
        let actor = Actor {
            staff: Some(boss),
            address: "203.0.113.9".into(),
        };
        let add = |email: &str, role: Role| NewStaff {
            email: email.into(),
            name: "Staff".into(),
            password: "a long enough secret".into(),
            roles: vec![role],
        };
        accounts::add(&db, &actor, &add("care@shop.cn", Role::CustomerService))
            .await
            .expect("added");
        accounts::add(&db, &actor, &add("money@shop.cn", Role::Finance))
            .await
            .expect("added");
        let now = domain::time::now();
        let before = mails(&db).await;

        // Bad input: refused by field, nothing stored or sent.
        let refused = |r: Result<i64, DomainError>| match r {
            Err(DomainError::Invalid { field, rule }) => format!("{field}:{rule}"),
            other => panic!("{other:?}"),
        };
        let spam = "buy http://a.cn http://b.cn http://c.cn http://d.cn";
        assert_eq!(
            refused(contact::submit(&db, &feedback("order", "", spam), None, &head(), now).await),
            "body:too_many_links"
        );
        assert_eq!(
            refused(
                contact::submit(
                    &db,
                    &feedback("order", "bad", "Where is it?"),
                    None,
                    &head(),
                    now
                )
                .await
            ),
            "email:malformed"
        );
        assert!(contact::inbox(&db, "", 50).await.expect("inbox").is_empty());
        assert_eq!(mails(&db).await, before);

        // A payment question goes to finance, with an acknowledgement to the sender.
        let paid = contact::submit(
            &db,
            &feedback("payment", "Lan@Example.com", "Was my transfer received?"),
            None,
            &head(),
            now,
        )
        .await
        .expect("sent");
        // A delivery question: nobody in the warehouse yet, so the administrators get it;
        // no address, no acknowledgement.
        contact::submit(
            &db,
            &feedback("delivery", "", "The parcel is late"),
            None,
            &head(),
            now,
        )
        .await
        .expect("sent");
        let mut expected = before.clone();
        expected.extend([
            ("boss@shop.cn".to_string(), "contact_staff".to_string()),
            ("lan@example.com".to_string(), "contact_ack".to_string()),
            ("money@shop.cn".to_string(), "contact_staff".to_string()),
        ]);
        expected.sort();
        assert_eq!(mails(&db).await, expected);
        let to_finance = outbox::newest(&db, 100)
            .await
            .expect("outbox")
            .into_iter()
            .find(|m| m.to_address == "money@shop.cn")
            .expect("finance's mail");
        assert!(to_finance.text_body.contains("Was my transfer received?"));
        assert!(to_finance
            .text_body
            .contains("https://shop.example/product/oxford"));
        assert!(to_finance
            .text_body
            .contains("https://shop.example/admin/inbox"));

        let new = contact::inbox(&db, "new", 50).await.expect("inbox");
        assert_eq!(new.len(), 2);
        assert_eq!(new[1].id, paid);
        assert_eq!(
            (new[1].topic.as_str(), new[1].email.as_str()),
            ("payment", "lan@example.com")
        );
        contact::mark(&db, &actor, paid, true, now + 5)
            .await
            .expect("answered");
        assert_eq!(
            contact::inbox(&db, "new", 50).await.expect("inbox").len(),
            1
        );
        let answered = contact::inbox(&db, "answered", 50).await.expect("inbox");
        assert_eq!(
            (answered.len(), answered[0].answered_at),
            (1, Some(now + 5))
        );
        assert!(matches!(
            contact::mark(&db, &actor, 9_999, true, now).await,
            Err(DomainError::NotFound)
        ));
        let audited: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'contact.mark'")
                .fetch_one(db.pool())
                .await
                .expect("audit");
        assert_eq!(audited, 1);
    })
    .await;
}
