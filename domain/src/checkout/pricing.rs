//! What a cart costs: items, discounts, shipping and the grand total, in integer fen. A pure
//! function over a snapshot of the cart, so the cart page and checkout show the same figures
//! and tests can throw anything at it.

use crate::error::{DomainError, DomainResult};
use crate::ids::SkuId;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Pieces of one variant in one line, at most.
pub const MAX_QUANTITY: i64 = 99;
/// Lines in one cart, at most.
pub const MAX_LINES: usize = 100;

/// A cart line with the price it is sold at now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricedLine {
    pub sku: SkuId,
    pub unit_price: Money,
    pub quantity: i64,
}

/// Delivery fees: one per region (province), a fee for anywhere else, and free delivery
/// from a spend (after discounts) when the shop offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingTable {
    pub fees: Vec<(String, Money)>,
    pub default_fee: Money,
    pub free_over: Option<Money>,
}

/// The figures of a cart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Pieces in all.
    pub units: i64,
    /// The items at their prices.
    pub items: Money,
    /// Taken off the items (never more than they cost).
    pub discount: Money,
    pub shipping: Money,
    pub grand_total: Money,
}

impl ShippingTable {
    /// The fee to `region` (a province as the address names it), or the default fee when the
    /// region has none of its own or is not known yet.
    pub fn fee_to(&self, region: Option<&str>) -> Money {
        let region = region.map(str::trim).unwrap_or_default();
        self.fees
            .iter()
            .find(|(name, _)| name == region)
            .map_or(self.default_fee, |(_, fee)| *fee)
    }
}

/// The totals of `lines` with `discount` off, delivered to `region` under `shipping`. Refuses
/// a quantity outside 1–[`MAX_QUANTITY`], a negative price, more than [`MAX_LINES`] lines, and
/// sums too large to be a real cart.
pub fn totals(
    lines: &[PricedLine],
    discount: Money,
    shipping: &ShippingTable,
    region: Option<&str>,
) -> DomainResult<Totals> {
    if lines.len() > MAX_LINES {
        return Err(invalid("lines", "too_many"));
    }
    let mut items: i64 = 0;
    let mut units: i64 = 0;
    for line in lines {
        if !(1..=MAX_QUANTITY).contains(&line.quantity) {
            return Err(invalid("quantity", "out_of_range"));
        }
        if line.unit_price.0 < 0 {
            return Err(invalid("price", "negative"));
        }
        items = line
            .unit_price
            .0
            .checked_mul(line.quantity)
            .and_then(|cost| items.checked_add(cost))
            .filter(|sum| *sum <= MAX_CART_FEN)
            .ok_or_else(|| invalid("lines", "too_large"))?;
        units += line.quantity;
    }
    let discount = discount.0.clamp(0, items);
    let spend = items - discount;
    let free = shipping.free_over.is_some_and(|over| spend >= over.0);
    let shipping = if lines.is_empty() || free {
        0
    } else {
        shipping.fee_to(region).0.max(0)
    };
    Ok(Totals {
        units,
        items: Money(items),
        discount: Money(discount),
        shipping: Money(shipping),
        grand_total: Money(spend + shipping),
    })
}

/// A cart dearer than this (¥10 billion) is not a cart.
const MAX_CART_FEN: i64 = 1_000_000_000_000;

