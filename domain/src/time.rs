//! Time as UTC unix seconds, the one representation stored in both databases.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the unix epoch, UTC.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The shop's time zone: China Standard Time (UTC+8, no daylight saving).
pub const SHOP_OFFSET_S: i64 = 8 * 3_600;

/// The date of `secs` in the shop's time zone, as `YYYY-MM-DD` (how dates are shown).
pub fn shop_date(secs: i64) -> String {
    date(secs + SHOP_OFFSET_S)
}

/// The date and minute of `secs` in the shop's time zone, as `YYYY-MM-DD HH:MM`.
pub fn shop_datetime(secs: i64) -> String {
    let local = secs + SHOP_OFFSET_S;
    let minute = local.rem_euclid(86_400) / 60;
    format!("{} {:02}:{:02}", date(local), minute / 60, minute % 60)
}

/// When the shop's day holding `secs` began (midnight in the shop's time zone), in UTC seconds.
pub fn shop_day_start(secs: i64) -> i64 {
    (secs + SHOP_OFFSET_S).div_euclid(86_400) * 86_400 - SHOP_OFFSET_S
}

/// The UTC calendar date of `secs`, as `YYYY-MM-DD`.
pub fn date(secs: i64) -> String {
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(86_399), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_795_391_999), "2026-11-22");
        assert_eq!(date(-1), "1969-12-31");
        assert_eq!(shop_date(16 * 3_600), "1970-01-02"); // 00:00 in Beijing
        assert_eq!(shop_datetime(16 * 3_600 - 60), "1970-01-01 23:59");
        assert_eq!(shop_datetime(16 * 3_600 + 3_725), "1970-01-02 01:02");
    }

    #[test]
    fn the_shop_day_starts_at_midnight_in_beijing() {
        assert_eq!(shop_day_start(16 * 3_600), 16 * 3_600);
        assert_eq!(shop_day_start(16 * 3_600 - 1), -8 * 3_600);
        assert_eq!(shop_date(shop_day_start(1_795_391_999)), "2026-11-23");
    }
}
