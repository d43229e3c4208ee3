//! Order numbers: the shop's date (YYMMDD) and twelve random digits, e.g. `261203482917462051`.
//! Sortable by day for staff, and unguessable: a lookup also needs the e-mail or phone.

use rand::Rng;

/// A new order number for an order placed at `now`.
pub fn new(now: i64) -> String {
    let date = crate::time::shop_date(now).replace('-', "");
    let mut rng = rand::rngs::OsRng;
    let random: String = (0..12)
        .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
        .collect();
    format!("{}{random}", date.get(2..).unwrap_or(&date))
}

/// Whether `text` looks like an order number (18 digits); anything else is not looked up.
pub fn looks_valid(text: &str) -> bool {
    text.len() == 18 && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_dated_and_differ() {
        let a = super::new(1_796_284_800); // 2026-12-03 in Shanghai
        let b = super::new(1_796_284_800);
        assert!(super::looks_valid(&a), "{a}");
        assert!(a.starts_with("2612"), "{a}");
        assert_ne!(a, b);
        assert!(!super::looks_valid("26120312345678901x"));
    }
}