fn invalid(field: &'static str, rule: &'static str) -> DomainError {
    DomainError::Invalid { field, rule }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn table() -> ShippingTable {
        ShippingTable {
            fees: vec![("新疆".into(), Money(3_000)), ("上海市".into(), Money(800))],
            default_fee: Money(1_200),
            free_over: Some(Money(29_900)),
        }
    }

    fn line(price: i64, quantity: i64) -> PricedLine {
        PricedLine {
            sku: SkuId(1),
            unit_price: Money(price),
            quantity,
        }
    }

    #[test]
    fn a_cart_costs_its_items_less_the_discount_plus_delivery() {
        let t = totals(
            &[line(12_900, 2), line(3_000, 1)],
            Money(1_000),
            &table(),
            Some("新疆"),
        )
        .expect("totals");
        assert_eq!(
            (t.units, t.items, t.discount, t.shipping, t.grand_total),
            (3, Money(28_800), Money(1_000), Money(3_000), Money(30_800))
        );
        // Over the threshold after the discount: delivery is free.
        let t = totals(&[line(29_900, 1)], Money(0), &table(), Some("上海市")).expect("totals");
        assert_eq!((t.shipping, t.grand_total), (Money(0), Money(29_900)));
        // A discount that takes it under the threshold brings the fee back.
        let t = totals(&[line(29_900, 1)], Money(1), &table(), Some(" 上海市 ")).expect("totals");
        assert_eq!((t.shipping, t.grand_total), (Money(800), Money(30_699)));
        // An unknown or unchosen region pays the default fee; an empty cart pays nothing.
        assert_eq!(
            totals(&[line(100, 1)], Money(0), &table(), None)
                .expect("totals")
                .shipping,
            Money(1_200)
        );
        assert_eq!(
            totals(&[], Money(500), &table(), None)
                .expect("totals")
                .grand_total,
            Money(0)
        );
    }

    #[test]
    fn impossible_carts_are_refused_by_field() {
        let refused = |lines: &[PricedLine]| match totals(lines, Money(0), &table(), None) {
            Err(DomainError::Invalid { field, rule }) => (field, rule),
            other => panic!("{other:?}"),
        };
        assert_eq!(refused(&[line(100, 0)]), ("quantity", "out_of_range"));
        assert_eq!(
            refused(&[line(100, MAX_QUANTITY + 1)]),
            ("quantity", "out_of_range")
        );
        assert_eq!(refused(&[line(-1, 1)]), ("price", "negative"));
        assert_eq!(refused(&[line(i64::MAX, 2)]), ("lines", "too_large"));
        assert_eq!(
            refused(&vec![line(1, 1); MAX_LINES + 1]),
            ("lines", "too_many")
        );
    }

    fn lines() -> impl Strategy<Value = Vec<PricedLine>> {
        proptest::collection::vec((0i64..10_000_000, 1i64..=MAX_QUANTITY), 0..20)
            .prop_map(|v| v.into_iter().map(|(p, q)| line(p, q)).collect())
    }

    proptest! {
        #[test]
        fn totals_add_up_and_are_never_negative(lines in lines(), discount in -1_000_000i64..100_000_000, fee in 0i64..100_000, free in proptest::option::of(0i64..1_000_000)) {
            let shipping = ShippingTable { fees: vec![], default_fee: Money(fee), free_over: free.map(Money) };
            let t = totals(&lines, Money(discount), &shipping, None).expect("a real cart");
            let items: i64 = lines.iter().map(|l| l.unit_price.0 * l.quantity).sum();
            prop_assert_eq!(t.items.0, items);
            prop_assert_eq!(t.units, lines.iter().map(|l| l.quantity).sum::<i64>());
            prop_assert!(t.discount.0 >= 0 && t.discount.0 <= items);
            prop_assert!(t.grand_total.0 >= 0);
            prop_assert_eq!(t.grand_total.0, t.items.0 - t.discount.0 + t.shipping.0);
            let over = free.is_some_and(|f| items - t.discount.0 >= f);
            let expected = if lines.is_empty() || over { 0 } else { fee };
            prop_assert_eq!(t.shipping.0, expected);
        }

        #[test]
        fn one_more_piece_never_costs_less_before_delivery(lines in lines(), extra in 0i64..10_000_000) {
            let shipping = table();
            let before = totals(&lines, Money(0), &shipping, None).expect("cart");
            let mut more = lines.clone();
            more.push(line(extra, 1));
            let after = totals(&more, Money(0), &shipping, None).expect("cart");
            prop_assert!(after.items >= before.items);
            prop_assert_eq!(after.units, before.units + 1);
        }
    }
}
