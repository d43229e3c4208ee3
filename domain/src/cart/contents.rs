//! What is in a cart as the cart page shows it: each line with its product, its price now and
//! when added, what can still be sold, and the cart's totals (through the same pricing as
//! checkout). Lines whose variant left the shelf are shown as unavailable, never dropped.

use super::{find, CartOwner};
use crate::catalog;
use crate::checkout::pricing::{self, PricedLine, ShippingTable, Totals};
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::SkuId;
use crate::inventory;
use crate::money::Money;

/// A line of the cart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CartLine {
    pub sku: SkuId,
    pub quantity: i64,
    pub saved_for_later: bool,
    pub price_when_added: Money,
    /// `None` when the variant is no longer on sale.
    pub offer: Option<catalog::Offer>,
    /// Pieces that can be sold now.
    pub available: i64,
}

impl CartLine {
    /// The price changed since the line was added (the shopper must confirm it).
    pub fn price_changed(&self) -> bool {
        self.offer
            .as_ref()
            .is_some_and(|o| o.price != self.price_when_added)
    }

    /// The line cannot be ordered as it is: off sale, or more pieces than can be sold.
    pub fn unavailable(&self) -> bool {
        self.offer.is_none() || self.quantity > self.available
    }
}

/// A cart's lines and totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CartContents {
    /// Newest first; saved lines among them.
    pub lines: Vec<CartLine>,
    /// Of the lines in the cart (not saved) that can be ordered, at today's prices.
    pub totals: Totals,
}

impl CartContents {
    /// A price changed or a line cannot be ordered: checkout must wait for the shopper.
    pub fn needs_attention(&self) -> bool {
        self.lines
            .iter()
            .filter(|l| !l.saved_for_later)
            .any(|l| l.price_changed() || l.unavailable())
    }

    /// Pieces in the cart (not saved), for the header's count.
    pub fn count(&self) -> i64 {
        self.totals.units
    }
}

/// The owner's cart, priced with `shipping` to `region` (an empty cart when they have none).
pub async fn contents(
    db: &Db,
    owner: &CartOwner,
    shipping: &ShippingTable,
    region: Option<&str>,
) -> DomainResult<CartContents> {
    let rows: Vec<(i64, i64, i64, i64)> = match find(db, owner).await? {
        Some(cart) => {
            sqlx::query_as(
                "SELECT sku_id, quantity, saved_for_later, price_when_added FROM cart_lines \
                 WHERE cart_id = $1 ORDER BY added_at DESC, sku_id DESC",
            )
            .bind(cart)
            .fetch_all(db.pool())
            .await?
        }
        None => Vec::new(),
    };
    let skus: Vec<SkuId> = rows.iter().map(|(sku, ..)| SkuId(*sku)).collect();
    let offers = catalog::offers(db, &skus).await?;
    let stock = inventory::available_for_skus(db, &skus).await?;
    let lines: Vec<CartLine> = rows
        .into_iter()
        .map(|(sku, quantity, saved, price_when_added)| {
            let sku = SkuId(sku);
            CartLine {
                sku,
                quantity,
                saved_for_later: saved != 0,
                price_when_added: Money(price_when_added),
                offer: offers.iter().find(|o| o.sku == sku).cloned(),
                available: stock.get(&sku).copied().unwrap_or(0).max(0),
            }
        })
        .collect();
    let priced: Vec<PricedLine> = lines
        .iter()
        .filter(|l| !l.saved_for_later && !l.unavailable())
        .filter_map(|l| {
            Some(PricedLine {
                sku: l.sku,
                unit_price: l.offer.as_ref()?.price,
                quantity: l.quantity,
            })
        })
        .collect();
    let totals = pricing::totals(&priced, Money::ZERO, shipping, region)?;
    Ok(CartContents { lines, totals })
}
