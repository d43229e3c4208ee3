//! Favourites, browsing history and member levels: one member's list never shows another's,
//! products off the shelf cannot be added, a guest's views join the history at sign-in, the
//! history keeps its newest views, levels follow paid spend — on SQLite and PostgreSQL.

mod common;

use common::demo;
use domain::ids::{MemberId, ProductId};
use domain::members::{self, favourites, history, levels, privacy, Registration};
use domain::testing::each_database;
use domain::{Db, DomainError, Money};

async fn member(db: &Db, email: &str) -> MemberId {
    let form = Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: "Ann".into(),
        language: "en".into(),
        phone: String::new(),
    };
    let head = domain::notifications::templates::Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    };
    members::register(db, &form, &head)
        .await
        .expect("registered")
}

async fn on_shelf(db: &Db, n: i64) -> Vec<ProductId> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM products WHERE status = 'on_shelf' ORDER BY id LIMIT $1",
    )
    .bind(n)
    .fetch_all(db.pool())
    .await
    .expect("products");
    ids.into_iter().map(ProductId).collect()
}

#[tokio::test]
async fn favourites_toggle_per_member_and_only_for_products_on_the_shelf() {
    each_database(|db| async move {
        demo(&db).await;
        let ann = member(&db, "ann@example.com").await;
        let bo = member(&db, "bo@example.com").await;
        let p = on_shelf(&db, 3).await;
        assert!(favourites::toggle(&db, ann, p[0], 100)
            .await
            .expect("added"));
        assert!(favourites::toggle(&db, ann, p[1], 200)
            .await
            .expect("added"));
        assert!(favourites::toggle(&db, bo, p[2], 300).await.expect("added"));
        assert_eq!(
            favourites::ids(&db, ann).await.expect("ids"),
            vec![p[1], p[0]],
            "newest first"
        );
        assert_eq!(favourites::ids(&db, bo).await.expect("ids"), vec![p[2]]);
        assert!(!favourites::toggle(&db, ann, p[1], 400)
            .await
            .expect("removed"));
        let kept: Vec<ProductId> = favourites::products(&db, ann)
            .await
            .expect("products")
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(kept, vec![p[0]]);

        assert!(matches!(
            favourites::toggle(&db, ann, ProductId(9_999_999), 500).await,
            Err(DomainError::NotFound)
        ));
        sqlx::query("UPDATE products SET status = 'off_shelf' WHERE id = $1")
            .bind(p[2].0)
            .execute(db.pool())
            .await
            .expect("off shelf");
        assert!(matches!(
            favourites::toggle(&db, ann, p[2], 600).await,
            Err(DomainError::NotFound)
        ));
        assert!(
            favourites::products(&db, bo)
                .await
                .expect("products")
                .is_empty(),
            "off the shelf: not shown"
        );
        assert_eq!(
            favourites::ids(&db, bo).await.expect("ids"),
            vec![p[2]],
            "but kept"
        );
    })
    .await;
}

#[tokio::test]
async fn history_keeps_each_product_once_merges_a_guests_views_and_forgets_on_request() {
    each_database(|db| async move {
        demo(&db).await;
        let ann = member(&db, "ann@example.com").await;
        let bo = member(&db, "bo@example.com").await;
        let p = on_shelf(&db, 4).await;
        history::record(&db, ann, p[0], 1_000)
            .await
            .expect("viewed");
        history::record(&db, ann, p[1], 1_001)
            .await
            .expect("viewed");
        history::record(&db, ann, p[0], 1_002)
            .await
            .expect("viewed again");
        history::record(&db, bo, p[3], 1_003).await.expect("viewed");
        let seen = |v: Vec<history::Viewed>| {
            v.iter()
                .map(|v| (v.product.id, v.viewed_at))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            seen(history::recent(&db, ann, 10).await.expect("recent")),
            vec![(p[0], 1_002), (p[1], 1_001)]
        );

        // A guest's cookie (newest first) joins at sign-in; a later view already there stays.
        history::merge(&db, ann, &[p[2], p[1], ProductId(9_999_999)], 1_001)
            .await
            .expect("merged");
        assert_eq!(
            seen(history::recent(&db, ann, 10).await.expect("recent")),
            vec![(p[0], 1_002), (p[2], 1_001), (p[1], 1_001)]
        );
        assert_eq!(history::recent(&db, ann, 1).await.expect("recent").len(), 1);

        history::clear(&db, ann).await.expect("cleared");
        assert!(history::recent(&db, ann, 10)
            .await
            .expect("recent")
            .is_empty());
        assert_eq!(
            seen(history::recent(&db, bo, 10).await.expect("recent")),
            vec![(p[3], 1_003)]
        );
    })
    .await;
}

#[tokio::test]
async fn history_keeps_only_the_newest_views() {
    each_database(|db| async move {
        demo(&db).await;
        let ann = member(&db, "ann@example.com").await;
        let p = on_shelf(&db, history::KEPT_VIEWS + 5).await;
        assert_eq!(
            p.len() as i64,
            history::KEPT_VIEWS + 5,
            "the demo shop has enough products"
        );
        for (at, id) in (0i64..).zip(&p) {
            history::record(&db, ann, *id, at).await.expect("viewed");
        }
        let recent = history::recent(&db, ann, 1_000).await.expect("recent");
        assert_eq!(recent.len() as i64, history::KEPT_VIEWS);
        assert_eq!(recent[0].product.id, *p.last().expect("last"));
        assert!(
            recent.iter().all(|v| v.product.id != p[0]),
            "the oldest is gone"
        );
    })
    .await;
}

#[tokio::test]
async fn levels_follow_paid_spend_and_privacy_covers_favourites_and_history() {
    each_database(|db| async move {
        demo(&db).await;
        let ann = member(&db, "ann@example.com").await;
        let standing = levels::of_member(&db, ann).await.expect("standing");
        assert_eq!(standing.level.code, "regular");
        assert_eq!(
            standing
                .next
                .as_ref()
                .map(|(l, left)| (l.code.as_str(), *left)),
            Some(("silver", Money(100_000)))
        );

        let mut tx = db.begin_write().await.expect("tx");
        levels::add_paid_spend(tx.conn(), ann, Money(120_000))
            .await
            .expect("paid");
        tx.commit().await.expect("commit");
        let standing = levels::of_member(&db, ann).await.expect("standing");
        assert_eq!(
            (standing.level.code.as_str(), standing.level.discount_bp),
            ("silver", 200)
        );
        assert_eq!(standing.spend, Money(120_000));

        let mut tx = db.begin_write().await.expect("tx");
        levels::add_paid_spend(tx.conn(), ann, Money(-500_000))
            .await
            .expect("refunded");
        tx.commit().await.expect("commit");
        assert_eq!(
            levels::of_member(&db, ann).await.expect("standing").spend,
            Money(0),
            "never below zero"
        );

        let p = on_shelf(&db, 2).await;
        favourites::toggle(&db, ann, p[0], 10).await.expect("added");
        history::record(&db, ann, p[1], 11).await.expect("viewed");
        let data = privacy::export(&db, ann).await.expect("export");
        assert_eq!(data["favourites"][0]["product_id"], p[0].0);
        assert_eq!(data["browsing_history"][0]["product_id"], p[1].0);
        assert_eq!(data["member_level"]["level"], "regular");

        privacy::delete(&db, ann, "correct horse battery")
            .await
            .expect("deleted");
        assert!(favourites::ids(&db, ann).await.expect("ids").is_empty());
        assert!(history::recent(&db, ann, 10)
            .await
            .expect("recent")
            .is_empty());
    })
    .await;
}
