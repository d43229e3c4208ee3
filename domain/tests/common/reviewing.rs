//! Helpers for the review tests: a member who buys a stocked variant and has it delivered,
//! review texts, real pictures made in memory, and reading refusals.
#![allow(dead_code)] // not every test binary uses every helper

use super::shopping::{form, order};
use domain::cart::{self, CartOwner};
use domain::ids::{MemberId, ProductId, SkuId};
use domain::orders::fulfilment::{make, StaffMove};
use domain::reviews::NewReview;
use domain::staff::audit::Actor;
use domain::{Db, DomainError};
use std::io::Cursor;
use std::path::Path;

pub async fn member(db: &Db, email: &str, name: &str) -> MemberId {
    let form = domain::members::Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: name.into(),
        language: "zh-CN".into(),
        phone: String::new(),
    };
    domain::members::register(db, &form, &super::shopping::head())
        .await
        .expect("registered")
}

pub async fn product_of(db: &Db, sku: SkuId) -> ProductId {
    let id: i64 = sqlx::query_scalar("SELECT product_id FROM skus WHERE id = $1")
        .bind(sku.0)
        .fetch_one(db.pool())
        .await
        .expect("product");
    ProductId(id)
}

/// `who` orders one piece of `sku` (cash on delivery); the order's number.
pub async fn buy(db: &Db, who: MemberId, sku: SkuId, key: &str) -> String {
    let owner = CartOwner::Member(who);
    cart::add(db, &owner, sku, 1, 1).await.expect("added");
    order(db, &owner, key, &form("cod"))
        .await
        .expect("placed")
        .number
}

/// Staff carry order `number` to the customer's door.
pub async fn deliver(db: &Db, number: &str) {
    let now = domain::time::now();
    let moves = [
        StaffMove::Process,
        StaffMove::Ship {
            carrier: "顺丰速运".into(),
            tracking: "SF1234567890".into(),
        },
        StaffMove::Deliver,
    ];
    for mv in moves {
        make(db, number, &mv, "7", &Actor::shop(), now)
            .await
            .expect("moved");
    }
}

pub fn text(stars: i64, body: &str) -> NewReview {
    NewReview {
        stars,
        body: body.into(),
    }
}

pub fn picture(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 200) as u8, (y % 200) as u8, 120])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(pixels)
        .write_to(&mut Cursor::new(&mut out), format)
        .expect("encoded");
    out
}

pub fn conflict(result: Result<i64, DomainError>) -> &'static str {
    match result {
        Err(DomainError::Conflict(reason)) => reason,
        other => panic!("expected a conflict, got {other:?}"),
    }
}

pub fn refusal(result: Result<i64, DomainError>) -> (&'static str, &'static str) {
    match result {
        Err(DomainError::Invalid { field, rule }) => (field, rule),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

pub async fn files_under(dir: &Path) -> usize {
    let mut n = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(mut entries) = tokio::fs::read_dir(&d).await else {
            continue;
        };
        while let Ok(Some(e)) = entries.next_entry().await {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                n += 1;
            }
        }
    }
    n
}
