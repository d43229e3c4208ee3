//! Placing an order: one transaction creates the order with its items (names and prices as
//! they are now), reserves each variant's pieces with a conditional write (never more than
//! there are), records the first status, takes the ordered lines out of the cart and queues
//! the confirmation mail. Each submit carries a key: the same key again returns the same
//! order (a retry or a double click); the same key with other content is refused.

use super::form::{check_address, check_extras, CheckoutForm, Extras};
use crate::cart::{self, CartOwner};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::inventory::reservations;
use crate::members::{self, addresses::AddressForm, fields};
use crate::notifications::{outbox, templates};
use crate::orders::moves::{self, Actor};
use crate::orders::{number, OrderEvent, OrderStatus};
use crate::payments::{self, PaymentMethod};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

/// One checkout submit.
pub struct Placement<'a> {
    pub owner: &'a CartOwner,
    /// The submit's idempotency key (16–64 letters, digits, `-` or `_`).
    pub key: &'a str,
    pub form: &'a CheckoutForm,
    /// `zh-CN` or `en`: the language of the confirmation mail.
    pub language: &'a str,
    pub head: &'a templates::Letterhead,
    pub currency: &'a str,
    pub now: i64,
}

/// The placed order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub number: String,
    pub method: PaymentMethod,
}

/// Places the order of `p`. Refusals: a bad field (`Invalid`), an empty cart
/// (`Invalid { field: "cart", rule: "empty" }`), a cart whose prices or stock changed since
/// it was seen (`Conflict("cart_changed")`), stock sold out meanwhile (`Conflict("sold_out")`),
/// a key reused with other content (`Conflict("key_reused")`).
pub async fn place(db: &Db, p: &Placement<'_>) -> DomainResult<Placed> {
    check_key(p.key)?;
    let digest = request_digest(p.owner, p.form);
    if let Some(placed) = earlier(db.pool().acquire().await?.as_mut(), p.key, &digest).await? {
        return Ok(placed);
    }
    match place_new(db, p, &digest).await {
        // A twin submit (a double click) placed the order while this one read the cart it
        // emptied: answer as the twin was answered.
        Err(e @ (DomainError::Invalid { field: "cart", .. } | DomainError::Conflict(_))) => {
            let mut conn = db.pool().acquire().await?;
            earlier(conn.as_mut(), p.key, &digest).await?.ok_or(e)
        }
        other => other,
    }
}

async fn place_new(db: &Db, p: &Placement<'_>, digest: &str) -> DomainResult<Placed> {
    let (email, address) = contact_and_address(db, p.owner, p.form).await?;
    let extras = check_extras(p.form, &payments::enabled(db).await?)?;
    let shipping = super::shipping::table(db).await?;
    let contents = cart::contents(db, p.owner, &shipping, Some(&address.region)).await?;
    let mut lines: Vec<&cart::CartLine> = contents
        .lines
        .iter()
        .filter(|l| !l.saved_for_later)
        .collect();
    if lines.is_empty() {
        return Err(DomainError::Invalid {
            field: "cart",
            rule: "empty",
        });
    }
    if lines.iter().any(|l| l.offer.is_none() || l.price_changed()) {
        return Err(DomainError::Conflict("cart_changed"));
    }
    // Others bought the last pieces since this cart was filled.
    if lines.iter().any(|l| l.quantity > l.available) {
        return Err(DomainError::Conflict("sold_out"));
    }
    // One order of locking for every buyer, so two orders never wait on each other.
    lines.sort_by_key(|l| l.sku);
    let cart_id = cart::find(db, p.owner).await?;
    let timeout = payments::timeout_s(db, extras.payment_method).await?;
    let order = NewOrder {
        p,
        digest,
        email: &email,
        address: &address,
        extras: &extras,
        totals: &contents.totals,
        lines: &lines,
        cart_id,
        pay_by: extras
            .payment_method
            .paid_before_shipping()
            .then_some(p.now + timeout),
    };
    let mut tries = 0;
    loop {
        tries += 1;
        match write(db, &order).await {
            Err(e) if tries < 3 && crate::db::is_transient(&e) => continue,
            Err(DomainError::Database(e)) if is_unique_violation(&e) => {
                // A rival submit with the same key won the race: answer as it was answered.
                let mut conn = db.pool().acquire().await?;
                return earlier(conn.as_mut(), p.key, digest)
                    .await?
                    .ok_or(DomainError::Conflict("key_reused"));
            }
            other => return other,
        }
    }
}

