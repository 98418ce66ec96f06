//! The Senim day: the local date in Kazakhstan (one zone) that what a
//! person did belongs to, and which days are over. (The *seal* slice adds
//! the day keys themselves here; these two functions are the shared part.)

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

/// The zone Senim's days are counted in.
pub const SENIM_ZONE: Tz = chrono_tz::Asia::Almaty;

/// The Senim day of an instant.
pub fn senim_day(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&SENIM_ZONE).date_naive()
}

/// The first day still live at `now` when what a day leaves is kept
/// `retention_days` days after it: every day before it is over.
pub fn first_live_day(now: DateTime<Utc>, retention_days: u32) -> NaiveDate {
    senim_day(now) - Duration::days(retention_days.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        crate::domain::instant::parse(text).unwrap()
    }

    #[test]
    fn a_day_is_over_when_the_day_after_its_retention_starts_in_almaty() {
        // 19:00 UTC is midnight in Almaty (UTC+5).
        assert_eq!(
            senim_day(at("2026-12-07T18:59:59Z")).to_string(),
            "2026-12-07"
        );
        assert_eq!(
            senim_day(at("2026-12-07T19:00:00Z")).to_string(),
            "2026-12-08"
        );
        let now = at("2026-12-07T19:00:00Z");
        assert_eq!(first_live_day(now, 0).to_string(), "2026-12-08");
        assert_eq!(first_live_day(now, 2).to_string(), "2026-12-06");
    }
}
