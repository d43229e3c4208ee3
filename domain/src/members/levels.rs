//! Member levels (VIP tiers): reached by cumulative paid spend, each with a discount in basis
//! points that promotions apply. The levels are rows staff may change; which one a member is
//! at is worked out from their spend, never stored, so a changed threshold counts at once.

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::locale::Bilingual;
use crate::money::Money;
use serde::Serialize;
use sqlx::AnyConnection;

/// A level and what reaches it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Level {
    pub code: String,
    pub name: Bilingual,
    /// Cumulative paid spend that reaches the level.
    pub min_spend: Money,
    /// Discount of the level's member price, in basis points (500 = 5 %).
    pub discount_bp: i64,
}

/// Where a member stands: their level, their spend, and the next level with what it still takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Standing {
    pub level: Level,
    pub spend: Money,
    pub next: Option<(Level, Money)>,
}

/// Every level, lowest threshold first.
pub async fn all(db: &Db) -> DomainResult<Vec<Level>> {
    let rows: Vec<(String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT code, name_zh, name_en, min_spend, discount_bp FROM member_levels ORDER BY min_spend",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, zh, en, min, bp)| Level {
            code,
            name: Bilingual::new(zh, en),
            min_spend: Money(min),
            discount_bp: bp,
        })
        .collect())
}

/// The standing a spend gives among `levels` (lowest threshold first): the highest level
/// reached, and the one after it. `None` when no level starts at zero or below the spend.
pub fn standing(levels: &[Level], spend: Money) -> Option<Standing> {
    let reached = levels.iter().rposition(|l| l.min_spend <= spend)?;
    let next = levels
        .get(reached + 1)
        .map(|l| (l.clone(), l.min_spend - spend));
    Some(Standing {
        level: levels[reached].clone(),
        spend,
        next,
    })
}

/// A member's standing, from their paid spend.
pub async fn of_member(db: &Db, member: MemberId) -> DomainResult<Standing> {
    let spend: Option<i64> =
        sqlx::query_scalar("SELECT paid_spend FROM members WHERE id = $1 AND status = 'active'")
            .bind(member.0)
            .fetch_optional(db.pool())
            .await?;
    let spend = Money(spend.ok_or(DomainError::NotFound)?);
    standing(&all(db).await?, spend)
        .ok_or_else(|| DomainError::Internal("no member level starts at zero".into()))
}

/// Adds a paid amount to the member's spend (negative for a refund; never below zero). Call
/// in the transaction that records the payment or the refund.
pub async fn add_paid_spend(
    conn: &mut AnyConnection,
    member: MemberId,
    amount: Money,
) -> DomainResult<()> {
    sqlx::query(
        "UPDATE members SET paid_spend = CASE WHEN paid_spend + $1 < 0 THEN 0 ELSE paid_spend + $1 END \
         WHERE id = $2",
    )
    .bind(amount.0)
    .bind(member.0)
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(code: &str, min: i64, bp: i64) -> Level {
        Level {
            code: code.into(),
            name: Bilingual::new(code, code),
            min_spend: Money(min),
            discount_bp: bp,
        }
    }

    #[test]
    fn the_highest_level_reached_counts_and_the_next_says_what_it_takes() {
        let levels = [
            level("regular", 0, 0),
            level("silver", 100_000, 200),
            level("gold", 500_000, 500),
        ];
        let s = standing(&levels, Money(0)).expect("standing");
        assert_eq!(s.level.code, "regular");
        assert_eq!(
            s.next.as_ref().map(|(l, left)| (l.code.as_str(), *left)),
            Some(("silver", Money(100_000)))
        );
        let s = standing(&levels, Money(100_000)).expect("standing");
        assert_eq!(s.level.code, "silver");
        assert_eq!(
            s.next.map(|(l, left)| (l.code, left)),
            Some(("gold".into(), Money(400_000)))
        );
        let s = standing(&levels, Money(9_999_999)).expect("standing");
        assert_eq!(s.level.code, "gold");
        assert!(s.next.is_none());
        assert!(standing(&levels[1..], Money(5)).is_none());
    }
}
