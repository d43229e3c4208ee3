//! What a member has bought of a product, for the reviews: the delivered (or completed) order
//! a review may rest on, or whether one is still on its way.

use super::status::OrderStatus;
use crate::error::DomainResult;
use crate::ids::{MemberId, ProductId};
use sqlx::AnyConnection;

/// A member's orders of one product, as far as reviewing goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bought {
    /// The earliest delivered or completed order holding the product.
    pub delivered: Option<i64>,
    /// An order holding the product is placed but not delivered yet.
    pub on_its_way: bool,
}

/// The member's orders of `product` (any of its variants).
pub async fn of_product(
    conn: &mut AnyConnection,
    member: MemberId,
    product: ProductId,
) -> DomainResult<Bought> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT o.id, o.status FROM orders o JOIN order_items i ON i.order_id = o.id \
         JOIN skus s ON s.id = i.sku_id WHERE o.member_id = $1 AND s.product_id = $2 ORDER BY o.id",
    )
    .bind(member.0)
    .bind(product.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut bought = Bought::default();
    for (id, status) in rows {
        match OrderStatus::parse(&status) {
            Some(OrderStatus::Delivered | OrderStatus::Completed) => {
                bought.delivered.get_or_insert(id);
            }
            Some(
                OrderStatus::PendingPayment
                | OrderStatus::Paid
                | OrderStatus::CodConfirmed
                | OrderStatus::Processing
                | OrderStatus::Shipped,
            ) => bought.on_its_way = true,
            _ => {}
        }
    }
    Ok(bought)
}
