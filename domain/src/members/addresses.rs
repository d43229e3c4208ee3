//! A member's address book: up to 20 shipping addresses, each checked for its country (phone,
//! postcode), one of them the default. Every query names the member, so nobody reaches
//! another member's addresses by guessing an id.

use super::fields::text;
use super::places::{self, Country};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::time;
use serde::{Deserialize, Serialize};

/// Addresses one member may keep.
pub const MAX_ADDRESSES: i64 = 20;

/// An address as typed (the form), before checking.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressForm {
    pub recipient: String,
    pub phone: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub district: String,
    pub street: String,
    pub postcode: String,
}

/// An address in the book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub id: i64,
    pub recipient: String,
    pub phone: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub district: String,
    pub street: String,
    pub postcode: String,
    pub is_default: bool,
}

impl From<Address> for AddressForm {
    fn from(a: Address) -> AddressForm {
        AddressForm {
            recipient: a.recipient,
            phone: a.phone,
            country: a.country,
            region: a.region,
            city: a.city,
            district: a.district,
            street: a.street,
            postcode: a.postcode,
        }
    }
}

/// The form checked and tidied, fields in the order the form shows them (the first problem
/// found is the one reported).
pub fn check(form: &AddressForm) -> DomainResult<AddressForm> {
    let recipient = text("recipient", &form.recipient, 40)?;
    let country = Country::parse(if form.country.trim().is_empty() {
        "CN"
    } else {
        &form.country
    })?;
    let phone = places::phone("phone", country, &form.phone)?;
    let region = text("region", &form.region, 40)?;
    let city = text("city", &form.city, 40)?;
    let district = text("district", &form.district, 40)?;
    let street = text("street", &form.street, 120)?;
    if street.chars().count() < 4 {
        return Err(DomainError::Invalid {
            field: "street",
            rule: "too_short",
        });
    }
    let postcode = places::postcode(country, &form.postcode)?;
    Ok(AddressForm {
        recipient,
        phone,
        country: country.code().to_string(),
        region,
        city,
        district,
        street,
        postcode,
    })
}

/// An address row in [`COLUMNS`] order.
type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
);

const COLUMNS: &str =
    "id, recipient, phone, country, region, city, district, street, postcode, is_default";

/// The member's addresses, the default first, then newest first.
pub async fn list(db: &Db, member: MemberId) -> DomainResult<Vec<Address>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM member_addresses WHERE member_id = $1 \
             ORDER BY is_default DESC, id DESC"
    ))
    .bind(member.0)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Address {
            id: r.0,
            recipient: r.1,
            phone: r.2,
            country: r.3,
            region: r.4,
            city: r.5,
            district: r.6,
            street: r.7,
            postcode: r.8,
            is_default: r.9 != 0,
        })
        .collect())
}

/// Adds an address (`id` None) or replaces one of the member's own. The first address becomes
/// the default. Returns the address's id.
pub async fn save(
    db: &Db,
    member: MemberId,
    id: Option<i64>,
    form: &AddressForm,
) -> DomainResult<i64> {
    let a = check(form)?;
    let mut tx = db.begin_write().await?;
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM member_addresses WHERE member_id = $1")
            .bind(member.0)
            .fetch_one(tx.conn())
            .await?;
    let id = match id {
        Some(id) => {
            let changed = sqlx::query(
                "UPDATE member_addresses SET recipient = $1, phone = $2, country = $3, region = $4, \
                 city = $5, district = $6, street = $7, postcode = $8 WHERE id = $9 AND member_id = $10",
            )
            .bind(&a.recipient).bind(&a.phone).bind(&a.country).bind(&a.region)
            .bind(&a.city).bind(&a.district).bind(&a.street).bind(&a.postcode)
            .bind(id).bind(member.0)
            .execute(tx.conn())
            .await?
            .rows_affected();
            if changed == 0 {
                return Err(DomainError::NotFound);
            }
            id
        }
        None if count >= MAX_ADDRESSES => {
            return Err(DomainError::Invalid {
                field: "addresses",
                rule: "too_many",
            })
        }
        None => sqlx::query_scalar(
            "INSERT INTO member_addresses (member_id, recipient, phone, country, region, city, \
             district, street, postcode, is_default, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(member.0)
        .bind(&a.recipient)
        .bind(&a.phone)
        .bind(&a.country)
        .bind(&a.region)
        .bind(&a.city)
        .bind(&a.district)
        .bind(&a.street)
        .bind(&a.postcode)
        .bind(i64::from(count == 0))
        .bind(time::now())
        .fetch_one(tx.conn())
        .await?,
    };
    tx.commit().await?;
    Ok(id)
}

/// Makes one of the member's addresses the default (and no other).
pub async fn make_default(db: &Db, member: MemberId, id: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM member_addresses WHERE id = $1 AND member_id = $2")
            .bind(id)
            .bind(member.0)
            .fetch_optional(tx.conn())
            .await?;
    if found.is_none() {
        return Err(DomainError::NotFound);
    }
    sqlx::query(
        "UPDATE member_addresses SET is_default = CASE WHEN id = $1 THEN 1 ELSE 0 END \
         WHERE member_id = $2",
    )
    .bind(id)
    .bind(member.0)
    .execute(tx.conn())
    .await?;
    tx.commit().await
}

/// Removes one of the member's addresses; if it was the default, the newest left becomes it.
pub async fn remove(db: &Db, member: MemberId, id: i64) -> DomainResult<()> {
    let mut tx = db.begin_write().await?;
    let gone = sqlx::query("DELETE FROM member_addresses WHERE id = $1 AND member_id = $2")
        .bind(id)
        .bind(member.0)
        .execute(tx.conn())
        .await?
        .rows_affected();
    if gone == 0 {
        return Err(DomainError::NotFound);
    }
    sqlx::query(
        "UPDATE member_addresses SET is_default = 1 WHERE member_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM member_addresses WHERE member_id = $1 AND is_default = 1) \
         AND id = (SELECT MAX(id) FROM member_addresses WHERE member_id = $1)",
    )
    .bind(member.0)
    .execute(tx.conn())
    .await?;
    tx.commit().await
}
