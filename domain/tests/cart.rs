//! Carts on SQLite and PostgreSQL: adding merges a variant's pieces up to what can be sold,
//! saved lines leave the totals, a price change since adding is flagged until accepted, a
//! variant off the shelf is shown as unavailable, and a guest's cart joins the member's at
//! log-in keeping the larger quantity.

mod common;

use common::demo;
use domain::cart::{self, CartOwner};
use domain::checkout::ShippingTable;
use domain::ids::{MemberId, SkuId};
use domain::testing::each_database;
use domain::{Db, DomainError, Money};

fn shipping() -> ShippingTable {
    ShippingTable {
        fees: vec![("新疆".into(), Money(3_000))],
        default_fee: Money(1_200),
        free_over: Some(Money(1_000_000_000)),
    }
}

/// Variants of two different products on sale with at least `min` pieces each, with their
/// prices and stock.
async fn stocked(db: &Db, min: i64) -> Vec<(SkuId, i64, i64)> {
    let rows: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT s.id, s.product_id, s.sale_price, CAST(SUM(l.on_hand - l.reserved) AS BIGINT) \
         FROM skus s JOIN products p ON p.id = s.product_id JOIN stock_levels l ON l.sku_id = s.id \
         WHERE s.status = 'active' AND p.status = 'on_shelf' GROUP BY s.id, s.product_id, s.sale_price \
         HAVING SUM(l.on_hand - l.reserved) >= $1 ORDER BY s.id LIMIT 200",
    )
    .bind(min)
    .fetch_all(db.pool())
    .await
    .expect("stocked variants");
    let first = rows.first().expect("a stocked variant");
    let second = rows
        .iter()
        .find(|r| r.1 != first.1)
        .expect("a stocked variant of another product");
    [first, second]
        .into_iter()
        .map(|(s, _, p, a)| (SkuId(*s), *p, *a))
        .collect()
}

async fn member(db: &Db, email: &str) -> MemberId {
    let form = domain::members::Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: "Ann".into(),
        language: "zh-CN".into(),
        phone: String::new(),
    };
    let head = domain::notifications::templates::Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    };
    domain::members::register(db, &form, &head)
        .await
        .expect("registered")
}

