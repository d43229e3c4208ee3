//! Placing orders on SQLite and PostgreSQL: one transaction makes the order, reserves the
//! stock and queues the mail; a repeated submit returns the same order; a rush never takes
//! more than there is; unpaid orders give their stock back after the deadline.

mod common;

use common::demo;
use common::shopping::{available, balanced, form, order, stocked};
use domain::cart::{self, CartOwner};
use domain::inventory::reservations;
use domain::orders::{model, moves, OrderStatus};
use domain::testing::each_database;
use domain::DomainError;

#[tokio::test]
async fn a_guest_order_reserves_stock_queues_mail_and_a_retry_returns_it() {
    each_database(|db| async move {
        demo(&db).await;
        let (sku, before) = stocked(&db, 3).await;
        let guest = CartOwner::new_guest();
        cart::add(&db, &guest, sku, 2, 1).await.expect("added");
        let f = form("cod");
        let placed = order(&db, &guest, "key-0000000000000001", &f)
            .await
            .expect("placed");
        assert_eq!(available(&db, sku).await, before - 2, "two pieces reserved");
        assert_eq!(
            cart::count(&db, &guest).await.expect("count"),
            0,
            "cart emptied"
        );
        let o = model::by_number(&db, &placed.number)
            .await
            .expect("read")
            .expect("order");
        assert_eq!(o.status, OrderStatus::CodConfirmed);
        assert_eq!(o.email, "guest@example.com");
        assert_eq!(o.pay_by, None, "cash on delivery holds no deadline");
        let d = model::detail(&db, o).await.expect("detail");
        assert_eq!(d.items.len(), 1);
        assert_eq!((d.items[0].sku_id, d.items[0].quantity), (sku.0, 2));
        let statuses: Vec<_> = d.history.iter().map(|h| h.status).collect();
        assert_eq!(
            statuses,
            [OrderStatus::PendingPayment, OrderStatus::CodConfirmed]
        );
        let mails: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'order_placed' AND to_address = $1",
        )
        .bind("guest@example.com")
        .fetch_one(db.pool())
        .await
        .expect("outbox");
        assert_eq!(mails, 1);

        // The same submit again (a retry, a double click) is the same order.
        let again = order(&db, &guest, "key-0000000000000001", &f)
            .await
            .expect("replayed");
        assert_eq!(again.number, placed.number);
        let mut other = f.clone();
        other.note = "something else".into();
        assert!(matches!(
            order(&db, &guest, "key-0000000000000001", &other).await,
            Err(DomainError::Conflict("key_reused"))
        ));
        // Another shopper with the same key is refused, never shown this order.
        let stranger = CartOwner::new_guest();
        assert!(matches!(
            order(&db, &stranger, "key-0000000000000001", &f).await,
            Err(DomainError::Conflict("key_reused"))
        ));
        assert!(matches!(
            order(&db, &guest, "key-0000000000000002", &f).await,
            Err(DomainError::Invalid {
                field: "cart",
                rule: "empty"
            })
        ));
        let mut bad = form("cod");
        bad.address.phone = "<script>".into();
        cart::add(&db, &guest, sku, 1, 2).await.expect("added");
        assert!(matches!(
            order(&db, &guest, "key-0000000000000003", &bad).await,
            Err(DomainError::Invalid { field: "phone", .. })
        ));

        // Ten identical submits at once make one order.
        let mut same = Vec::new();
        for _ in 0..10 {
            let (db, guest, f) = (db.clone(), guest.clone(), f.clone());
            same.push(tokio::spawn(async move {
                order(&db, &guest, "key-0000000000000004", &f).await
            }));
        }
        let mut numbers = Vec::new();
        for s in same {
            numbers.push(s.await.expect("task").expect("placed").number);
        }
        numbers.dedup();
        assert_eq!(numbers.len(), 1, "{numbers:?}");
        let orders: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(orders, 2);

        // Found by number and e-mail or phone, never by a wrong pair.
        use domain::orders::lookup::find;
        assert!(find(&db, &placed.number, "GUEST@example.com")
            .await
            .expect("find")
            .is_some());
        assert!(find(&db, &placed.number, "13800138000")
            .await
            .expect("find")
            .is_some());
        assert!(find(&db, &placed.number, "other@example.com")
            .await
            .expect("find")
            .is_none());
        assert!(find(&db, "261203000000000000", "guest@example.com")
            .await
            .expect("find")
            .is_none());
        balanced(&db).await;
    })
    .await;
}

#[tokio::test]
async fn a_rush_of_buyers_gets_exactly_the_pieces_there_are() {
    each_database(|db| async move {
        demo(&db).await;
        let (sku, stock) = stocked(&db, 3).await;
        let stock = stock.min(40);
        // Take the variant down to `stock` pieces: the rest is held for someone else.
        let extra = available(&db, sku).await - stock;
        let mut tx = db.begin_write().await.expect("tx");
        for _ in 0..extra {
            reservations::reserve(tx.conn(), sku, 1, "hold")
                .await
                .expect("held");
        }
        tx.commit().await.expect("commit");
        let stock = available(&db, sku).await;
        let buyers = stock + 15;
        let mut carts = Vec::new();
        for _ in 0..buyers {
            let guest = CartOwner::new_guest();
            cart::add(&db, &guest, sku, 1, 1).await.expect("added");
            carts.push(guest);
        }
        let mut rush = Vec::new();
        for (i, guest) in carts.into_iter().enumerate() {
            let db = db.clone();
            rush.push(tokio::spawn(async move {
                order(
                    &db,
                    &guest,
                    &format!("rush-key-{i:012}"),
                    &form("bank_transfer"),
                )
                .await
            }));
        }
        let (mut sold, mut sold_out) = (0, 0);
        for r in rush {
            match r.await.expect("buyer") {
                Ok(_) => sold += 1,
                Err(DomainError::Conflict("sold_out")) => sold_out += 1,
                Err(other) => panic!("a buyer got {other:?}"),
            }
        }
        assert_eq!((sold, sold_out), (stock, 15));
        assert_eq!(available(&db, sku).await, 0);
        balanced(&db).await;

        // Unpaid bank transfers give their stock back after the deadline.
        let later = domain::time::now() + 49 * 3_600; // bank transfers wait 48 hours
        assert_eq!(
            moves::expire_unpaid(&db, later).await.expect("expired") as i64,
            stock
        );
        assert_eq!(available(&db, sku).await, stock);
        balanced(&db).await;
    })
    .await;
}
