//! Bookable slots: a site's opening hours cut into appointments of a fixed
//! length in its own time zone, as UTC instants.

use crate::domain::sites::hours::{Day, Opening};
use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use vocabulary::limits;

/// How a site turns its hours into appointments.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlotRules {
    pub length: Duration,
    /// People per slot.
    pub capacity: u32,
    /// How long before a slot booking closes.
    pub min_notice: Duration,
    /// How many days ahead (from today, local time) slots can be booked.
    pub max_days_ahead: u32,
}

impl SlotRules {
    /// The rules the hours form offers a site that has none yet:
    /// 30-minute slots for one person, from an hour to two weeks ahead.
    pub const DEFAULT: SlotRules = SlotRules {
        length: Duration::minutes(30),
        capacity: 1,
        min_notice: Duration::hours(1),
        max_days_ahead: 14,
    };

    /// The rules of the demo sites: the default, for two people a slot.
    pub const DEMO: SlotRules = SlotRules {
        capacity: 2,
        ..SlotRules::DEFAULT
    };
}

impl SlotRules {
    /// Rules of `slot_minutes` a slot, `capacity` people a slot,
    /// `notice_hours` of notice and `days_ahead` days ahead, if each is in
    /// its range ([`vocabulary::limits`]).
    pub fn new(
        slot_minutes: u32,
        capacity: u32,
        notice_hours: u32,
        days_ahead: u32,
    ) -> Option<SlotRules> {
        let within = |n: u32, range: std::ops::RangeInclusive<u32>| range.contains(&n).then_some(n);
        Some(SlotRules {
            length: Duration::minutes(within(slot_minutes, limits::SLOT_MINUTES)?.into()),
            capacity: within(capacity, limits::SLOT_CAPACITY)?,
            min_notice: Duration::hours(within(notice_hours, limits::NOTICE_HOURS)?.into()),
            max_days_ahead: within(days_ahead, limits::DAYS_AHEAD)?,
        })
    }
}

/// One appointment time. `start` identifies the slot within its site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Slot {
    /// The slot's start on the site's wall clock.
    pub fn local_start(&self, tz: Tz) -> NaiveDateTime {
        self.start.with_timezone(&tz).naive_local()
    }
}

