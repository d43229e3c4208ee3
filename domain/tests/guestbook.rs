//! The guestbook on SQLite and PostgreSQL: a guest's post waits for a moderator (seen only by
//! its writer meanwhile), approval shows it, the shop's reply appears under it and mails the
//! guest; pinned posts come first; search finds posts by Chinese pairs and English stems; the
//! same text twice is refused; hide / delete take a post out of public view; post-moderation
//! shows posts at once; only a reply's author edits it; every action is audit-logged.

use domain::guestbook::moderation::{self, Decision};
use domain::guestbook::posting::{self, key_hash, Draft, Writer};
use domain::guestbook::reading::{self, Reader};
use domain::guestbook::{self, Moderation};
use domain::members::{self, Registration};
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

fn draft(board: &str, title: &str, body: &str) -> Draft {
    Draft {
        board: board.into(),
        name: "小王".into(),
        email: "wang@example.com".into(),
        title: title.into(),
        body: body.into(),
        language: "zh-CN".into(),
    }
}

fn guest(key: &str) -> Writer {
    Writer::Guest {
        browser_key: key.into(),
    }
}

fn reader(key: &str) -> Reader {
    Reader {
        member: None,
        key_hash: key_hash(key),
    }
}

async fn titles(db: &Db, who: &Reader, board: &str, typed: &str) -> Vec<String> {
    reading::page(db, who, board, typed, 1)
        .await
        .expect("page")
        .posts
        .into_iter()
        .map(|p| p.title)
        .collect()
}

async fn moderators(db: &Db) -> (Actor, Actor) {
    let boss = staff::create_administrator(db, "boss@shop.cn", "a long enough secret")
        .await
        .expect("administrator");
    let admin = Actor {
        staff: Some(boss),
        address: "203.0.113.9".into(),
    };
    let care = accounts::add(
        db,
        &admin,
        &NewStaff {
            email: "care@shop.cn".into(),
            name: "小客服".into(),
            password: "a long enough secret".into(),
            roles: vec![Role::CustomerService],
        },
    )
    .await
    .expect("added");
    let care = Actor {
        staff: Some(care),
        address: "203.0.113.10".into(),
    };
    (admin, care)
}

