//! Staff: administrators add, approve, deactivate and reactivate staff and assign roles; every
//! change is in the audit log with the account before and after; the shop never loses its last
//! administrator; the dashboard counts what is there; members are found by e-mail or name —
//! on SQLite and PostgreSQL.

mod common;

use domain::members::sessions::{self, Holder};
use domain::staff::accounts::{self, Change, NewStaff};
use domain::staff::audit::{self, Actor};
use domain::staff::{self, Application, Role};
use domain::testing::each_database;
use domain::DomainError;

fn newcomer(email: &str, roles: Vec<Role>) -> NewStaff {
    NewStaff {
        email: email.into(),
        name: "Lin".into(),
        password: "a long enough secret".into(),
        roles,
    }
}

fn refused(result: Result<(), DomainError>) -> &'static str {
    match result {
        Err(DomainError::Invalid { rule, .. }) => rule,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn administrators_manage_staff_and_every_change_is_audited() {
    each_database(|db| async move {
        let boss = staff::create_administrator(&db, "boss@shop.cn", "a long enough secret")
            .await
            .expect("administrator");
        let actor = Actor {
            staff: Some(boss),
            address: "203.0.113.9".into(),
        };
        let lin = accounts::add(
            &db,
            &actor,
            &newcomer("Lin@Shop.cn", vec![Role::CustomerService]),
        )
        .await
        .expect("added");
        let taken = accounts::add(&db, &actor, &newcomer("lin@shop.cn", vec![Role::Finance])).await;
        assert!(matches!(
            taken,
            Err(DomainError::Invalid {
                field: "email",
                rule: "taken"
            })
        ));
        let no_role = accounts::add(&db, &actor, &newcomer("x@shop.cn", vec![])).await;
        assert!(matches!(
            no_role,
            Err(DomainError::Invalid { field: "roles", .. })
        ));
        assert_eq!(
            accounts::active_roles(&db, lin).await.expect("roles"),
            Some(vec![Role::CustomerService])
        );
        assert!(
            staff::authenticate(&db, "lin@shop.cn", "a long enough secret")
                .await
                .expect("auth")
                .is_some()
        );

        let roles = vec![Role::Warehouse, Role::CustomerService];
        accounts::change(&db, &actor, lin, Change::Roles(roles))
            .await
            .expect("roles");
        assert_eq!(
            accounts::active_roles(&db, lin).await.expect("roles"),
            Some(vec![Role::CustomerService, Role::Warehouse])
        );

        // Deactivating ends the account's sessions and its sign-in.
        let now = domain::time::now();
        let token = sessions::start(&db, Holder::Staff(lin), now)
            .await
            .expect("session");
        accounts::change(&db, &actor, lin, Change::Deactivate)
            .await
            .expect("deactivated");
        assert_eq!(
            sessions::find(&db, &token.0, now).await.expect("find"),
            None
        );
        assert_eq!(accounts::active_roles(&db, lin).await.expect("roles"), None);
        assert!(
            staff::authenticate(&db, "lin@shop.cn", "a long enough secret")
                .await
                .expect("auth")
                .is_none()
        );
        accounts::change(&db, &actor, lin, Change::Reactivate)
            .await
            .expect("reactivated");
        let again = accounts::change(&db, &actor, lin, Change::Reactivate).await;
        assert_eq!(refused(again), "not_deactivated");
        let approve = Change::Approve(vec![Role::Finance]);
        assert_eq!(
            refused(accounts::change(&db, &actor, lin, approve).await),
            "not_pending"
        );

        // The last administrator cannot be deactivated, demoted or deactivate themselves.
        let demote = Change::Roles(vec![Role::Finance]);
        assert_eq!(
            refused(accounts::change(&db, &actor, boss, demote).await),
            "last_administrator"
        );
        assert_eq!(
            refused(accounts::change(&db, &actor, boss, Change::Deactivate).await),
            "yourself"
        );
        let other = Actor {
            staff: Some(lin),
            address: "198.51.100.7".into(),
        };
        assert_eq!(
            refused(accounts::change(&db, &other, boss, Change::Deactivate).await),
            "last_administrator"
        );

        let (log, more) = audit::page(&db, 1, 50).await.expect("log");
        assert!(!more);
        let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "staff.reactivate",
                "staff.deactivate",
                "staff.roles",
                "staff.add",
                "staff.add"
            ]
        );
        let roles_change = &log[2];
        assert_eq!(roles_change.staff_email.as_deref(), Some("boss@shop.cn"));
        assert_eq!(roles_change.subject, format!("staff:{}", lin.0));
        assert_eq!(roles_change.address, "203.0.113.9");
        assert!(roles_change
            .before_json
            .as_deref()
            .expect("before")
            .contains("\"CustomerService\"]"));
        assert!(roles_change
            .after_json
            .as_deref()
            .expect("after")
            .contains("Warehouse"));
        assert_eq!(
            log[4].staff_email, None,
            "the first administrator is made by the shop"
        );
        assert!(log
            .iter()
            .all(|e| !e.after_json.clone().unwrap_or_default().contains("argon2")));
    })
    .await;
}

