//! Members: registration, signing in, sessions (expiry, sign-out everywhere) and rate limits —
//! on SQLite and PostgreSQL.

use domain::ids::{MemberId, StaffId};
use domain::members::sessions::{self, Holder};
use domain::members::{self, Registration};
use domain::rate_limit::{self, Limit};
use domain::testing::each_database;
use domain::DomainError;

fn head() -> domain::notifications::templates::Letterhead {
    domain::notifications::templates::Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

fn form(email: &str) -> Registration {
    Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: " 王小明 ".into(),
        language: "en".into(),
        phone: String::new(),
    }
}

#[tokio::test]
async fn a_shopper_registers_and_signs_in() {
    each_database(|db| async move {
        let id = members::register(&db, &form(" Ming@Example.COM "), &head())
            .await
            .expect("registered");
        let member = members::member(&db, id)
            .await
            .expect("read")
            .expect("exists");
        assert_eq!(member.email, "ming@example.com");
        assert_eq!(member.name, "王小明");
        assert_eq!(member.language, "en");
        assert!(!member.verified);
        let stored: String = sqlx::query_scalar("SELECT password_hash FROM members WHERE id = $1")
            .bind(id.0)
            .fetch_one(db.pool())
            .await
            .expect("hash");
        assert!(stored.starts_with("$argon2id$") && !stored.contains("horse"));
        let with_phone = Registration {
            phone: " 139 1234 5678 ".into(),
            ..form("phone@example.com")
        };
        let other = members::register(&db, &with_phone, &head())
            .await
            .expect("registered with a phone");
        let profile = domain::members::profile::get(&db, other)
            .await
            .expect("profile")
            .expect("exists");
        assert_eq!(profile.phone, "13912345678");

        let signed = |email: &'static str, password: &'static str| {
            let db = db.clone();
            async move {
                members::authenticate(&db, email, password)
                    .await
                    .expect("checked")
            }
        };
        assert_eq!(
            signed("MING@example.com", "correct horse battery").await,
            Some(id)
        );
        assert_eq!(
            signed("ming@example.com", "wrong horse battery").await,
            None
        );
        assert_eq!(
            signed("nobody@example.com", "correct horse battery").await,
            None
        );
        assert_eq!(
            signed("not an address", "correct horse battery").await,
            None
        );

        match members::register(&db, &form("ming@example.com"), &head()).await {
            Err(DomainError::Conflict("email_taken")) => {}
            other => panic!("second account for one address: {other:?}"),
        }
        for (bad, field, rule) in [
            (
                Registration {
                    email: "no-at".into(),
                    ..form("x")
                },
                "email",
                "malformed",
            ),
            (
                Registration {
                    password: "short".into(),
                    ..form("a@example.com")
                },
                "password",
                "too_short",
            ),
            (
                Registration {
                    name: "".into(),
                    ..form("b@example.com")
                },
                "name",
                "required",
            ),
            (
                Registration {
                    name: "x".repeat(200),
                    ..form("c@example.com")
                },
                "name",
                "too_long",
            ),
            (
                Registration {
                    phone: "12345".into(),
                    ..form("d@example.com")
                },
                "phone",
                "malformed",
            ),
        ] {
            match members::register(&db, &bad, &head()).await {
                Err(DomainError::Invalid { field: f, rule: r }) => {
                    assert_eq!((f, r), (field, rule))
                }
                other => panic!("{bad:?}: {other:?}"),
            }
        }
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM members")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(count, 2, "nothing written for a refused registration");
    })
    .await;
}

