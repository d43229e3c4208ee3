//! Where a member's parcels go: the countries and regions the shop ships to, and what a phone
//! number and a postcode look like in each. Separators people type (spaces, dashes, brackets)
//! are dropped; what is stored is digits with an optional leading `+`.

use crate::error::{DomainError, DomainResult};

/// A place the shop ships to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Country {
    /// Mainland China.
    Cn,
    Hk,
    Mo,
    Tw,
}

impl Country {
    pub const ALL: [Country; 4] = [Country::Cn, Country::Hk, Country::Mo, Country::Tw];

    /// The ISO 3166 code stored with an address.
    pub fn code(self) -> &'static str {
        match self {
            Country::Cn => "CN",
            Country::Hk => "HK",
            Country::Mo => "MO",
            Country::Tw => "TW",
        }
    }

    pub fn parse(code: &str) -> DomainResult<Country> {
        Country::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
            .ok_or(DomainError::Invalid {
                field: "country",
                rule: "unknown",
            })
    }

    /// The dialling code written before a number given with `+`.
    pub fn dialling_code(self) -> &'static str {
        match self {
            Country::Cn => "86",
            Country::Hk => "852",
            Country::Mo => "853",
            Country::Tw => "886",
        }
    }

    /// Whether the place uses postcodes (Hong Kong and Macao do not).
    pub fn has_postcodes(self) -> bool {
        matches!(self, Country::Cn | Country::Tw)
    }
}

/// A phone number for `field` in `country`, tidied to its national digits. Mainland: an
/// 11-digit mobile (1[3-9]…) or a landline with area code (0 + 9–11 digits); Hong Kong and
/// Macao: 8 digits; Taiwan: a mobile 09 + 8 digits or a landline 0 + 8–9 digits. A leading
/// `+` with the country's dialling code is accepted and dropped.
pub fn phone(field: &'static str, country: Country, typed: &str) -> DomainResult<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(DomainError::Invalid {
            field,
            rule: "required",
        });
    }
    let malformed = || DomainError::Invalid {
        field,
        rule: "malformed",
    };
    let mut digits = String::new();
    for (i, c) in typed.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '(' | ')' => {}
            '+' if i == 0 => digits.push(c),
            _ => return Err(malformed()),
        }
    }
    let national = match digits.strip_prefix('+') {
        None => digits,
        Some(rest) => {
            let n = rest
                .strip_prefix(country.dialling_code())
                .ok_or_else(malformed)?;
            // After the country code, mainland landlines and Taiwanese numbers drop their 0.
            match country {
                Country::Cn if !(n.len() == 11 && n.starts_with('1')) => format!("0{n}"),
                Country::Tw => format!("0{n}"),
                _ => n.to_string(),
            }
        }
    };
    let n = national.len();
    let all = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let valid = all(&national)
        && match country {
            Country::Cn => {
                (n == 11
                    && national.starts_with('1')
                    && matches!(national.as_bytes()[1], b'3'..=b'9'))
                    || (national.starts_with('0') && (10..=12).contains(&n))
            }
            Country::Hk | Country::Mo => {
                n == 8 && !national.starts_with('0') && !national.starts_with('1')
            }
            Country::Tw => {
                (n == 10 && national.starts_with("09"))
                    || (national.starts_with('0') && (9..=10).contains(&n))
            }
        };
    if valid {
        Ok(national)
    } else {
        Err(malformed())
    }
}

/// A postcode in `country`: six digits on the mainland, 3, 5 or 6 digits in Taiwan, none in Hong
/// Kong and Macao (whatever is typed there is dropped).
pub fn postcode(country: Country, typed: &str) -> DomainResult<String> {
    let code: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if !country.has_postcodes() {
        return Ok(String::new());
    }
    if code.is_empty() {
        return Err(DomainError::Invalid {
            field: "postcode",
            rule: "required",
        });
    }
    let lengths: &[usize] = match country {
        Country::Cn => &[6],
        _ => &[3, 5, 6],
    };
    if code.bytes().all(|b| b.is_ascii_digit()) && lengths.contains(&code.len()) {
        Ok(code)
    } else {
        Err(DomainError::Invalid {
            field: "postcode",
            rule: "malformed",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(country: Country, typed: &str) -> String {
        phone("phone", country, typed).unwrap_or_else(|e| panic!("{typed}: {e}"))
    }

    fn rule(country: Country, typed: &str) -> &'static str {
        match phone("phone", country, typed) {
            Err(DomainError::Invalid { rule, .. }) => rule,
            other => panic!("{typed}: {other:?}"),
        }
    }

    #[test]
    fn phones_are_checked_for_their_country() {
        assert_eq!(ok(Country::Cn, "138 0013 8000"), "13800138000");
        assert_eq!(ok(Country::Cn, "+86 138-0013-8000"), "13800138000");
        assert_eq!(ok(Country::Cn, "(010) 6552 9988"), "01065529988");
        assert_eq!(ok(Country::Cn, "+86 10 6552 9988"), "01065529988");
        assert_eq!(ok(Country::Hk, "+852 9123 4567"), "91234567");
        assert_eq!(ok(Country::Mo, "6612 3456"), "66123456");
        assert_eq!(ok(Country::Tw, "0912-345-678"), "0912345678");
        assert_eq!(ok(Country::Tw, "+886 912 345 678"), "0912345678");
        assert_eq!(rule(Country::Cn, ""), "required");
        assert_eq!(rule(Country::Cn, "12800138000"), "malformed");
        assert_eq!(rule(Country::Cn, "1380013800"), "malformed");
        assert_eq!(rule(Country::Cn, "138001380001"), "malformed");
        assert_eq!(rule(Country::Cn, "１３８００１３８０００"), "malformed");
        assert_eq!(rule(Country::Cn, "+852 9123 4567"), "malformed");
        assert_eq!(rule(Country::Hk, "13800138000"), "malformed");
        assert_eq!(rule(Country::Cn, "138 0013 8000 ext 2"), "malformed");
        assert_eq!(rule(Country::Cn, "13+800138000"), "malformed");
    }

    #[test]
    fn postcodes_follow_the_country() {
        assert_eq!(
            postcode(Country::Cn, " 100 020 ").ok().as_deref(),
            Some("100020")
        );
        assert!(postcode(Country::Cn, "10002").is_err());
        assert!(postcode(Country::Cn, "").is_err());
        assert_eq!(postcode(Country::Tw, "106").ok().as_deref(), Some("106"));
        assert_eq!(postcode(Country::Hk, "whatever").ok().as_deref(), Some(""));
        assert!(Country::parse("jp").is_err());
        assert_eq!(Country::parse(" hk ").ok(), Some(Country::Hk));
    }
}