fn refused(result: Result<(), DomainError>) -> (&'static str, &'static str) {
    match result {
        Err(DomainError::Invalid { field, rule }) => (field, rule),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_cart_keeps_lines_up_to_the_stock_and_prices_them_with_checkouts_pricing() {
    each_database(|db| async move {
        demo(&db).await;
        let v = stocked(&db, 6).await;
        let (a, price_a, stock_a) = v[0];
        let (b, price_b, _) = v[1];
        let guest = CartOwner::new_guest();
        cart::add(&db, &guest, a, 2, 10).await.expect("added");
        cart::add(&db, &guest, a, 3, 11).await.expect("added again");
        cart::add(&db, &guest, b, 1, 12).await.expect("added");
        let c = cart::contents(&db, &guest, &shipping(), Some("新疆"))
            .await
            .expect("contents");
        assert_eq!(
            c.lines
                .iter()
                .map(|l| (l.sku, l.quantity))
                .collect::<Vec<_>>(),
            vec![(b, 1), (a, 5)]
        );
        assert_eq!(c.totals.items, Money(price_a * 5 + price_b));
        assert_eq!(c.totals.shipping, Money(3_000));
        assert_eq!(c.count(), 6);
        assert!(!c.needs_attention());

        assert_eq!(
            refused(cart::add(&db, &guest, a, stock_a, 13).await),
            ("quantity", "over_stock")
        );
        assert_eq!(
            refused(cart::add(&db, &guest, a, 0, 13).await),
            ("quantity", "out_of_range")
        );
        assert_eq!(
            refused(cart::set_quantity(&db, &guest, a, 100, 13).await),
            ("quantity", "out_of_range")
        );
        assert!(matches!(
            cart::add(&db, &guest, SkuId(99_999_999), 1, 13).await,
            Err(DomainError::NotFound)
        ));
        let other = CartOwner::new_guest();
        assert!(
            matches!(
                cart::remove(&db, &other, a, 13).await,
                Err(DomainError::NotFound)
            ),
            "another cart's line"
        );

        // Saved for later: out of the totals; emptying the cart keeps it.
        cart::save_for_later(&db, &guest, b, true, 14)
            .await
            .expect("saved");
        cart::set_quantity(&db, &guest, a, 1, 15)
            .await
            .expect("changed");
        let c = cart::contents(&db, &guest, &shipping(), None)
            .await
            .expect("contents");
        assert_eq!((c.totals.items, c.totals.units), (Money(price_a), 1));
        cart::empty(&db, &guest, 16).await.expect("emptied");
        let c = cart::contents(&db, &guest, &shipping(), None)
            .await
            .expect("contents");
        assert_eq!(c.lines.len(), 1);
        assert!(c.lines[0].saved_for_later);
        assert_eq!(
            (c.totals.grand_total, c.totals.shipping),
            (Money(0), Money(0))
        );
        cart::save_for_later(&db, &guest, b, false, 17)
            .await
            .expect("back in the cart");
        cart::set_quantity(&db, &guest, b, 0, 18)
            .await
            .expect("zero removes");
        assert!(cart::contents(&db, &guest, &shipping(), None)
            .await
            .expect("contents")
            .lines
            .is_empty());
    })
    .await;
}

#[tokio::test]
async fn price_changes_and_sold_out_variants_wait_for_the_shopper() {
    each_database(|db| async move {
        demo(&db).await;
        let v = stocked(&db, 3).await;
        let (a, price_a, _) = v[0];
        let (b, _, _) = v[1];
        let guest = CartOwner::new_guest();
        cart::add(&db, &guest, a, 1, 10).await.expect("added");
        cart::add(&db, &guest, b, 1, 11).await.expect("added");
        sqlx::query("UPDATE skus SET sale_price = sale_price + 100 WHERE id = $1")
            .bind(a.0)
            .execute(db.pool())
            .await
            .expect("price up");
        sqlx::query("UPDATE products SET status = 'off_shelf' WHERE id = (SELECT product_id FROM skus WHERE id = $1)")
            .bind(b.0)
            .execute(db.pool())
            .await
            .expect("off shelf");
        let c = cart::contents(&db, &guest, &shipping(), None).await.expect("contents");
        let line = |sku| c.lines.iter().find(|l| l.sku == sku).expect("line");
        assert!(line(a).price_changed());
        assert_eq!(line(a).price_when_added, Money(price_a));
        assert!(line(b).unavailable() && line(b).offer.is_none(), "shown, not dropped");
        assert!(c.needs_attention());
        assert_eq!(c.totals.items, Money(price_a + 100), "today's price, only what can be ordered");

        cart::accept_prices(&db, &guest, 12).await.expect("accepted");
        let c = cart::contents(&db, &guest, &shipping(), None).await.expect("contents");
        assert!(!c.lines.iter().find(|l| l.sku == a).expect("line").price_changed());
        cart::remove(&db, &guest, b, 13).await.expect("removed");
        assert!(!cart::contents(&db, &guest, &shipping(), None).await.expect("contents").needs_attention());
    })
    .await;
}

#[tokio::test]
async fn a_guests_cart_joins_the_members_at_log_in() {
    each_database(|db| async move {
        demo(&db).await;
        let v = stocked(&db, 5).await;
        let (a, _, _) = v[0];
        let (b, _, _) = v[1];
        let ann = member(&db, "ann@example.com").await;
        let bo = member(&db, "bo@example.com").await;
        let mine = CartOwner::Member(ann);
        cart::add(&db, &mine, a, 3, 10).await.expect("on the phone");
        cart::add(&db, &CartOwner::Member(bo), b, 1, 10)
            .await
            .expect("someone else's");
        let CartOwner::Guest(token) = CartOwner::new_guest() else {
            unreachable!()
        };
        let guest = CartOwner::Guest(token.clone());
        cart::add(&db, &guest, a, 2, 11)
            .await
            .expect("on the laptop");
        cart::add(&db, &guest, b, 1, 12)
            .await
            .expect("on the laptop");

        cart::merge_into_member(&db, &token, ann, 13)
            .await
            .expect("merged");
        let c = cart::contents(&db, &mine, &shipping(), None)
            .await
            .expect("contents");
        let mut got: Vec<(SkuId, i64)> = c.lines.iter().map(|l| (l.sku, l.quantity)).collect();
        got.sort();
        let mut want = vec![(a, 3), (b, 1)];
        want.sort();
        assert_eq!(got, want, "the larger quantity of a variant in both");
        assert!(
            cart::contents(&db, &guest, &shipping(), None)
                .await
                .expect("contents")
                .lines
                .is_empty(),
            "the guest's cart is gone"
        );
        let theirs = cart::contents(&db, &CartOwner::Member(bo), &shipping(), None)
            .await
            .expect("contents");
        assert_eq!(theirs.lines.len(), 1, "another member's cart is untouched");
        cart::merge_into_member(&db, &token, ann, 14)
            .await
            .expect("nothing left to merge");
    })
    .await;
}
