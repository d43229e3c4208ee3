//! Placing orders on SQLite and PostgreSQL: one transaction makes the order, reserves the
//! stock and queues the mail; a repeated submit returns the same order; a rush never takes
//! more than there is; card payments move the order by signed webhook, once per event;
//! unpaid orders give their stock back after the deadline; a cancel gives stock and money back.

mod common;

use common::demo;
use domain::cart::{self, CartOwner};
use domain::checkout::form::CheckoutForm;
use domain::checkout::place::{place, Placed, Placement};
use domain::ids::SkuId;
use domain::inventory::{self, reservations};
use domain::members::addresses::AddressForm;
use domain::notifications::templates::Letterhead;
use domain::orders::{model, moves, OrderStatus};
use domain::payments::gateway::Gateway;
use domain::payments::sandbox::Sandbox;
use domain::payments::{card, signature, webhook};
use domain::testing::each_database;
use domain::{Db, DomainError, DomainResult};

fn head() -> Letterhead {
    Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

fn gateway() -> Gateway {
    Gateway::Sandbox(Sandbox {
        webhook_url: "http://127.0.0.1:9/payments/webhook".into(),
        webhook_secret: "whsec_test_secret".into(),
    })
}

fn form(method: &str) -> CheckoutForm {
    CheckoutForm {
        email: "Guest@Example.com".into(),
        address: AddressForm {
            recipient: "王小明".into(),
            phone: "138 0013 8000".into(),
            country: "CN".into(),
            region: "上海市".into(),
            city: "上海市".into(),
            district: "徐汇区".into(),
            street: "漕溪北路 88 号".into(),
            postcode: "200030".into(),
        },
        payment_method: method.into(),
        ..Default::default()
    }
}

async fn order(db: &Db, owner: &CartOwner, key: &str, f: &CheckoutForm) -> DomainResult<Placed> {
    let h = head();
    let p = Placement {
        owner,
        key,
        form: f,
        language: "zh-CN",
        head: &h,
        currency: "¥",
        now: domain::time::now(),
    };
    place(db, &p).await
}

/// A variant on sale with at least `min` pieces to sell, and how many.
async fn stocked(db: &Db, min: i64) -> (SkuId, i64) {
    let (sku, n): (i64, i64) = sqlx::query_as(
        "SELECT s.id, CAST(SUM(l.on_hand - l.reserved) AS BIGINT) FROM skus s \
         JOIN products p ON p.id = s.product_id JOIN stock_levels l ON l.sku_id = s.id \
         WHERE s.status = 'active' AND p.status = 'on_shelf' GROUP BY s.id \
         HAVING SUM(l.on_hand - l.reserved) >= $1 ORDER BY s.id LIMIT 1",
    )
    .bind(min)
    .fetch_one(db.pool())
    .await
    .expect("a stocked variant");
    (SkuId(sku), n)
}

async fn available(db: &Db, sku: SkuId) -> i64 {
    inventory::sku_availability(db, sku)
        .await
        .expect("availability")
        .expect("exists")
        .available
}

async fn balanced(db: &Db) {
    assert!(
        inventory::ledger_balances(db).await.expect("ledger"),
        "on hand = movements"
    );
    assert!(
        reservations::reservations_balance(db)
            .await
            .expect("reservations"),
        "reserved = reservation ledger"
    );
}

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

fn event(id: &str, kind: &str, intent: &str, amount: i64) -> Vec<u8> {
    serde_json::json!({
        "id": id, "type": kind,
        "data": { "object": { "id": intent, "amount": amount } }
    })
    .to_string()
    .into_bytes()
}

#[tokio::test]
async fn card_payments_follow_signed_webhooks_once_and_a_cancel_refunds() {
    each_database(|db| async move {
        demo(&db).await;
        let (sku, before) = stocked(&db, 2).await;
        let g = gateway();
        let guest = CartOwner::new_guest();
        cart::add(&db, &guest, sku, 1, 1).await.expect("added");
        let placed = order(&db, &guest, "card-key-000000000001", &form("card")).await.expect("placed");
        let o = model::by_number(&db, &placed.number).await.expect("read").expect("order");
        assert_eq!(o.status, OrderStatus::PendingPayment);
        assert!(o.pay_by.is_some());

        let pay_url = card::start(&db, &g, &o, "CNY", "/orders/x").await.expect("intent");
        assert_eq!(
            card::start(&db, &g, &o, "CNY", "/orders/x").await.expect("again"),
            pay_url,
            "an open intent is reused: two tabs never make two charges"
        );
        let intent = pay_url.rsplit('/').next().expect("id").to_string();
        let now = domain::time::now();
        let sign = |body: &[u8]| signature::sign(g.webhook_secret(), now, body);

        // Declined: the order still waits; a new attempt makes a new intent.
        let declined = event("evt_1", "payment_intent.payment_failed", &intent, o.grand_total);
        let outcome = webhook::handle(&db, &g, &declined, &sign(&declined), now).await;
        assert_eq!(outcome.expect("handled"), webhook::Outcome::Declined);
        assert!(model::last_charge_failed(&db, o.id).await.expect("read"));
        let second = card::start(&db, &g, &o, "CNY", "/orders/x").await.expect("new intent");
        assert_ne!(second, pay_url);
        let intent2 = second.rsplit('/').next().expect("id").to_string();

        // A forged or tampered delivery changes nothing.
        let paid = event("evt_2", "payment_intent.succeeded", &intent2, o.grand_total);
        let forged = signature::sign("not-the-secret", now, &paid);
        assert!(webhook::handle(&db, &g, &paid, &forged, now).await.is_err());
        assert_eq!(
            model::by_number(&db, &o.number).await.expect("read").expect("order").status,
            OrderStatus::PendingPayment
        );

        // Succeeded, delivered twice: paid once.
        sqlx::query("UPDATE sandbox_intents SET status = 'succeeded' WHERE id = $1")
            .bind(&intent2)
            .execute(db.pool())
            .await
            .expect("the provider's side");
        let first = webhook::handle(&db, &g, &paid, &sign(&paid), now).await.expect("handled");
        let again = webhook::handle(&db, &g, &paid, &sign(&paid), now).await.expect("handled");
        assert_eq!((first, again), (webhook::Outcome::Paid, webhook::Outcome::Duplicate));
        let o = model::by_number(&db, &o.number).await.expect("read").expect("order");
        assert_eq!(o.status, OrderStatus::Paid);
        let charges: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments WHERE order_id = $1 AND kind = 'charge' AND status = 'succeeded'",
        )
        .bind(o.id)
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(charges, 1);
        assert_eq!(moves::expire_unpaid(&db, now + 86_400).await.expect("expiry"), 0, "paid orders stay");

        // Cancelled before shipment: stock back, money back through the gateway.
        let status = moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await.expect("cancelled");
        assert_eq!(status, OrderStatus::Refunded);
        assert_eq!(available(&db, sku).await, before);
        let refunds: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments WHERE order_id = $1 AND kind = 'refund' AND status = 'succeeded'",
        )
        .bind(o.id)
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(refunds, 1);
        let o = model::by_number(&db, &o.number).await.expect("read").expect("order");
        assert!(matches!(
            moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await,
            Err(DomainError::Conflict(_))
        ));
        balanced(&db).await;
    })
    .await;
}

