//! What "evening" and "weekend" mean (PRODUCT.md): the one place each rule
//! is written. Search filters, badges, slot marks and indicators all ask here.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// "Evening" is being open, or having an appointment, after 18:00 local time.
const EVENING_STARTS: NaiveTime = NaiveTime::from_hms_opt(18, 0, 0).unwrap();

/// Whether a stretch of local time that ends at `end` reaches into the
/// evening; `None` means it runs to midnight or past it.
pub fn ends_in_evening(end: Option<NaiveTime>) -> bool {
    end.is_none_or(|end| end > EVENING_STARTS)
}

/// Whether the local stretch `start..end` reaches into the evening.
pub fn reaches_evening(start: NaiveDateTime, end: NaiveDateTime) -> bool {
    ends_in_evening((end.date() == start.date()).then(|| end.time()))
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn evening_is_after_six_including_past_midnight() {
        assert!(!reaches_evening(
            at("2026-11-23 17:30"),
            at("2026-11-23 18:00")
        ));
        assert!(reaches_evening(
            at("2026-11-23 17:30"),
            at("2026-11-23 18:30")
        ));
        assert!(reaches_evening(
            at("2026-11-23 23:30"),
            at("2026-11-24 00:00")
        ));
        assert!(ends_in_evening(None));
    }

    #[test]
    fn the_weekend_is_saturday_and_sunday() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert!(!is_weekend(day(27)), "Friday");
        assert!(is_weekend(day(28)) && is_weekend(day(29)));
    }
}
