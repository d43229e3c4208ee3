//! Money in integer minor units (fen for CNY, cents elsewhere) and its formatting.
//! Floats never touch prices; percentages are basis points.

use serde::{Deserialize, Serialize};
use std::ops::{Add, Mul, Sub};

/// An amount of the shop's currency in minor units (1 yuan = 100 fen).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    pub const ZERO: Money = Money(0);

    /// Builds an amount from whole units and minor units, e.g. `Money::new(1299, 0)` is ¥1,299.00.
    pub const fn new(units: i64, minor: i64) -> Self {
        Money(units * 100 + minor)
    }

    pub const fn minor_units(self) -> i64 {
        self.0
    }

    /// Applies a rate in basis points (10000 = 100%), rounding half away from zero.
    pub fn times_basis_points(self, bp: i64) -> Money {
        let product = self.0 as i128 * bp as i128;
        let rounded = if product >= 0 {
            (product + 5_000) / 10_000
        } else {
            (product - 5_000) / 10_000
        };
        Money(rounded as i64)
    }

    /// Reads an amount in major units as a shopper types it (`199`, `199.5`, `1,299.00`, `¥80`):
    /// at most two decimals, not negative, at most 100 million. `None` for anything else.
    pub fn parse_major(text: &str) -> Option<Money> {
        let cleaned: String = text
            .trim()
            .trim_start_matches(['¥', '￥', '$'])
            .chars()
            .filter(|c| *c != ',')
            .collect();
        let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
        if whole.is_empty() && fraction.is_empty()
            || whole.len() > 9
            || fraction.len() > 2
            || !whole
                .chars()
                .chain(fraction.chars())
                .all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().ok()?
        };
        let minor: i64 = format!("{fraction:0<2}").parse().ok()?;
        (whole <= 100_000_000).then_some(Money(whole * 100 + minor))
    }

    /// The amount in major units for a form field or URL: `200`, `499.99`.
    pub fn major_text(self) -> String {
        match self.0 % 100 {
            0 => (self.0 / 100).to_string(),
            minor => format!("{}.{:02}", self.0 / 100, minor.abs()),
        }
    }

    /// Like [`Money::format`] without `.00` for whole amounts: `¥1,299`, `¥19.90`.
    pub fn format_short(self, symbol: &str) -> String {
        let full = self.format(symbol);
        full.strip_suffix(".00").map(str::to_string).unwrap_or(full)
    }

    /// Formats with a currency symbol, thousands separators and two decimals: `¥1,299.00`.
    pub fn format(self, symbol: &str) -> String {
        let negative = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let units = abs / 100;
        let minor = abs % 100;
        let digits = units.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        format!(
            "{}{symbol}{grouped}.{minor:02}",
            if negative { "-" } else { "" }
        )
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Mul<i64> for Money {
    type Output = Money;
    fn mul(self, quantity: i64) -> Money {
        Money(self.0 * quantity)
    }
}

#[cfg(test)]
mod parse_tests {
    use super::Money;

    #[test]
    fn reads_what_shoppers_type() {
        assert_eq!(Money::parse_major("199"), Some(Money(19_900)));
        assert_eq!(Money::parse_major(" 1,299.5 "), Some(Money(129_950)));
        assert_eq!(Money::parse_major("¥80"), Some(Money(8_000)));
        assert_eq!(Money::parse_major(".5"), Some(Money(50)));
        for bad in [
            "",
            "-1",
            "1.234",
            "abc",
            "1e9",
            "999999999999",
            "1'; DROP",
            ".",
        ] {
            assert_eq!(Money::parse_major(bad), None, "{bad}");
        }
        assert_eq!(Money(49_999).major_text(), "499.99");
        assert_eq!(Money(20_000).major_text(), "200");
        assert_eq!(Money(500_000).format_short("¥"), "¥5,000");
        assert_eq!(Money(1_990).format_short("¥"), "¥19.90");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_yuan_with_grouping() {
        assert_eq!(Money::new(1299, 0).format("¥"), "¥1,299.00");
        assert_eq!(Money(5).format("¥"), "¥0.05");
        assert_eq!(Money::new(1_234_567, 89).format("¥"), "¥1,234,567.89");
        assert_eq!(Money(-150).format("¥"), "-¥1.50");
        assert_eq!(Money::new(100, 0).format("¥"), "¥100.00");
    }

    #[test]
    fn basis_points_round_half_away_from_zero() {
        assert_eq!(Money(999).times_basis_points(7_000), Money(699)); // 699.3
        assert_eq!(Money(15).times_basis_points(5_000), Money(8)); // 7.5 -> 8
        assert_eq!(Money(-15).times_basis_points(5_000), Money(-8));
        assert_eq!(Money(12_345).times_basis_points(10_000), Money(12_345));
    }

    proptest::proptest! {
        #[test]
        fn formatting_keeps_every_fen(minor in -10_000_000_000i64..10_000_000_000i64) {
            let text = Money(minor).format("¥");
            let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
            let parsed: i64 = digits.parse().expect("digits");
            proptest::prop_assert_eq!(if text.starts_with('-') { -parsed } else { parsed }, minor);
            let cents = format!(".{:02}", minor.unsigned_abs() % 100);
            proptest::prop_assert!(text.ends_with(&cents), "{} does not end with {}", text, cents);
        }

        #[test]
        fn basis_points_round_to_the_nearest_fen(minor in -1_000_000_000i64..1_000_000_000i64, bp in 0i64..=20_000) {
            let exact = minor as f64 * bp as f64 / 10_000.0;
            let got = Money(minor).times_basis_points(bp).0 as f64;
            proptest::prop_assert!((got - exact).abs() <= 0.5 + 1e-6, "{minor} x {bp}bp = {got}, exact {exact}");
            proptest::prop_assert_eq!(Money(minor).times_basis_points(10_000), Money(minor));
        }
    }

    #[test]
    fn arithmetic_stays_in_minor_units() {
        assert_eq!(Money(250) * 3 + Money(50) - Money(100), Money(700));
    }
}