#[tokio::test]
async fn a_guest_post_is_held_approved_answered_and_mailed() {
    each_database(|db| async move {
        let (admin, care) = moderators(&db).await;
        let now = domain::time::now();
        assert_eq!(
            guestbook::moderation(&db).await.expect("mode"),
            Moderation::Before
        );
        assert_eq!(guestbook::boards(&db).await.expect("boards").len(), 11);

        let posted = posting::submit(
            &db,
            &draft("delivery", "配送很快", "第二天就收到了，包装也很好。"),
            &guest("k1"),
            now,
        )
        .await
        .expect("posted");
        assert!(posted.held);
        // Held: its writer sees it, nobody else does.
        assert_eq!(titles(&db, &reader("k1"), "", "").await, vec!["配送很快"]);
        assert!(titles(&db, &reader("k2"), "", "").await.is_empty());
        assert!(titles(&db, &Reader::default(), "", "").await.is_empty());
        assert!(reading::post(&db, &Reader::default(), posted.id)
            .await
            .expect("read")
            .is_none());
        assert_eq!(moderation::waiting(&db).await.expect("waiting"), 1);

        moderation::decide(&db, &care, posted.id, Decision::Approve, now + 5)
            .await
            .expect("approved");
        assert_eq!(
            titles(&db, &Reader::default(), "", "").await,
            vec!["配送很快"]
        );
        assert_eq!(
            titles(&db, &Reader::default(), "delivery", "").await.len(),
            1
        );
        assert!(titles(&db, &Reader::default(), "payment", "")
            .await
            .is_empty());

        let reply = moderation::reply(
            &db,
            &care,
            posted.id,
            "感谢支持！\n欢迎再来。",
            &head(),
            now + 10,
        )
        .await
        .expect("replied");
        let seen = reading::post(&db, &Reader::default(), posted.id)
            .await
            .expect("read")
            .expect("visible");
        assert_eq!(seen.replies.len(), 1);
        assert_eq!(seen.replies[0].body, "感谢支持！\n欢迎再来。");
        assert_eq!(seen.replies[0].staff_name, "小客服");
        let mails = outbox::newest(&db, 20).await.expect("outbox");
        assert!(mails
            .iter()
            .any(|m| m.to_address == "wang@example.com" && m.kind == "guestbook_answered"));

        // Only its author edits a reply; blank replies are refused.
        let other = moderation::edit_reply(&db, &admin, reply, "改一下", now + 20).await;
        assert!(matches!(other, Err(DomainError::Conflict(_))), "{other:?}");
        moderation::edit_reply(&db, &care, reply, "感谢支持，已转告仓库。", now + 20)
            .await
            .expect("edited");
        let blank = moderation::edit_reply(&db, &care, reply, "   ", now + 21).await;
        assert!(
            matches!(
                blank,
                Err(DomainError::Invalid {
                    field: "reply",
                    rule: "required"
                })
            ),
            "{blank:?}"
        );
        let seen = reading::post(&db, &Reader::default(), posted.id)
            .await
            .expect("read")
            .expect("visible");
        assert_eq!(seen.replies[0].body, "感谢支持，已转告仓库。");
        assert!(seen.replies[0].edited_at.is_some());

        // Hidden and deleted posts leave the public lists; deleted ones stay for moderators.
        moderation::decide(&db, &care, posted.id, Decision::Hide, now + 30)
            .await
            .expect("hidden");
        assert!(titles(&db, &Reader::default(), "", "").await.is_empty());
        moderation::decide(&db, &care, posted.id, Decision::Delete, now + 40)
            .await
            .expect("deleted");
        assert!(titles(&db, &reader("k1"), "", "").await.is_empty());
        assert_eq!(
            moderation::queue(&db, "deleted", 50)
                .await
                .expect("queue")
                .len(),
            1
        );
        let missing = moderation::decide(&db, &care, 999_999, Decision::Approve, now).await;
        assert!(matches!(missing, Err(DomainError::NotFound)));

        let actions: Vec<String> = sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE action LIKE 'guestbook.%' ORDER BY id",
        )
        .fetch_all(db.pool())
        .await
        .expect("audit");
        assert_eq!(
            actions,
            vec![
                "guestbook.approve",
                "guestbook.reply",
                "guestbook.edit_reply",
                "guestbook.hide",
                "guestbook.delete"
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn pinned_posts_come_first_and_search_finds_words_and_chinese() {
    each_database(|db| async move {
        let (admin, _) = moderators(&db).await;
        moderation::set_moderation(&db, &admin, Moderation::After, 0)
            .await
            .expect("post-moderation");
        let now = domain::time::now();
        let post = |board: &'static str, title: &'static str, body: &'static str, at: i64| {
            let db = db.clone();
            async move {
                posting::submit(&db, &draft(board, title, body), &guest("k"), at)
                    .await
                    .expect("posted")
            }
        };
        let first = post(
            "products",
            "Shirts shrink",
            "My shirts shrank after washing twice.",
            now,
        )
        .await;
        assert!(!first.held, "post-moderation shows posts at once");
        post("delivery", "顺丰很快", "上海发货，第二天就到了。", now + 1).await;
        post("payment", "支付宝", "能不能加一个支付宝付款？", now + 2).await;
        assert_eq!(
            titles(&db, &Reader::default(), "", "").await,
            vec!["支付宝", "顺丰很快", "Shirts shrink"]
        );
        moderation::decide(&db, &admin, first.id, Decision::Pin, now + 3)
            .await
            .expect("pinned");
        assert_eq!(
            titles(&db, &Reader::default(), "", "").await,
            vec!["Shirts shrink", "支付宝", "顺丰很快"]
        );

        assert_eq!(
            titles(&db, &Reader::default(), "", "shirt").await,
            vec!["Shirts shrink"]
        );
        assert_eq!(
            titles(&db, &Reader::default(), "", "wash").await,
            vec!["Shirts shrink"]
        );
        assert_eq!(
            titles(&db, &Reader::default(), "", "第二天").await,
            vec!["顺丰很快"]
        );
        assert_eq!(
            titles(&db, &Reader::default(), "", "付款 支付宝").await,
            vec!["支付宝"]
        );
        assert!(titles(&db, &Reader::default(), "", "退货").await.is_empty());
        assert!(titles(&db, &Reader::default(), "delivery", "shirt")
            .await
            .is_empty());
        // LIKE's own signs and SQL typed into the search are only text.
        assert!(titles(&db, &Reader::default(), "", "%' OR 1=1 --")
            .await
            .is_empty());
        let page = reading::page(&db, &Reader::default(), "", "", 2)
            .await
            .expect("page 2");
        assert_eq!((page.total, page.posts.len()), (3, 0));
    })
    .await;
}

#[tokio::test]
async fn duplicates_and_bad_input_are_refused_and_members_post_under_their_name() {
    each_database(|db| async move {
        let now = domain::time::now();
        let body = "Please add a size chart to every product page.";
        posting::submit(&db, &draft("site", "Size chart", body), &guest("a"), now)
            .await
            .expect("posted");
        let again = posting::submit(
            &db,
            &draft(
                "site",
                "Size chart!",
                "please ADD a size-chart to every product page",
            ),
            &guest("b"),
            now + 60,
        )
        .await;
        assert!(
            matches!(
                again,
                Err(DomainError::Invalid {
                    field: "body",
                    rule: "duplicate"
                })
            ),
            "{again:?}"
        );
        let unknown = posting::submit(
            &db,
            &draft("casino", "Hello", "Hello there, everyone"),
            &guest("a"),
            now,
        )
        .await;
        assert!(
            matches!(
                unknown,
                Err(DomainError::Invalid {
                    field: "board",
                    rule: "required"
                })
            ),
            "{unknown:?}"
        );
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM guestbook_posts")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(before, 1);

        let member = members::register(
            &db,
            &Registration {
                email: "li@example.com".into(),
                password: "a long enough secret".into(),
                name: "李雷".into(),
                language: "zh-CN".into(),
                phone: String::new(),
            },
            &head(),
        )
        .await
        .expect("member");
        let mine = posting::submit(
            &db,
            &Draft {
                name: "Somebody Else".into(),
                ..draft("cart", "购物车", "购物车里的商品能保存多久？")
            },
            &Writer::Member(member),
            now,
        )
        .await
        .expect("posted");
        let as_member = Reader {
            member: Some(member.0),
            key_hash: String::new(),
        };
        let seen = reading::post(&db, &as_member, mine.id)
            .await
            .expect("read")
            .expect("their own");
        assert_eq!((seen.name.as_str(), seen.by_member), ("李雷", true));
        let stored: String = sqlx::query_scalar("SELECT email FROM guestbook_posts WHERE id = $1")
            .bind(mine.id)
            .fetch_one(db.pool())
            .await
            .expect("email");
        assert_eq!(stored, "", "a member's address is never copied onto a post");
    })
    .await;
}
