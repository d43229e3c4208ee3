//! Finding an order by its number and the e-mail or phone it was placed with (the order
//! inquiry page). A wrong pair and an unknown number give the same answer after the same
//! work, so nobody can learn which numbers exist.

use super::model::{by_number, detail, OrderDetail};
use super::number::looks_valid;
use crate::db::Db;
use crate::error::DomainResult;

/// The order numbered `number` if `contact` is its e-mail address or phone number.
pub async fn find(db: &Db, number: &str, contact: &str) -> DomainResult<Option<OrderDetail>> {
    let number = number.trim();
    // Every ask costs one indexed read, whether the number could exist or not.
    let asked = if looks_valid(number) { number } else { "" };
    let Some(order) = by_number(db, asked).await? else {
        return Ok(None);
    };
    if !contact_matches(&order.email, &order.phone, contact) {
        return Ok(None);
    }
    Ok(Some(detail(db, order).await?))
}

/// The typed contact is the order's e-mail (any case) or its phone (digits compared, the
/// country's dialling code optional).
pub fn contact_matches(email: &str, phone: &str, typed: &str) -> bool {
    let typed = typed.trim();
    if typed.contains('@') {
        return typed.to_lowercase() == email;
    }
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let (typed, stored) = (digits(typed), digits(phone));
    typed.len() >= 8 && (stored == typed || stored.ends_with(&typed))
}

#[cfg(test)]
mod tests {
    use super::contact_matches;

    #[test]
    fn contact_is_the_email_or_the_phone() {
        let (email, phone) = ("ann@example.com", "+86 138 0013 8000");
        assert!(contact_matches(email, phone, " Ann@Example.com "));
        assert!(contact_matches(email, phone, "13800138000"));
        assert!(contact_matches(email, phone, "+86 13800138000"));
        assert!(!contact_matches(email, phone, "bob@example.com"));
        assert!(
            !contact_matches(email, phone, "8000"),
            "too short to identify"
        );
        assert!(!contact_matches(email, phone, ""));
        assert!(!contact_matches(email, phone, "13900139000"));
    }
}
