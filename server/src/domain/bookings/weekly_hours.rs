//! Opening hours as staff type them into a form, a week at a time, turned
//! into OpenStreetMap `opening_hours` syntax (and back, for the form).

use crate::domain::sites::hours::{Day, Hours};
use chrono::{Datelike, NaiveDate, NaiveTime};
use std::fmt::Write;

/// Intervals a form offers per day.
pub use vocabulary::limits::INTERVALS_PER_DAY;
const WEEKDAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Each weekday's opening intervals, Monday first; a day without any is
/// closed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeeklyHours {
    pub days: [Vec<(NaiveTime, NaiveTime)>; 7],
}

/// Why a week typed into the form was refused; each names the weekday
/// (1 = Monday).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WeeklyHoursError {
    /// Not a time like 09:30.
    BadTime(u8),
    /// An interval's end is not after its start, or only one end is given.
    BadInterval(u8),
    /// Two intervals of a day overlap.
    Overlap(u8),
}

impl WeeklyHoursError {
    pub fn weekday(&self) -> u8 {
        match self {
            WeeklyHoursError::BadTime(d)
            | WeeklyHoursError::BadInterval(d)
            | WeeklyHoursError::Overlap(d) => *d,
        }
    }

    /// The translation key explaining the error.
    pub fn message_key(&self) -> &'static str {
        match self {
            WeeklyHoursError::BadTime(_) => "portal-hours-bad-time",
            WeeklyHoursError::BadInterval(_) => "portal-hours-bad-interval",
            WeeklyHoursError::Overlap(_) => "portal-hours-overlap",
        }
    }
}

impl WeeklyHours {
    /// Reads a week as typed into the hours form: Monday first, each day's
    /// (from, to) pairs of "HH:MM"; pairs with both ends empty are skipped.
    pub fn parse(typed: &[Vec<(String, String)>]) -> Result<WeeklyHours, WeeklyHoursError> {
        let mut week = WeeklyHours::default();
        for ((index, day), pairs) in week.days.iter_mut().enumerate().zip(typed) {
            let weekday = index as u8 + 1;
            for (from, to) in pairs {
                let (from, to) = (from.trim(), to.trim());
                match (from.is_empty(), to.is_empty()) {
                    (true, true) => continue,
                    (false, false) => {}
                    _ => return Err(WeeklyHoursError::BadInterval(weekday)),
                }
                let parse = |t: &str| {
                    NaiveTime::parse_from_str(t, "%H:%M")
                        .map_err(|_| WeeklyHoursError::BadTime(weekday))
                };
                let (from, to) = (parse(from)?, parse(to)?);
                if to <= from {
                    return Err(WeeklyHoursError::BadInterval(weekday));
                }
                day.push((from, to));
            }
            day.sort();
            if day.windows(2).any(|pair| pair[1].0 < pair[0].1) {
                return Err(WeeklyHoursError::Overlap(weekday));
            }
        }
        Ok(week)
    }

    /// The week in `opening_hours` syntax, e.g. `Mo 09:00-13:00,14:00-20:00;
    /// Sa 10:00-16:00`; `off` when every day is closed.
    pub fn to_osm(&self) -> String {
        let mut rules = vec![];
        for (weekday, intervals) in WEEKDAYS.iter().zip(&self.days) {
            if intervals.is_empty() {
                continue;
            }
            let mut rule = format!("{weekday} ");
            for (i, (from, to)) in intervals.iter().enumerate() {
                if i > 0 {
                    rule.push(',');
                }
                let _ = write!(rule, "{}-{}", from.format("%H:%M"), to.format("%H:%M"));
            }
            rules.push(rule);
        }
        if rules.is_empty() {
            "off".to_string()
        } else {
            rules.join("; ")
        }
    }

    /// What `hours` give on each weekday of the week starting `from` (for
    /// filling in the form). Intervals running to midnight end at 23:59.
    pub fn from_hours(hours: &Hours, from: NaiveDate) -> WeeklyHours {
        let mut week = WeeklyHours::default();
        for date in from.iter_days().take(7) {
            if let Day::Open(intervals) = hours.day(date) {
                let day = &mut week.days[date.weekday().num_days_from_monday() as usize];
                for interval in intervals {
                    let end = interval.end.unwrap_or_else(|| {
                        NaiveTime::from_hms_opt(23, 59, 0).expect("a valid time")
                    });
                    day.push((interval.start, end));
                }
            }
        }
        week
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A week typed as `d{day}i{i}{end}` = value pairs.
    fn form(pairs: &[(&str, &str)]) -> Result<WeeklyHours, WeeklyHoursError> {
        let mut typed = vec![vec![(String::new(), String::new()); INTERVALS_PER_DAY]; 7];
        for (name, value) in pairs {
            let bytes = name.as_bytes();
            let (day, i) = ((bytes[1] - b'1') as usize, (bytes[3] - b'1') as usize);
            let pair = &mut typed[day][i];
            let end = if name.ends_with("from") {
                &mut pair.0
            } else {
                &mut pair.1
            };
            *end = value.to_string();
        }
        WeeklyHours::parse(&typed)
    }

    #[test]
    fn a_typed_week_becomes_opening_hours_that_parse_back_the_same() {
        let week = form(&[
            ("d1i1from", "09:00"),
            ("d1i1to", "13:00"),
            ("d1i2from", "14:00"),
            ("d1i2to", "20:00"),
            ("d6i1from", "18:00"),
            ("d6i1to", "22:30"),
        ])
        .unwrap();
        let osm = week.to_osm();
        assert_eq!(osm, "Mo 09:00-13:00,14:00-20:00; Sa 18:00-22:30");
        let hours = Hours::parse(&osm).unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(WeeklyHours::from_hours(&hours, monday), week);
        assert_eq!(WeeklyHours::default().to_osm(), "off");
        assert!(Hours::parse("off").is_ok());
    }

    #[test]
    fn impossible_weeks_are_refused_naming_the_day() {
        assert_eq!(
            form(&[("d2i1from", "9am"), ("d2i1to", "10:00")]),
            Err(WeeklyHoursError::BadTime(2))
        );
        assert_eq!(
            form(&[("d3i1from", "10:00"), ("d3i1to", "09:00")]),
            Err(WeeklyHoursError::BadInterval(3))
        );
        assert_eq!(
            form(&[("d4i1from", "10:00")]),
            Err(WeeklyHoursError::BadInterval(4))
        );
        assert_eq!(
            form(&[
                ("d7i1from", "10:00"),
                ("d7i1to", "14:00"),
                ("d7i2from", "13:00"),
                ("d7i2to", "15:00")
            ]),
            Err(WeeklyHoursError::Overlap(7))
        );
    }
}
