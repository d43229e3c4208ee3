//! A member's profile: display name, optional phone and birthday, and the language of the
//! shop's mail to them.

use super::fields;
use super::places::{self, Country};
use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use serde::{Deserialize, Serialize};

/// The profile as shown and as typed back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    /// Empty when not given.
    pub phone: String,
    /// `YYYY-MM-DD`, empty when not given.
    pub birthday: String,
    /// `zh-CN` or `en`.
    pub language: String,
}

/// The member's profile (`None` once the account is deleted).
pub async fn get(db: &Db, id: MemberId) -> DomainResult<Option<Profile>> {
    let row: Option<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT display_name, phone, birthday, language FROM members \
         WHERE id = $1 AND status = 'active'",
    )
    .bind(id.0)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(name, phone, birthday, language)| Profile {
        name,
        phone: phone.unwrap_or_default(),
        birthday: birthday.unwrap_or_default(),
        language,
    }))
}

/// A phone number of any place the shop ships to: `+852 …` and the like by their dialling
/// code, anything else as a mainland number.
pub(super) fn any_phone(typed: &str) -> DomainResult<String> {
    let typed = typed.trim();
    if typed.starts_with('+') {
        if let Some(found) = Country::ALL
            .into_iter()
            .find_map(|c| places::phone("phone", c, typed).ok().map(|n| (c, n)))
        {
            return Ok(match found {
                (Country::Cn, n) => n,
                (c, n) => format!("+{} {n}", c.dialling_code()),
            });
        }
    }
    places::phone("phone", Country::Cn, typed)
}

/// Saves the profile, checked: name 1–40 characters, phone (optional) valid for its place,
/// birthday (optional) a real date not after `today`, language `zh-CN` or `en`.
pub async fn update(db: &Db, id: MemberId, typed: &Profile, today: &str) -> DomainResult<()> {
    let name = fields::name(&typed.name)?;
    let phone = match typed.phone.trim() {
        "" => None,
        p => Some(any_phone(p)?),
    };
    let birthday = match typed.birthday.trim() {
        "" => None,
        b => Some(fields::birthday(b, today)?),
    };
    let language = match typed.language.as_str() {
        "zh-CN" | "en" => typed.language.clone(),
        _ => {
            return Err(DomainError::Invalid {
                field: "language",
                rule: "unknown",
            })
        }
    };
    let mut tx = db.begin_write().await?;
    let changed = sqlx::query(
        "UPDATE members SET display_name = $1, phone = $2, birthday = $3, language = $4 \
         WHERE id = $5 AND status = 'active'",
    )
    .bind(&name)
    .bind(phone)
    .bind(birthday)
    .bind(&language)
    .bind(id.0)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(DomainError::NotFound);
    }
    tx.commit().await
}