/// The slots of the local days `from ..= from + days - 1` that can still be
/// booked at `now`. A slot lies wholly inside one opening interval; slots
/// that would straddle a clock change (so last longer or shorter than
/// `rules.length`) are left out, and so are local times that do not exist.
pub fn slots(
    hours: &impl Opening,
    tz: Tz,
    rules: &SlotRules,
    from: NaiveDate,
    days: u32,
    now: DateTime<Utc>,
) -> Vec<Slot> {
    if rules.length <= Duration::zero() {
        return vec![];
    }
    let today = now.with_timezone(&tz).date_naive();
    let last_day = today + Duration::days(i64::from(rules.max_days_ahead));
    let earliest_start = now + rules.min_notice;
    let mut found = vec![];
    for date in from
        .iter_days()
        .take(days as usize)
        .take_while(|d| *d <= last_day)
    {
        let Day::Open(intervals) = hours.day(date) else {
            continue;
        };
        for interval in intervals {
            let mut cursor = date.and_time(interval.start);
            let limit = match interval.end {
                Some(end) => date.and_time(end),
                None => (date + Duration::days(1)).and_time(NaiveTime::MIN),
            };
            while cursor + rules.length <= limit {
                if let (Some(start), Some(end)) =
                    (to_utc(tz, cursor), to_utc(tz, cursor + rules.length))
                    && end - start == rules.length
                    && start >= earliest_start
                {
                    found.push(Slot { start, end });
                }
                cursor += rules.length;
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// A wall-clock time as a UTC instant: the earlier one when the clock was
/// turned back, none when it was skipped.
fn to_utc(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sites::hours::Hours;
    use proptest::prelude::*;

    fn rules(minutes: i64) -> SlotRules {
        SlotRules {
            length: Duration::minutes(minutes),
            capacity: 2,
            min_notice: Duration::zero(),
            max_days_ahead: 10_000,
        }
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn long_ago() -> DateTime<Utc> {
        "2000-01-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn intervals_are_cut_into_whole_slots() {
        let hours = Hours::parse("Mo 09:00-10:40,18:00-19:00").unwrap();
        let tz: Tz = "Asia/Almaty".parse().unwrap();
        let found = slots(&hours, tz, &rules(30), date("2026-11-23"), 1, long_ago());
        let local: Vec<String> = found
            .iter()
            .map(|s| s.local_start(tz).format("%H:%M").to_string())
            .collect();
        assert_eq!(local, ["09:00", "09:30", "10:00", "18:00", "18:30"]);
        assert_eq!(
            found[0].start.to_rfc3339(),
            "2026-11-23T04:00:00+00:00",
            "Kazakhstan is UTC+5"
        );
    }

    #[test]
    fn kazakhstan_moved_to_utc_plus_5_on_1_march_2024() {
        let hours = Hours::parse("Mo-Su 10:00-10:30").unwrap();
        let tz: Tz = "Asia/Almaty".parse().unwrap();
        let found = slots(&hours, tz, &rules(30), date("2024-02-29"), 2, long_ago());
        let utc: Vec<String> = found.iter().map(|s| s.start.to_rfc3339()).collect();
        assert_eq!(
            utc,
            ["2024-02-29T04:00:00+00:00", "2024-03-01T05:00:00+00:00"]
        );
    }

    #[test]
    fn berlin_slots_keep_their_local_time_across_daylight_saving() {
        let hours = Hours::parse("Sa,Su 10:00-10:30").unwrap();
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let spring = slots(&hours, tz, &rules(30), date("2026-03-28"), 2, long_ago());
        let utc: Vec<String> = spring.iter().map(|s| s.start.to_rfc3339()).collect();
        assert_eq!(
            utc,
            ["2026-03-28T09:00:00+00:00", "2026-03-29T08:00:00+00:00"]
        );
    }

    #[test]
    fn a_slot_across_a_clock_change_is_left_out() {
        // Berlin skips 02:00-03:00 on 2026-03-29 and repeats 02:00-03:00 on 2026-10-25.
        let hours = Hours::parse("Su 01:00-04:00").unwrap();
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        for day in ["2026-03-29", "2026-10-25"] {
            let found = slots(&hours, tz, &rules(60), date(day), 1, long_ago());
            assert!(
                found
                    .iter()
                    .all(|s| s.end - s.start == Duration::minutes(60))
            );
            assert!(found.len() < 3, "{day}: {found:?}");
        }
    }

    #[test]
    fn notice_and_booking_window_are_respected() {
        let hours = Hours::parse("Mo-Su 09:00-18:00").unwrap();
        let tz: Tz = "Asia/Almaty".parse().unwrap();
        // 12:10 local time on Monday 2026-11-23.
        let now: DateTime<Utc> = "2026-11-23T07:10:00Z".parse().unwrap();
        let rules = SlotRules {
            min_notice: Duration::hours(1),
            max_days_ahead: 1,
            ..rules(60)
        };
        let found = slots(&hours, tz, &rules, date("2026-11-23"), 5, now);
        assert_eq!(
            found
                .first()
                .unwrap()
                .local_start(tz)
                .format("%d %H:%M")
                .to_string(),
            "23 14:00"
        );
        assert_eq!(
            found
                .last()
                .unwrap()
                .local_start(tz)
                .format("%d %H:%M")
                .to_string(),
            "24 17:00"
        );
    }

    fn hours_text() -> impl Strategy<Value = String> {
        let days = prop::sample::select(vec!["Mo-Fr", "Sa,Su", "Mo-Su", "Tu,Th", "Su", "Mo,We,Fr"]);
        let interval = (
            0u32..23,
            1u32..6,
            prop::sample::select(vec![0u32, 15, 30, 45]),
        )
            .prop_map(|(start, len, minute)| {
                let end = (start + len).min(24);
                format!("{start:02}:{minute:02}-{end:02}:00")
            });
        (
            days,
            prop::collection::vec(interval, 1..3),
            prop::option::of(1u32..28),
        )
            .prop_map(|(days, intervals, closed_day)| {
                let mut text = format!("{days} {}", intervals.join(","));
                if let Some(day) = closed_day {
                    text.push_str(&format!("; 2026 Mar {day:02} off"));
                }
                text
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn slots_lie_in_opening_hours_never_overlap_and_last_their_length(
            text in hours_text(),
            zone in prop::sample::select(vec!["Asia/Almaty", "Asia/Aqtobe", "Europe/Berlin", "America/New_York"]),
            start_day in 0i64..1500,
            days in 1u32..10,
            minutes in prop::sample::select(vec![15i64, 20, 30, 45, 60]),
        ) {
            let Ok(hours) = Hours::parse(&text) else { return Ok(()) };
            let tz: Tz = zone.parse().unwrap();
            let from = date("2023-01-01") + Duration::days(start_day);
            let found = slots(&hours, tz, &rules(minutes), from, days, long_ago());
            for pair in found.windows(2) {
                prop_assert!(pair[0].end <= pair[1].start, "overlap: {pair:?}");
            }
            for slot in &found {
                prop_assert_eq!(slot.end - slot.start, Duration::minutes(minutes));
                let local_start = slot.local_start(tz);
                let local_last_minute = (slot.end - Duration::minutes(1)).with_timezone(&tz).naive_local();
                prop_assert!(hours.is_open(local_start), "{text}: closed at {local_start}");
                prop_assert!(hours.is_open(local_last_minute), "{text}: closed at {local_last_minute}");
                prop_assert!(local_start.date() >= from && local_start.date() < from + Duration::days(days.into()));
            }
        }
    }
}
