//! Shopping helpers for the checkout, payment and fulfilment tests: a letterhead, the sandbox
//! gateway, a filled checkout form, placing an order, a stocked variant and the stock checks.
#![allow(dead_code)] // not every test binary uses every helper

use domain::cart::CartOwner;
use domain::checkout::form::CheckoutForm;
use domain::checkout::place::{place, Placed, Placement};
use domain::ids::SkuId;
use domain::inventory::{self, reservations};
use domain::members::addresses::AddressForm;
use domain::notifications::templates::Letterhead;
use domain::payments::gateway::Gateway;
use domain::payments::sandbox::Sandbox;
use domain::{Db, DomainResult};

pub fn head() -> Letterhead {
    Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

pub fn gateway() -> Gateway {
    Gateway::Sandbox(Sandbox {
        webhook_url: "http://127.0.0.1:9/payments/webhook".into(),
        webhook_secret: "whsec_test_secret".into(),
    })
}

pub fn form(method: &str) -> CheckoutForm {
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

pub async fn order(
    db: &Db,
    owner: &CartOwner,
    key: &str,
    f: &CheckoutForm,
) -> DomainResult<Placed> {
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
pub async fn stocked(db: &Db, min: i64) -> (SkuId, i64) {
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

pub async fn available(db: &Db, sku: SkuId) -> i64 {
    inventory::sku_availability(db, sku)
        .await
        .expect("availability")
        .expect("exists")
        .available
}

pub async fn balanced(db: &Db) {
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
