//! Shopping carts, kept on the server. A guest's cart is found by the token in their cookie
//! (only its SHA-256 is stored), a member's by the member, so it follows them to every device;
//! at log-in a guest's cart joins the member's ([`merge_into_member`]). Each line keeps the
//! price it had when added: a change since is shown on the cart page and must be confirmed
//! ([`accept_prices`]), never applied silently. What the lines cost is in [`contents`].

pub mod contents;

use crate::catalog;
use crate::checkout::pricing::MAX_QUANTITY;
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::{MemberId, SkuId};
use crate::inventory;
use crate::members::secrets::{digest, new_token};
use sqlx::AnyConnection;

pub use contents::{contents, CartContents, CartLine};

/// Lines one cart may hold (saved ones included).
pub const MAX_LINES: i64 = crate::checkout::pricing::MAX_LINES as i64;

/// Whose cart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CartOwner {
    /// A guest, by the token in their cookie.
    Guest(String),
    Member(MemberId),
}

impl CartOwner {
    /// A new guest's token, for the cookie (64 hex characters).
    pub fn new_guest() -> CartOwner {
        CartOwner::Guest(new_token())
    }
}

/// Puts `quantity` pieces of a variant in the cart (added to what is there, at most 99 and
/// at most what can be sold). A variant not on sale is `NotFound`; too many pieces are
/// refused as `quantity: over_stock` (or `out_of_range`).
pub async fn add(
    db: &Db,
    owner: &CartOwner,
    sku: SkuId,
    quantity: i64,
    now: i64,
) -> DomainResult<()> {
    let offer = offer(db, sku).await?;
    if !(1..=MAX_QUANTITY).contains(&quantity) {
        return Err(invalid("quantity", "out_of_range"));
    }
    // Everything read from the pool is read before the write transaction, which holds its
    // own connection: a transaction never waits for a second one (a rush would empty the pool).
    let existing = find(db, owner).await?;
    let (had, lines) = match existing {
        Some(cart) => {
            let had: Option<i64> = sqlx::query_scalar(
                "SELECT quantity FROM cart_lines WHERE cart_id = $1 AND sku_id = $2",
            )
            .bind(cart)
            .bind(sku.0)
            .fetch_optional(db.pool())
            .await?;
            let lines: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM cart_lines WHERE cart_id = $1")
                    .bind(cart)
                    .fetch_one(db.pool())
                    .await?;
            (had, lines)
        }
        None => (None, 0),
    };
    let total = had.unwrap_or(0) + quantity;
    check_quantity(db, sku, total).await?;
    if had.is_none() && lines >= MAX_LINES {
        return Err(invalid("lines", "too_many"));
    }
    let mut tx = db.begin_write().await?;
    let cart = find_or_open(tx.conn(), owner, now).await?;
    sqlx::query(
        "INSERT INTO cart_lines (cart_id, sku_id, quantity, price_when_added, added_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (cart_id, sku_id) DO UPDATE SET \
         quantity = excluded.quantity, saved_for_later = 0",
    )
    .bind(cart)
    .bind(sku.0)
    .bind(total)
    .bind(offer.price.0)
    .bind(now)
    .execute(tx.conn())
    .await?;
    touch(tx.conn(), cart, now).await?;
    tx.commit().await
}

/// Sets a line's quantity; 0 removes it. A line not in the cart is `NotFound`.
pub async fn set_quantity(
    db: &Db,
    owner: &CartOwner,
    sku: SkuId,
    quantity: i64,
    now: i64,
) -> DomainResult<()> {
    if quantity == 0 {
        return remove(db, owner, sku, now).await;
    }
    check_quantity(db, sku, quantity).await?;
    change_line(db, owner, sku, now, "quantity = $3", quantity).await
}

/// Moves a line to "saved for later" (out of the order) or back into the cart.
pub async fn save_for_later(
    db: &Db,
    owner: &CartOwner,
    sku: SkuId,
    saved: bool,
    now: i64,
) -> DomainResult<()> {
    change_line(
        db,
        owner,
        sku,
        now,
        "saved_for_later = $3",
        i64::from(saved),
    )
    .await
}

