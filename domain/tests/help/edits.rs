//! Editors change the help center: pages and FAQ questions are checked, stamped with who
//! changed them and when, and written to the audit log; refused changes leave no trace.

use super::{audited, editor, faq_text, page_text, refusal};
use domain::content::help::{self, FaqText, PageText, Shift};
use domain::ids::{FaqId, StaffId};
use domain::locale::Lang;
use domain::testing::each_database;
use domain::{Db, DomainError};

#[tokio::test]
async fn editors_change_pages_checked_stamped_and_audited() {
    each_database(|db| async move {
        let who = editor(&db).await;
        let before = help::page(&db, "returns")
            .await
            .expect("read")
            .expect("page");
        let started = domain::time::now();

        let text = page_text("Returns", "## Returns\n\nWithin **7 days**.");
        let after = help::update_page(&db, &who, "returns", &text)
            .await
            .expect("updated");
        assert_eq!(after.title.en, "Returns");
        assert_eq!(after.body.zh, "## Returns\n\nWithin **7 days**.（中文）");
        assert_eq!(after.updated_by, who.staff);
        assert!(after.updated_at >= started);
        assert_eq!((after.id, after.position), (before.id, before.position));
        let read = help::page(&db, "returns")
            .await
            .expect("read")
            .expect("page");
        assert_eq!(read, after);

        let log = audited(&db).await;
        assert_eq!(log.len(), 1);
        let (action, subject, staff, was, now) = &log[0];
        assert_eq!(
            (action.as_str(), subject.as_str()),
            ("help.page.update", "help_page:returns")
        );
        assert_eq!(*staff, who.staff.map(|s: StaffId| s.0));
        assert!(
            was.contains("退换货政策") && !was.contains("（中文）"),
            "{was}"
        );
        assert!(now.contains("Returns（中文）"), "{now}");

        let long = "x".repeat(help::BODY_MAX + 1);
        let refusals = [
            (
                PageText {
                    title_zh: "".into(),
                    ..text.clone()
                },
                ("title_zh", "required"),
            ),
            (
                PageText {
                    title_en: " ".into(),
                    ..text.clone()
                },
                ("title_en", "required"),
            ),
            (page_text(&"t".repeat(81), "body"), ("title_zh", "too_long")),
            (
                PageText {
                    title_en: "a\u{7}b".into(),
                    ..text.clone()
                },
                ("title_en", "malformed"),
            ),
            (
                PageText {
                    body_zh: long.clone(),
                    ..text.clone()
                },
                ("body_zh", "too_long"),
            ),
            (
                PageText {
                    body_en: "nul\u{0}byte".into(),
                    ..text.clone()
                },
                ("body_en", "malformed"),
            ),
            (
                PageText {
                    body_zh: "\n".into(),
                    body_en: " ".into(),
                    ..text.clone()
                },
                ("body_zh", "required"),
            ),
        ];
        for (bad, expected) in refusals {
            let result = help::update_page(&db, &who, "returns", &bad).await;
            assert_eq!(refusal(result), expected);
        }
        let most = PageText {
            body_en: "x".repeat(help::BODY_MAX),
            ..text.clone()
        };
        help::update_page(&db, &who, "returns", &most)
            .await
            .expect("20,000 characters fit");
        let unknown = help::update_page(&db, &who, "no-such-page", &text).await;
        assert!(matches!(unknown, Err(DomainError::NotFound)), "{unknown:?}");
        assert_eq!(audited(&db).await.len(), 2, "refused edits leave no trace");

        let size = page_text("Size guide", "Collar, chest, waist.");
        let created = help::create_page(&db, &who, " size-guide ", &size)
            .await
            .expect("created");
        assert_eq!(created.slug, "size-guide");
        let menu = help::menu(&db, Lang::En).await.expect("menu");
        assert_eq!(menu.last().map(|m| m.title.as_str()), Some("Size guide"));
        let taken = help::create_page(&db, &who, "size-guide", &size).await;
        assert_eq!(refusal(taken), ("slug", "taken"));
        for bad in ["Size Guide", "size_guide", "-size", "尺码"] {
            let result = help::create_page(&db, &who, bad, &size).await;
            assert_eq!(refusal(result), ("slug", "malformed"), "{bad}");
        }
        let log = audited(&db).await;
        assert_eq!(log.len(), 3);
        assert_eq!(log[2].0, "help.page.create");
        assert_eq!(log[2].3, "", "nothing before a new page");
    })
    .await;
}

