//! Weekly opening hours in OpenStreetMap `opening_hours` syntax, evaluated
//! in a site's local time by the `opening-hours` crate.

use crate::domain::bookings::calendar::{ends_in_evening, is_weekend};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use opening_hours::localization::Country;
use opening_hours::{Context, OpeningHours, RuleKind};

#[derive(Clone)]
pub struct Hours {
    raw: String,
    rules: OpeningHours,
}

impl std::fmt::Debug for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hours({:?})", self.raw)
    }
}

impl PartialEq for Hours {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

/// An opening interval within one local day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalInterval {
    pub start: NaiveTime,
    /// `None` when the interval runs to midnight.
    pub end: Option<NaiveTime>,
}

impl LocalInterval {
    pub fn reaches_evening(&self) -> bool {
        ends_in_evening(self.end)
    }
}

/// What the rules say of one local day.
#[derive(Clone, Debug, PartialEq)]
pub enum Day {
    Unknown,
    Closed,
    Open(Vec<LocalInterval>),
}

/// Whether a site opens in the evening or at the weekend in the coming week.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WeekFacts {
    pub evening: bool,
    pub weekend: bool,
}

/// What says a site's opening day by day: its [`Hours`], or the days a
/// directory build worked out from them ([`crate::domain::index::directory::Directory::opening`]).
pub trait Opening {
    fn day(&self, date: NaiveDate) -> Day;
}

impl Opening for Hours {
    fn day(&self, date: NaiveDate) -> Day {
        Hours::day(self, date)
    }
}

impl Hours {
    pub fn parse(raw: &str) -> Result<Hours, String> {
        let raw = raw.trim();
        let rules = raw
            .parse::<OpeningHours>()
            .map_err(|error| error.to_string())?;
        Ok(Hours {
            raw: raw.to_string(),
            rules,
        })
    }

    /// The same rules, with `PH` meaning the public holidays of `country`
    /// (ISO 3166-1 alpha-2; the `opening-hours` crate ships the calendar).
    pub fn with_public_holidays(self, country: &str) -> Hours {
        match country.parse::<Country>() {
            Ok(country) => Hours {
                rules: self
                    .rules
                    .with_context(Context::default().with_holidays(country.holidays())),
                raw: self.raw,
            },
            Err(_) => self,
        }
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// Open at this local date and time.
    pub fn is_open(&self, local: NaiveDateTime) -> bool {
        self.rules.is_open(local)
    }

    /// The opening intervals of one local day.
    pub fn day(&self, date: NaiveDate) -> Day {
        let from = date.and_time(NaiveTime::MIN);
        let to = from + Duration::days(1);
        let mut open = vec![];
        let mut unknown = false;
        for range in self.rules.iter_range(from, to) {
            match range.kind {
                RuleKind::Open => open.push(LocalInterval {
                    start: range.range.start.time(),
                    end: (range.range.end < to).then(|| range.range.end.time()),
                }),
                RuleKind::Unknown => unknown = true,
                RuleKind::Closed => {}
            }
        }
        match (open.is_empty(), unknown) {
            (false, _) => Day::Open(open),
            (true, true) => Day::Unknown,
            (true, false) => Day::Closed,
        }
    }

    /// Evening and weekend opening over the seven days from `today`.
    pub fn week_facts(&self, today: NaiveDate) -> WeekFacts {
        week_facts(self, today)
    }
}

/// Evening and weekend opening over the seven days from `today`, as
/// `opening` tells the days.
pub fn week_facts(opening: &impl Opening, today: NaiveDate) -> WeekFacts {
    let mut facts = WeekFacts::default();
    for date in today.iter_days().take(7) {
        if let Day::Open(intervals) = opening.day(date) {
            facts.evening |= intervals.iter().any(LocalInterval::reaches_evening);
            facts.weekend |= is_weekend(date);
        }
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn several_intervals_a_day_are_kept_apart() {
        let hours = Hours::parse("Mo-Fr 09:00-13:00,14:00-20:00; Sa 10:00-16:00").unwrap();
        // 2026-11-23 is a Monday.
        assert_eq!(
            hours.day(date("2026-11-23")),
            Day::Open(vec![
                LocalInterval {
                    start: time(9, 0),
                    end: Some(time(13, 0))
                },
                LocalInterval {
                    start: time(14, 0),
                    end: Some(time(20, 0))
                },
            ])
        );
        assert_eq!(hours.day(date("2026-11-29")), Day::Closed);
        assert!(hours.is_open(date("2026-11-23").and_time(time(19, 59))));
        assert!(!hours.is_open(date("2026-11-23").and_time(time(13, 30))));
    }

    #[test]
    fn evening_means_open_after_six_and_weekend_means_saturday_or_sunday() {
        let office = Hours::parse("Mo-Fr 09:00-18:00").unwrap();
        assert_eq!(
            office.week_facts(date("2026-11-23")),
            WeekFacts {
                evening: false,
                weekend: false
            }
        );
        let late = Hours::parse("Tu,Th 17:00-22:00").unwrap();
        assert_eq!(
            late.week_facts(date("2026-11-23")),
            WeekFacts {
                evening: true,
                weekend: false
            }
        );
        let saturday = Hours::parse("Sa 10:00-16:00").unwrap();
        assert_eq!(
            saturday.week_facts(date("2026-11-23")),
            WeekFacts {
                evening: false,
                weekend: true
            }
        );
    }

    #[test]
    fn an_interval_to_midnight_has_no_end_time() {
        let hours = Hours::parse("Mo-Su 20:00-24:00").unwrap();
        assert_eq!(
            hours.day(date("2026-11-23")),
            Day::Open(vec![LocalInterval {
                start: time(20, 0),
                end: None
            }])
        );
    }

    #[test]
    fn ph_off_closes_on_kazakhstan_public_holidays() {
        let hours = Hours::parse("Mo-Fr 09:00-18:00; PH off")
            .unwrap()
            .with_public_holidays("KZ");
        // 16 December, Independence Day, is a Wednesday in 2026.
        assert_eq!(hours.day(date("2026-12-16")), Day::Closed);
        assert!(matches!(hours.day(date("2026-12-15")), Day::Open(_)));
    }

    #[test]
    fn nonsense_is_refused_with_a_reason() {
        assert!(Hours::parse("whenever we feel like it").is_err());
    }
}