/// Takes a line out of the cart.
pub async fn remove(db: &Db, owner: &CartOwner, sku: SkuId, now: i64) -> DomainResult<()> {
    let Some(cart) = find(db, owner).await? else {
        return Err(DomainError::NotFound);
    };
    let mut tx = db.begin_write().await?;
    let gone = sqlx::query("DELETE FROM cart_lines WHERE cart_id = $1 AND sku_id = $2")
        .bind(cart)
        .bind(sku.0)
        .execute(tx.conn())
        .await?
        .rows_affected();
    if gone == 0 {
        return Err(DomainError::NotFound);
    }
    touch(tx.conn(), cart, now).await?;
    tx.commit().await
}

/// Empties the cart (saved lines stay).
pub async fn empty(db: &Db, owner: &CartOwner, now: i64) -> DomainResult<()> {
    let Some(cart) = find(db, owner).await? else {
        return Ok(());
    };
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM cart_lines WHERE cart_id = $1 AND saved_for_later = 0")
        .bind(cart)
        .execute(tx.conn())
        .await?;
    touch(tx.conn(), cart, now).await?;
    tx.commit().await
}

/// The shopper has seen the prices as they are now: every line takes its current price.
pub async fn accept_prices(db: &Db, owner: &CartOwner, now: i64) -> DomainResult<()> {
    let Some(cart) = find(db, owner).await? else {
        return Ok(());
    };
    let skus: Vec<i64> = sqlx::query_scalar("SELECT sku_id FROM cart_lines WHERE cart_id = $1")
        .bind(cart)
        .fetch_all(db.pool())
        .await?;
    let offers = catalog::offers(db, &skus.into_iter().map(SkuId).collect::<Vec<_>>()).await?;
    let mut tx = db.begin_write().await?;
    for offer in offers {
        sqlx::query(
            "UPDATE cart_lines SET price_when_added = $1 WHERE cart_id = $2 AND sku_id = $3",
        )
        .bind(offer.price.0)
        .bind(cart)
        .bind(offer.sku.0)
        .execute(tx.conn())
        .await?;
    }
    touch(tx.conn(), cart, now).await?;
    tx.commit().await
}

/// A guest's cart joins the member's at log-in: each guest line comes over; a variant in both
/// keeps the larger of the two quantities (the same shopper adding it on two devices does not
/// want it twice), and the earlier price seen. The guest's cart is then gone.
pub async fn merge_into_member(
    db: &Db,
    guest_token: &str,
    member: MemberId,
    now: i64,
) -> DomainResult<()> {
    let Some(guest) = find(db, &CartOwner::Guest(guest_token.to_string())).await? else {
        return Ok(());
    };
    let mut tx = db.begin_write().await?;
    let mine = find_or_open(tx.conn(), &CartOwner::Member(member), now).await?;
    sqlx::query(
        "INSERT INTO cart_lines (cart_id, sku_id, quantity, price_when_added, saved_for_later, added_at) \
         SELECT $1, sku_id, quantity, price_when_added, saved_for_later, added_at FROM cart_lines \
         WHERE cart_id = $2 ON CONFLICT (cart_id, sku_id) DO UPDATE SET \
         quantity = CASE WHEN excluded.quantity > cart_lines.quantity THEN excluded.quantity ELSE cart_lines.quantity END, \
         saved_for_later = CASE WHEN excluded.saved_for_later < cart_lines.saved_for_later THEN excluded.saved_for_later ELSE cart_lines.saved_for_later END",
    )
    .bind(mine)
    .bind(guest)
    .execute(tx.conn())
    .await?;
    sqlx::query("DELETE FROM carts WHERE id = $1")
        .bind(guest)
        .execute(tx.conn())
        .await?;
    touch(tx.conn(), mine, now).await?;
    tx.commit().await
}