#[tokio::test]
async fn editors_keep_the_faq_in_order_and_in_the_log() {
    each_database(|db| async move {
        let who = editor(&db).await;
        let ids = |db: Db| async move {
            let faqs = help::faqs(&db).await.expect("faqs");
            faqs.iter().map(|f| f.id).collect::<Vec<FaqId>>()
        };
        let first = ids(db.clone()).await;

        let gift = faq_text("Can you wrap a gift", "Yes, add a gift message at checkout");
        let added = help::create_faq(&db, &who, &gift).await.expect("added");
        assert_eq!(added.question.zh, "Can you wrap a gift？");
        assert_eq!(added.updated_by, who.staff);
        let now = ids(db.clone()).await;
        assert_eq!(now.last(), Some(&added.id));
        assert_eq!(now.len(), first.len() + 1);
        let found = help::search_faqs(&db, "wrap").await.expect("search");
        assert_eq!(found.iter().map(|f| f.id).collect::<Vec<_>>(), [added.id]);

        let changed = faq_text("Do you wrap gifts", "We add your message on a card");
        let updated = help::update_faq(&db, &who, added.id, &changed)
            .await
            .expect("updated");
        assert_eq!(updated.answer.en, "We add your message on a card");
        let empty = FaqText {
            question_en: "".into(),
            ..changed.clone()
        };
        let refused = help::update_faq(&db, &who, added.id, &empty).await;
        assert_eq!(refusal(refused), ("question_en", "required"));
        let long = FaqText {
            answer_zh: "长".repeat(help::ANSWER_MAX + 1),
            ..changed.clone()
        };
        let refused = help::create_faq(&db, &who, &long).await;
        assert_eq!(refusal(refused), ("answer_zh", "too_long"));

        help::move_faq(&db, &who, added.id, Shift::Up)
            .await
            .expect("moved");
        let moved = ids(db.clone()).await;
        assert_eq!(moved[moved.len() - 2], added.id);
        help::move_faq(&db, &who, first[0], Shift::Up)
            .await
            .expect("already first");
        assert_eq!(
            ids(db.clone()).await,
            moved,
            "nothing moves above the first"
        );

        let mut reversed = moved.clone();
        reversed.reverse();
        help::reorder_faqs(&db, &who, &reversed)
            .await
            .expect("reordered");
        assert_eq!(ids(db.clone()).await, reversed);
        let partial = help::reorder_faqs(&db, &who, &reversed[1..]).await;
        assert_eq!(refusal(partial), ("order", "mismatch"));
        let twice = [reversed.clone(), vec![reversed[0]]].concat();
        assert_eq!(
            refusal(help::reorder_faqs(&db, &who, &twice).await),
            ("order", "mismatch")
        );

        help::delete_faq(&db, &who, added.id)
            .await
            .expect("deleted");
        assert!(help::faq(&db, added.id).await.expect("read").is_none());
        let gone = help::delete_faq(&db, &who, added.id).await;
        assert!(matches!(gone, Err(DomainError::NotFound)), "{gone:?}");
        assert!(matches!(
            help::move_faq(&db, &who, added.id, Shift::Down).await,
            Err(DomainError::NotFound)
        ));

        let log = audited(&db).await;
        let actions: Vec<&str> = log.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(
            actions,
            [
                "help.faq.create",
                "help.faq.update",
                "help.faq.reorder",
                "help.faq.reorder",
                "help.faq.delete"
            ]
        );
        assert!(log.iter().all(|l| l.2 == who.staff.map(|s| s.0)));
        let subject = format!("help_faq:{}", added.id.0);
        assert_eq!(log[4].1, subject);
        assert!(log[4].3.contains("We add your message on a card") && log[4].4.is_empty());
    })
    .await;
}