#[tokio::test]
async fn staff_receive_transfers_ship_and_deliver_with_stock_and_audit_in_step() {
    use domain::orders::fulfilment::{make, StaffMove};
    use domain::staff::audit::Actor as Who;
    each_database(|db| async move {
        demo(&db).await;
        let (sku, before) = stocked(&db, 3).await;
        let on_hand = |db: Db| async move {
            let n: i64 = sqlx::query_scalar(
                "SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock_levels WHERE sku_id = $1",
            )
            .bind(sku.0)
            .fetch_one(db.pool())
            .await
            .expect("on hand");
            n
        };
        let start = on_hand(db.clone()).await;
        let (guest, cod) = (CartOwner::new_guest(), CartOwner::new_guest());
        cart::add(&db, &guest, sku, 2, 1).await.expect("added");
        cart::add(&db, &cod, sku, 1, 1).await.expect("added");
        let bank = order(&db, &guest, "staff-key-00000000001", &form("bank_transfer")).await.expect("placed");
        let cash = order(&db, &cod, "staff-key-00000000002", &form("cod")).await.expect("placed");
        let who = Who::shop();
        let now = domain::time::now();
        let mv = |n: &str, m: StaffMove| {
            let (db, n, who) = (db.clone(), n.to_string(), who.clone());
            async move { make(&db, &n, &m, "7", &who, now).await }
        };
        // Only a bank-transfer order can be received as a transfer; nothing ships unpaid.
        assert!(matches!(mv(&cash.number, StaffMove::TransferReceived).await, Err(DomainError::Conflict(_))));
        assert!(matches!(mv(&bank.number, StaffMove::Process).await, Err(DomainError::Conflict(_))));
        assert_eq!(mv(&bank.number, StaffMove::TransferReceived).await.expect("received"), OrderStatus::Paid);
        assert_eq!(mv(&bank.number, StaffMove::Process).await.expect("processing"), OrderStatus::Processing);
        let bad = StaffMove::Ship { carrier: "顺丰".into(), tracking: "<x>".into() };
        assert!(matches!(mv(&bank.number, bad).await, Err(DomainError::Invalid { field: "tracking", .. })));
        let ship = StaffMove::Ship { carrier: "顺丰速运".into(), tracking: "sf1234567890".into() };
        assert_eq!(mv(&bank.number, ship).await.expect("shipped"), OrderStatus::Shipped);
        assert_eq!(on_hand(db.clone()).await, start - 2, "the shipped pieces left the warehouse");
        assert_eq!(available(&db, sku).await, before - 3, "the cash order still holds its piece");
        let o = model::by_number(&db, &bank.number).await.expect("read").expect("order");
        assert_eq!((o.carrier.as_str(), o.tracking_number.as_str()), ("顺丰速运", "SF1234567890"));
        assert!(o.shipped_at.is_some());
        let g = gateway();
        assert!(matches!(
            moves::cancel(&db, &g, &o, &moves::Actor::Shopper, now).await,
            Err(DomainError::Conflict("illegal_move"))
        ), "a shipped order is no longer cancelled");
        assert_eq!(mv(&bank.number, StaffMove::Deliver).await.expect("delivered"), OrderStatus::Delivered);

        // Cash on delivery: the courier's cash is recorded at delivery.
        mv(&cash.number, StaffMove::Process).await.expect("processing");
        let ship = StaffMove::Ship { carrier: "EMS".into(), tracking: "EMS0001".into() };
        mv(&cash.number, ship).await.expect("shipped");
        mv(&cash.number, StaffMove::Deliver).await.expect("delivered");
        let c = model::by_number(&db, &cash.number).await.expect("read").expect("order");
        assert!(c.paid_at.is_some());
        let charges: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM payments WHERE order_id = $1 AND kind = 'charge' AND status = 'succeeded'",
        )
        .bind(c.id)
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert_eq!(charges, 1);
        let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'order.%'")
            .fetch_one(db.pool())
            .await
            .expect("audit");
        assert_eq!(audited, 7, "every staff move is in the audit log");
        assert_eq!(on_hand(db.clone()).await, start - 3);
        balanced(&db).await;
    })
    .await;
}
