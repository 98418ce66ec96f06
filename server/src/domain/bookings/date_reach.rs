//! How far from today a date may be: the portal's day and week views,
//! closures and the slots a person can look at. Two years either way is
//! more than anyone plans a clinic visit or looks back over a reception
//! desk, and it keeps chrono's arithmetic (a day before, a week after) far
//! from the ends of its range, where it would overflow.

use chrono::{Days, NaiveDate};

/// Days before or after today a date may be: two years, a leap day included.
pub const REACH_DAYS: u64 = 731;

/// Whether `date` lies within [`REACH_DAYS`] of `today`.
pub fn within_reach(date: NaiveDate, today: NaiveDate) -> bool {
    date.signed_duration_since(today).num_days().unsigned_abs() <= REACH_DAYS
}

/// `date` moved to the nearest date within reach of `today`.
pub fn clamp(date: NaiveDate, today: NaiveDate) -> NaiveDate {
    let earliest = today.checked_sub_days(Days::new(REACH_DAYS));
    let latest = today.checked_add_days(Days::new(REACH_DAYS));
    match (earliest, latest) {
        (Some(earliest), _) if date < earliest => earliest,
        (_, Some(latest)) if date > latest => latest,
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn two_years_either_way_are_within_reach() {
        let today = day("2026-12-07");
        assert!(within_reach(today, today));
        assert!(within_reach(day("2028-12-06"), today));
        assert!(within_reach(day("2024-12-07"), today));
        assert!(!within_reach(day("2029-01-01"), today));
        assert!(!within_reach(day("2020-01-01"), today));
        assert!(!within_reach(NaiveDate::MAX, today));
        assert!(!within_reach(NaiveDate::MIN, today));
    }

    #[test]
    fn the_ends_of_chronos_range_are_clamped_to_two_years() {
        let today = day("2026-12-07");
        assert_eq!(clamp(NaiveDate::MAX, today), day("2028-12-07"));
        assert_eq!(clamp(NaiveDate::MIN, today), day("2024-12-06"));
        assert_eq!(clamp(day("2027-03-01"), today), day("2027-03-01"));
        let last: NaiveDate = "+262142-12-31".parse().unwrap();
        assert_eq!(last, NaiveDate::MAX, "the calendar's last day");
        assert_eq!(clamp(last, today), day("2028-12-07"));
    }
}