#[tokio::test]
async fn sessions_end_when_idle_too_long_or_too_old_or_signed_out() {
    each_database(|db| async move {
        let id = members::register(&db, &form("s@example.com"), &head())
            .await
            .expect("registered");
        let holder = Holder::Member(id);
        let life = holder.lifetime();
        let t0 = 1_800_000_000;
        let a = sessions::start(&db, holder, t0).await.expect("start");
        let b = sessions::start(&db, holder, t0).await.expect("start");
        assert_ne!(a.0, b.0, "every sign-in gets a new token");
        assert_eq!(a.0.len(), 64);
        let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM sessions")
            .fetch_all(db.pool())
            .await
            .expect("hashes");
        assert!(!stored.contains(&a.0), "only the token's hash is stored");

        let find = |token: String, at: i64| {
            let db = db.clone();
            async move { sessions::find(&db, &token, at).await.expect("find") }
        };
        assert_eq!(find(a.0.clone(), t0 + 10).await, Some(holder));
        // Used every day, it still ends at the absolute limit.
        let mut at = t0;
        while at + 86_400 < t0 + life.absolute_s {
            at += 86_400;
            assert_eq!(
                find(a.0.clone(), at).await,
                Some(holder),
                "day {}",
                (at - t0) / 86_400
            );
        }
        assert_eq!(find(a.0.clone(), t0 + life.absolute_s + 1).await, None);
        // Unused, it ends after the idle time.
        assert_eq!(find(b.0.clone(), t0 + life.idle_s + 1).await, None);
        assert_eq!(find("junk".into(), t0).await, None);
        assert_eq!(find("0".repeat(64), t0).await, None);

        let c = sessions::start(&db, holder, t0).await.expect("start");
        let d = sessions::start(&db, holder, t0).await.expect("start");
        sessions::end(&db, &c.0).await.expect("sign out");
        assert_eq!(find(c.0.clone(), t0 + 1).await, None);
        assert_eq!(
            sessions::count(&db, holder, t0 + 1).await.expect("count"),
            1
        );
        let e = sessions::start(&db, holder, t0 + 2).await.expect("start");
        let listed = sessions::list(&db, holder, &d.0, t0 + 3)
            .await
            .expect("list");
        assert_eq!(listed.len(), 2, "the ended one is not listed");
        assert_eq!(
            listed
                .iter()
                .map(|s| (s.started_at, s.this_one))
                .collect::<Vec<_>>(),
            vec![(t0 + 2, false), (t0, true)],
            "latest used first, the asking browser's marked"
        );
        sessions::end(&db, &e.0).await.expect("sign out");
        assert_eq!(sessions::end_all(&db, holder).await.expect("everywhere"), 1);
        assert_eq!(find(d.0.clone(), t0 + 1).await, None);

        // Staff sessions are shorter.
        let staff =
            domain::staff::create_administrator(&db, "boss@example.com", "correct horse battery")
                .await
                .expect("admin");
        let boss = Holder::Staff(StaffId(staff.0));
        let s = sessions::start(&db, boss, t0).await.expect("start");
        assert_eq!(find(s.0.clone(), t0 + 60).await, Some(boss));
        assert_eq!(
            find(s.0.clone(), t0 + 60 + boss.lifetime().idle_s + 1).await,
            None
        );
        assert!(boss.lifetime().absolute_s < Holder::Member(MemberId(1)).lifetime().absolute_s);
    })
    .await;
}

#[tokio::test]
async fn rate_limits_count_attempts_in_a_sliding_window() {
    each_database(|db| async move {
        let limit = Limit {
            max: 3,
            window_s: 100,
        };
        let t0 = 1_800_000_000;
        for i in 0..3 {
            assert_eq!(
                rate_limit::wait_needed(&db, "k", limit, t0 + i)
                    .await
                    .expect("w"),
                None
            );
            rate_limit::count(&db, "k", limit, t0 + i)
                .await
                .expect("count");
        }
        assert_eq!(
            rate_limit::wait_needed(&db, "k", limit, t0 + 10)
                .await
                .expect("w"),
            Some(90)
        );
        assert_eq!(
            rate_limit::wait_needed(&db, "other", limit, t0 + 10)
                .await
                .expect("w"),
            None
        );
        // The first attempt leaves the window at t0 + 100.
        assert_eq!(
            rate_limit::wait_needed(&db, "k", limit, t0 + 100)
                .await
                .expect("w"),
            None
        );
        rate_limit::forget(&db, "k").await.expect("forget");
        assert_eq!(
            rate_limit::wait_needed(&db, "k", limit, t0 + 10)
                .await
                .expect("w"),
            None
        );
    })
    .await;
}
