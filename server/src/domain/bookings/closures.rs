//! Days a site is closed whatever its weekly hours say (holidays): what a
//! closure may cover.

use chrono::NaiveDate;

/// The most days one closure may cover.
pub const LONGEST_CLOSURE_DAYS: i64 = 62;

/// A day as the closures form and the stored rows write it, YYYY-MM-DD.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The days from `from` to `to` (inclusive; no `to` means one day), if
/// they are a range of at most [`LONGEST_CLOSURE_DAYS`] that does not
/// start before `today` nor end beyond reach
/// ([`date_reach`](super::date_reach)).
pub fn closure_days(
    from: NaiveDate,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Vec<NaiveDate>> {
    let to = to.unwrap_or(from);
    let length = (to - from).num_days();
    if from < today
        || !super::date_reach::within_reach(to, today)
        || !(0..LONGEST_CLOSURE_DAYS).contains(&length)
    {
        return None;
    }
    Some(from.iter_days().take(length as usize + 1).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The days a form typing `from` and `to` would close.
    fn closure(from: &str, to: &str, today: NaiveDate) -> Option<Vec<NaiveDate>> {
        let to = match to {
            "" => None,
            to => Some(parse_day(to)?),
        };
        closure_days(parse_day(from)?, to, today)
    }

    #[test]
    fn a_closure_is_a_short_range_from_today_on() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let days = closure("2026-12-16", "2026-12-17", today).unwrap();
        assert_eq!(days.len(), 2);
        assert_eq!(closure("2026-12-16", "", today).unwrap().len(), 1);
        assert_eq!(closure("2026-11-30", "", today), None, "in the past");
        assert_eq!(
            closure("2026-12-17", "2026-12-16", today),
            None,
            "backwards"
        );
        assert_eq!(closure("2026-12-01", "2027-03-01", today), None, "too long");
        assert_eq!(closure("16.12.2026", "", today), None);
        assert_eq!(closure("2029-01-01", "", today), None, "too far");
        assert_eq!(
            closure("+262142-12-30", "+262142-12-31", today),
            None,
            "the end of the calendar"
        );
    }
}