#[tokio::test]
async fn applications_wait_for_an_administrator() {
    each_database(|db| async move {
        let boss = staff::create_administrator(&db, "boss@shop.cn", "a long enough secret")
            .await
            .expect("administrator");
        let form = Application {
            email: "Wei@Shop.cn".into(),
            name: "魏".into(),
            password: "a long enough secret".into(),
        };
        let wei = staff::apply(&db, &form, "192.0.2.4")
            .await
            .expect("applied");
        let twice = staff::apply(&db, &form, "192.0.2.4").await;
        assert!(matches!(twice, Err(DomainError::Conflict(_))));
        let signed = staff::authenticate(&db, "wei@shop.cn", "a long enough secret").await;
        assert!(
            signed.expect("auth").is_none(),
            "pending accounts cannot sign in"
        );
        assert_eq!(accounts::active_roles(&db, wei).await.expect("roles"), None);
        let listed = accounts::list(&db).await.expect("list");
        assert_eq!(listed[0].id, wei, "pending first");
        assert_eq!(listed[0].status, "pending");

        let actor = Actor {
            staff: Some(boss),
            address: "203.0.113.9".into(),
        };
        let empty = accounts::change(&db, &actor, wei, Change::Approve(vec![])).await;
        assert!(matches!(
            empty,
            Err(DomainError::Invalid { field: "roles", .. })
        ));
        let approve = Change::Approve(vec![Role::Editor]);
        accounts::change(&db, &actor, wei, approve)
            .await
            .expect("approved");
        assert_eq!(
            accounts::active_roles(&db, wei).await.expect("roles"),
            Some(vec![Role::Editor])
        );
        staff::signed_in(
            &db,
            &Actor {
                staff: Some(wei),
                address: "192.0.2.4".into(),
            },
        )
        .await
        .expect("noted");
        let member = accounts::get(&db, wei)
            .await
            .expect("read")
            .expect("exists");
        assert!(member.last_login_at.is_some());
        let (log, _) = audit::page(&db, 1, 2).await.expect("log");
        assert_eq!(log[0].action, "staff.log_in");
        assert_eq!(log[1].action, "staff.approve");
        let (second, more) = audit::page(&db, 2, 2).await.expect("log");
        assert_eq!(second[0].action, "staff.apply");
        assert_eq!(second[0].address, "192.0.2.4");
        assert_eq!(second[1].action, "staff.add", "the first administrator");
        assert!(!more);
    })
    .await;
}

#[tokio::test]
async fn the_dashboard_counts_what_is_there() {
    each_database(|db| async move {
        common::demo(&db).await;
        let head = domain::notifications::templates::Letterhead {
            shop: "Emporium".into(),
            url: "https://shop.example".into(),
        };
        let form = |email: &str| domain::members::Registration {
            email: email.into(),
            password: "correct horse battery".into(),
            name: "Ming".into(),
            language: "en".into(),
            phone: String::new(),
        };
        let before = staff::dashboard::figures(&db, domain::time::now())
            .await
            .expect("figures");
        domain::members::register(&db, &form("a@example.com"), &head)
            .await
            .expect("a");
        domain::members::register(&db, &form("b@example.com"), &head)
            .await
            .expect("b");
        let now = domain::time::now();
        let after = staff::dashboard::figures(&db, now).await.expect("figures");
        assert!(after.products_on_shelf > 0);
        assert_eq!(after.members, before.members + 2);
        assert_eq!(after.members_joined_today, before.members_joined_today + 2);
        assert_eq!(
            after.mails_queued,
            before.mails_queued + 2,
            "two verification mails"
        );
        let tomorrow = staff::dashboard::figures(&db, now + 86_400)
            .await
            .expect("figures");
        assert_eq!(tomorrow.members_joined_today, 0);
        assert_eq!(tomorrow.members, after.members);

        let (found, _) = domain::members::directory::find(&db, "B@EXAMPLE", 1, 20)
            .await
            .expect("find");
        assert_eq!(
            found.iter().map(|m| m.email.as_str()).collect::<Vec<_>>(),
            ["b@example.com"]
        );
        let (none, _) = domain::members::directory::find(&db, "%", 1, 20)
            .await
            .expect("find");
        assert!(none.is_empty(), "a % is a character, not a wildcard");
        let (all, _) = domain::members::directory::find(&db, " ", 1, 20)
            .await
            .expect("find");
        assert_eq!(all.len() as i64, after.members);
    })
    .await;
}
