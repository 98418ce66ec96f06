//! A site's opening day by day, worked out once per directory build for the
//! local days a search or a site page asks about (yesterday to a week
//! ahead), so that answering does not evaluate opening-hours rules again.

use crate::domain::sites::hours::{Day, Hours, LocalInterval, Opening, WeekFacts, week_facts};
use chrono::{Duration, NaiveDate, NaiveDateTime};

/// How many local days are kept, from the day before the build's.
const SPAN: u64 = 10;

pub struct SiteDays {
    first: NaiveDate,
    /// `SPAN` days from `first`; empty when the hours are unknown.
    days: Vec<Day>,
}

impl SiteDays {
    /// The days around `today` (the site's local date at the build).
    pub fn new(hours: Option<&Hours>, today: NaiveDate) -> SiteDays {
        let first = today - Duration::days(1);
        let days = match hours {
            None => vec![],
            Some(hours) => first
                .iter_days()
                .take(SPAN as usize)
                .map(|d| hours.day(d))
                .collect(),
        };
        SiteDays { first, days }
    }

    /// The site's opening on a local date: kept, or worked out now.
    pub fn day(&self, hours: Option<&Hours>, date: NaiveDate) -> Day {
        let Some(hours) = hours else {
            return Day::Unknown;
        };
        match self.kept(date) {
            Some(day) => day.clone(),
            None => hours.day(date),
        }
    }

    /// Open at this local date and time (as [`Hours::is_open`]).
    pub fn is_open(&self, hours: Option<&Hours>, local: NaiveDateTime) -> bool {
        let Some(hours) = hours else {
            return false;
        };
        match self.kept(local.date()) {
            Some(Day::Open(intervals)) => intervals.iter().any(|i| covers(i, local)),
            Some(_) => false,
            None => hours.is_open(local),
        }
    }

    /// Evening and weekend opening over the seven days from `today` (all
    /// kept), without evaluating the rules again.
    pub fn week_facts(&self, today: NaiveDate) -> WeekFacts {
        week_facts(&KeptOnly(self), today)
    }

    fn kept(&self, date: NaiveDate) -> Option<&Day> {
        let offset = (date - self.first).num_days();
        usize::try_from(offset).ok().and_then(|i| self.days.get(i))
    }
}

/// The kept days alone; a day not kept is unknown.
struct KeptOnly<'a>(&'a SiteDays);

impl Opening for KeptOnly<'_> {
    fn day(&self, date: NaiveDate) -> Day {
        self.0.kept(date).cloned().unwrap_or(Day::Unknown)
    }
}

fn covers(interval: &LocalInterval, local: NaiveDateTime) -> bool {
    let time = local.time();
    interval.start <= time && interval.end.is_none_or(|end| time < end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const HOURS: &[&str] = &[
        "Mo-Fr 09:00-18:00",
        "Mo-Fr 09:00-13:00,14:00-21:30; Sa 10:00-14:00",
        "24/7",
        "Fr 22:00-02:00",
        "Mo-Su 08:00-20:00; PH off",
        "Tu,Th 17:00-24:00",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Kept days answer exactly as the rules do, inside the window and
        /// out of it.
        #[test]
        fn kept_days_agree_with_the_rules(
            which in 0..HOURS.len(),
            day in -3i64..14,
            minute in 0u32..1440,
        ) {
            let hours = Hours::parse(HOURS[which]).unwrap();
            let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
            let days = SiteDays::new(Some(&hours), today);
            let date = today + Duration::days(day);
            let local = date.and_hms_opt(minute / 60, minute % 60, 0).unwrap();
            prop_assert_eq!(days.is_open(Some(&hours), local), hours.is_open(local), "{} at {}", HOURS[which], local);
            prop_assert_eq!(days.day(Some(&hours), date), hours.day(date));
            prop_assert_eq!(days.week_facts(today), hours.week_facts(today));
        }
    }

    #[test]
    fn unknown_hours_are_never_open() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let days = SiteDays::new(None, today);
        assert_eq!(days.day(None, today), Day::Unknown);
        assert!(!days.is_open(None, today.and_hms_opt(12, 0, 0).unwrap()));
    }
}