struct NewOrder<'a> {
    p: &'a Placement<'a>,
    digest: &'a str,
    email: &'a str,
    address: &'a AddressForm,
    extras: &'a Extras,
    totals: &'a super::Totals,
    lines: &'a [&'a cart::CartLine],
    cart_id: Option<i64>,
    pay_by: Option<i64>,
}

async fn write(db: &Db, o: &NewOrder<'_>) -> DomainResult<Placed> {
    let (p, a, x, t) = (o.p, o.address, o.extras, o.totals);
    let mut tx = db.begin_write().await?;
    if let Some(placed) = earlier(tx.conn(), p.key, o.digest).await? {
        tx.rollback().await?;
        return Ok(placed);
    }
    let number = number::new(p.now);
    let (member, guest) = match p.owner {
        CartOwner::Member(id) => (Some(id.0), None),
        CartOwner::Guest(token) => (None, Some(crate::members::secrets::digest(token))),
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO orders (number, idempotency_key, request_digest, member_id, guest_token_hash, \
         email, locale, status, payment_method, pay_by, units, items_total, discount, shipping_fee, \
         grand_total, recipient, phone, country, region, city, district, street, postcode, \
         delivery_time, invoice_kind, invoice_title, invoice_tax_number, gift_message, note, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending_payment', $8, $9, \
         $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, \
         $27, $28, $29, $29) RETURNING id",
    )
    .bind(&number)
    .bind(p.key)
    .bind(o.digest)
    .bind(member)
    .bind(guest)
    .bind(o.email)
    .bind(p.language)
    .bind(x.payment_method.code())
    .bind(o.pay_by)
    .bind(t.units)
    .bind(t.items.0)
    .bind(t.discount.0)
    .bind(t.shipping.0)
    .bind(t.grand_total.0)
    .bind(&a.recipient)
    .bind(&a.phone)
    .bind(&a.country)
    .bind(&a.region)
    .bind(&a.city)
    .bind(&a.district)
    .bind(&a.street)
    .bind(&a.postcode)
    .bind(x.delivery_time)
    .bind(x.invoice_kind)
    .bind(&x.invoice_title)
    .bind(&x.invoice_tax_number)
    .bind(&x.gift_message)
    .bind(&x.note)
    .bind(p.now)
    .fetch_one(tx.conn())
    .await?;
    for line in o.lines {
        let warehouse = reservations::reserve(tx.conn(), line.sku, line.quantity, &number).await?;
        add_item(tx.conn(), id, line, warehouse.0).await?;
    }
    moves::record(
        tx.conn(),
        id,
        OrderStatus::PendingPayment,
        &Actor::Shopper,
        "",
        p.now,
    )
    .await?;
    if x.payment_method == PaymentMethod::CashOnDelivery {
        let (status, event) = (OrderStatus::PendingPayment, OrderEvent::ConfirmCod);
        moves::apply(
            tx.conn(),
            id,
            status,
            false,
            event,
            &Actor::System,
            "",
            p.now,
        )
        .await?;
    }
    if let Some(cart) = o.cart_id {
        let skus: Vec<_> = o.lines.iter().map(|l| l.sku).collect();
        cart::take_ordered(tx.conn(), cart, &skus).await?;
    }
    let total = t.grand_total.format(p.currency);
    let how = method_name(x.payment_method, p.language);
    let link = match p.owner {
        CartOwner::Member(_) => format!("/orders/{number}"),
        CartOwner::Guest(_) => format!("/orders/lookup?number={number}"),
    };
    let mail = templates::order_placed(o.email, p.language, p.head, &number, &total, how, &link);
    outbox::enqueue(tx.conn(), &mail, p.now).await?;
    tx.commit().await?;
    Ok(Placed {
        number,
        method: x.payment_method,
    })
}

async fn add_item(
    conn: &mut AnyConnection,
    order: i64,
    line: &cart::CartLine,
    warehouse: i64,
) -> DomainResult<()> {
    let offer = line
        .offer
        .as_ref()
        .ok_or(DomainError::Conflict("cart_changed"))?;
    sqlx::query(
        "INSERT INTO order_items (order_id, sku_id, warehouse_id, product_slug, name_zh, name_en, \
         variant_zh, variant_en, code, image, unit_price, quantity) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(order)
    .bind(line.sku.0)
    .bind(warehouse)
    .bind(&offer.slug)
    .bind(&offer.name.zh)
    .bind(&offer.name.en)
    .bind(&offer.variant.zh)
    .bind(&offer.variant.en)
    .bind(&offer.code)
    .bind(&offer.image)
    .bind(offer.price.0)
    .bind(line.quantity)
    .execute(conn)
    .await?;
    Ok(())
}

/// The order an earlier submit with `key` placed: the same order for the same content,
/// `Conflict("key_reused")` for other content.
async fn earlier(
    conn: &mut AnyConnection,
    key: &str,
    digest: &str,
) -> DomainResult<Option<Placed>> {
    let found: Option<(String, String, String)> = sqlx::query_as(
        "SELECT number, request_digest, payment_method FROM orders WHERE idempotency_key = $1",
    )
    .bind(key)
    .fetch_optional(conn)
    .await?;
    match found {
        None => Ok(None),
        Some((_, earlier, _)) if earlier != digest => Err(DomainError::Conflict("key_reused")),
        Some((number, _, method)) => Ok(Some(Placed {
            number,
            method: PaymentMethod::parse(&method).unwrap_or(PaymentMethod::CashOnDelivery),
        })),
    }
}

/// The contact e-mail (a member's account address, or the guest's typed one) and the checked
/// delivery address (one of the member's, or the typed one).
async fn contact_and_address(
    db: &Db,
    owner: &CartOwner,
    form: &CheckoutForm,
) -> DomainResult<(String, AddressForm)> {
    match owner {
        CartOwner::Member(id) => {
            let member = members::member(db, *id)
                .await?
                .ok_or(DomainError::NotFound)?;
            let address = match form.address_id {
                Some(chosen) => {
                    let book = members::addresses::list(db, *id).await?;
                    let a =
                        book.into_iter()
                            .find(|a| a.id == chosen)
                            .ok_or(DomainError::Invalid {
                                field: "address_id",
                                rule: "unknown_choice",
                            })?;
                    AddressForm::from(a)
                }
                None => check_address(&form.address)?,
            };
            Ok((member.email, address))
        }
        CartOwner::Guest(_) => {
            let email = fields::email(&form.email)?;
            Ok((email, check_address(&form.address)?))
        }
    }
}

fn check_key(key: &str) -> DomainResult<()> {
    let ok = (16..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(DomainError::Invalid {
            field: "key",
            rule: "malformed",
        })
    }
}

/// Who submits and what: a retry of the same submit has the same digest.
fn request_digest(owner: &CartOwner, form: &CheckoutForm) -> String {
    let who = match owner {
        CartOwner::Member(id) => format!("member:{}", id.0),
        CartOwner::Guest(token) => format!("guest:{}", crate::members::secrets::digest(token)),
    };
    let what = serde_json::to_string(form).unwrap_or_default();
    let mut hash = Sha256::new();
    hash.update(who.as_bytes());
    hash.update(b"\n");
    hash.update(what.as_bytes());
    crate::members::secrets::hex(&hash.finalize())
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// How the order is paid, in the mail's language.
fn method_name(method: PaymentMethod, language: &str) -> &'static str {
    let en = language == "en";
    match method {
        PaymentMethod::CashOnDelivery if en => "cash on delivery",
        PaymentMethod::CashOnDelivery => "货到付款",
        PaymentMethod::BankTransfer if en => "bank transfer",
        PaymentMethod::BankTransfer => "银行转账",
        PaymentMethod::Card if en => "card",
        PaymentMethod::Card => "银行卡",
    }
}