async fn offer(db: &Db, sku: SkuId) -> DomainResult<catalog::Offer> {
    catalog::offers(db, &[sku])
        .await?
        .into_iter()
        .next()
        .ok_or(DomainError::NotFound)
}

/// 1–99 pieces, and no more than can be sold now.
async fn check_quantity(db: &Db, sku: SkuId, quantity: i64) -> DomainResult<()> {
    if !(1..=MAX_QUANTITY).contains(&quantity) {
        return Err(invalid("quantity", "out_of_range"));
    }
    let available = inventory::sku_availability(db, sku)
        .await?
        .ok_or(DomainError::NotFound)?
        .available;
    if quantity > available {
        return Err(invalid("quantity", "over_stock"));
    }
    Ok(())
}

async fn change_line(
    db: &Db,
    owner: &CartOwner,
    sku: SkuId,
    now: i64,
    set: &str,
    value: i64,
) -> DomainResult<()> {
    let Some(cart) = find(db, owner).await? else {
        return Err(DomainError::NotFound);
    };
    let mut tx = db.begin_write().await?;
    let changed = sqlx::query(&format!(
        "UPDATE cart_lines SET {set} WHERE cart_id = $1 AND sku_id = $2"
    ))
    .bind(cart)
    .bind(sku.0)
    .bind(value)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(DomainError::NotFound);
    }
    touch(tx.conn(), cart, now).await?;
    tx.commit().await
}

/// The owner's cart id, if they have one.
pub(crate) async fn find(db: &Db, owner: &CartOwner) -> DomainResult<Option<i64>> {
    let (guest, member) = key_of(owner);
    Ok(
        sqlx::query_scalar("SELECT id FROM carts WHERE guest_token_hash = $1 OR member_id = $2")
            .bind(guest)
            .bind(member)
            .fetch_optional(db.pool())
            .await?,
    )
}

async fn find_or_open(conn: &mut AnyConnection, owner: &CartOwner, now: i64) -> DomainResult<i64> {
    let (guest, member) = key_of(owner);
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM carts WHERE guest_token_hash = $1 OR member_id = $2")
            .bind(&guest)
            .bind(member)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(id) = found {
        return Ok(id);
    }
    Ok(sqlx::query_scalar(
        "INSERT INTO carts (guest_token_hash, member_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $3) RETURNING id",
    )
    .bind(guest)
    .bind(member)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

/// The owner as the `carts` columns hold it: the guest token's SHA-256, or the member id.
fn key_of(owner: &CartOwner) -> (Option<String>, Option<i64>) {
    match owner {
        CartOwner::Guest(token) => (Some(digest(token)), None),
        CartOwner::Member(id) => (None, Some(id.0)),
    }
}

async fn touch(conn: &mut AnyConnection, cart: i64, now: i64) -> DomainResult<()> {
    sqlx::query("UPDATE carts SET updated_at = $1 WHERE id = $2")
        .bind(now)
        .bind(cart)
        .execute(conn)
        .await?;
    Ok(())
}

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

/// Pieces in the owner's cart (saved lines not counted), for the header.
pub async fn count(db: &Db, owner: &CartOwner) -> DomainResult<i64> {
    let Some(cart) = find(db, owner).await? else {
        return Ok(0);
    };
    Ok(sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(quantity), 0) AS BIGINT) FROM cart_lines \
         WHERE cart_id = $1 AND saved_for_later = 0",
    )
    .bind(cart)
    .fetch_one(db.pool())
    .await?)
}

/// Takes the ordered lines out of cart `cart` inside the order's transaction (saved lines
/// stay).
pub(crate) async fn take_ordered(
    conn: &mut AnyConnection,
    cart: i64,
    skus: &[SkuId],
) -> DomainResult<()> {
    for sku in skus {
        sqlx::query(
            "DELETE FROM cart_lines WHERE cart_id = $1 AND sku_id = $2 AND saved_for_later = 0",
        )
        .bind(cart)
        .bind(sku.0)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
