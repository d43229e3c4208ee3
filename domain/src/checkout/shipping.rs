//! The shop's delivery fees as pricing uses them: per region, a default, and free delivery
//! from a spend (settings `shipping_default_fee` and `shipping_free_over`, in fen; a free-over
//! of 0 or less turns free delivery off).

use super::pricing::ShippingTable;
use crate::db::Db;
use crate::error::DomainResult;
use crate::money::Money;
use crate::settings;

/// The delivery fees now.
pub async fn table(db: &Db) -> DomainResult<ShippingTable> {
    let fees: Vec<(String, i64)> =
        sqlx::query_as("SELECT region, fee FROM shipping_fees ORDER BY region")
            .fetch_all(db.pool())
            .await?;
    let number = |v: Option<String>| v.and_then(|v| v.trim().parse::<i64>().ok());
    let default_fee = number(settings::get(db, "shipping_default_fee").await?).unwrap_or(1_200);
    let free_over = number(settings::get(db, "shipping_free_over").await?).filter(|f| *f > 0);
    Ok(ShippingTable {
        fees: fees.into_iter().map(|(r, f)| (r, Money(f))).collect(),
        default_fee: Money(default_fee.max(0)),
        free_over: free_over.map(Money),
    })
}
