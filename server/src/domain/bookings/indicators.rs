//! The report card's indicators: counts per site, service and week or
//! month. Built from facts that carry no nickname and no code, so nothing
//! here can name anyone.

use super::booking_status::BookingStatus;
use super::calendar::{is_weekend, reaches_evening};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use std::collections::{BTreeMap, HashMap};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Week,
    Month,
}

impl Period {
    pub fn from_code(code: &str) -> Option<Period> {
        match code {
            "week" => Some(Period::Week),
            "month" => Some(Period::Month),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    /// The first day of the period holding `day`: its Monday, or the 1st.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Period::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The first day of the period `count` periods before the one holding
    /// `day`.
    pub fn periods_back(self, day: NaiveDate, count: u32) -> NaiveDate {
        let start = self.start_of(day);
        match self {
            Period::Week => start - Duration::weeks(i64::from(count)),
            Period::Month => start
                .checked_sub_months(chrono::Months::new(count))
                .unwrap_or(start),
        }
    }
}

/// One booking, in its site's local time.
#[derive(Clone, Debug, PartialEq)]
pub struct BookingFact {
    pub site_id: String,
    pub service: Option<String>,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub status: BookingStatus,
    /// The outreach organisation that booked it for a client, if any.
    pub referral_org_id: Option<i64>,
}

impl BookingFact {
    /// What the counts keep of it: its local day (of the slot's start),
    /// whether the slot ends after 18:00 or falls on a Saturday or Sunday,
    /// and no time.
    pub fn key(&self) -> BookingKey {
        BookingKey {
            day: self.start.date(),
            site_id: self.site_id.clone(),
            service: self.service.clone(),
            status: self.status,
            evening_or_weekend: reaches_evening(self.start, self.end)
                || is_weekend(self.start.date()),
            referral_org_id: self.referral_org_id,
        }
    }
}

/// A booking as the counts keep it once its day is over: bookings with
/// the same key are told apart by nothing but their number.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BookingKey {
    pub day: NaiveDate,
    pub site_id: String,
    pub service: Option<String>,
    pub status: BookingStatus,
    pub evening_or_weekend: bool,
    pub referral_org_id: Option<i64>,
}

/// How many bookings share one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingCount {
    pub key: BookingKey,
    pub count: u32,
}

/// The bookings as counts, one per key (in no particular order).
pub fn count_bookings<'a>(facts: impl IntoIterator<Item = &'a BookingFact>) -> Vec<BookingCount> {
    let mut counts: HashMap<BookingKey, u32> = HashMap::new();
    for fact in facts {
        *counts.entry(fact.key()).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(key, count)| BookingCount { key, count })
        .collect()
}

/// People seen without a booking at one site, for one service, on one
/// local day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkInCount {
    pub day: NaiveDate,
    pub site_id: String,
    pub service: Option<String>,
    pub count: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Every booking made, whatever became of it.
    pub bookings: u32,
    /// Arrived or seen.
    pub arrived: u32,
    pub noshow: u32,
    pub cancelled: u32,
    /// Bookings not cancelled, and those of them at evening or weekend times.
    pub kept: u32,
    pub evening_or_weekend: u32,
    /// Outreach referrals booked, and those that arrived.
    pub referred: u32,
    pub referred_arrived: u32,
    pub walk_ins: u32,
}

impl Counts {
    fn add_bookings(&mut self, key: &BookingKey, count: u32) {
        self.bookings += count;
        match key.status {
            BookingStatus::NoShow => self.noshow += count,
            BookingStatus::Cancelled => self.cancelled += count,
            _ => {}
        }
        let came = key.status.came();
        if came {
            self.arrived += count;
        }
        if key.status != BookingStatus::Cancelled {
            self.kept += count;
            if key.evening_or_weekend {
                self.evening_or_weekend += count;
            }
        }
        if key.referral_org_id.is_some() {
            self.referred += count;
            if came {
                self.referred_arrived += count;
            }
        }
    }

    fn add(&mut self, other: &Counts) {
        self.bookings += other.bookings;
        self.arrived += other.arrived;
        self.noshow += other.noshow;
        self.cancelled += other.cancelled;
        self.kept += other.kept;
        self.evening_or_weekend += other.evening_or_weekend;
        self.referred += other.referred;
        self.referred_arrived += other.referred_arrived;
        self.walk_ins += other.walk_ins;
    }

    /// The share of kept bookings at evening or weekend times, in whole
    /// percent; `None` when no booking was kept.
    pub fn evening_or_weekend_percent(&self) -> Option<u32> {
        (self.kept > 0).then(|| (self.evening_or_weekend * 100 + self.kept / 2) / self.kept)
    }
}

/// The counts of one site, service and period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub period_start: NaiveDate,
    pub site_id: String,
    /// A service code; `None` when the client did not say.
    pub service: Option<String>,
    pub counts: Counts,
}

/// Counts per period, site and service: newest period first, then by site
/// and service. Live bookings count here once [`count_bookings`] made them
/// counts, so a booking counts the same before and after its roll-up.
pub fn tally(period: Period, bookings: &[BookingCount], walk_ins: &[WalkInCount]) -> Vec<Row> {
    type Key = (std::cmp::Reverse<NaiveDate>, String, Option<String>);
    let mut rows: BTreeMap<Key, Counts> = BTreeMap::new();
    for booking in bookings {
        let key = (
            std::cmp::Reverse(period.start_of(booking.key.day)),
            booking.key.site_id.clone(),
            booking.key.service.clone(),
        );
        rows.entry(key)
            .or_default()
            .add_bookings(&booking.key, booking.count);
    }
    for walk_in in walk_ins {
        let key = (
            std::cmp::Reverse(period.start_of(walk_in.day)),
            walk_in.site_id.clone(),
            walk_in.service.clone(),
        );
        rows.entry(key).or_default().walk_ins += walk_in.count;
    }
    rows.into_iter()
        .map(|((start, site_id, service), counts)| Row {
            period_start: start.0,
            site_id,
            service,
            counts,
        })
        .collect()
}

/// All sites and services together, per period, oldest first (for a chart).
pub fn totals_by_period(rows: &[Row]) -> Vec<(NaiveDate, Counts)> {
    let mut totals: BTreeMap<NaiveDate, Counts> = BTreeMap::new();
    for row in rows {
        totals.entry(row.period_start).or_default().add(&row.counts);
    }
    totals.into_iter().collect()
}

/// The rows as CSV: counts and codes only.
pub fn to_csv(period: Period, rows: &[Row]) -> String {
    const IN_MEMORY: &str = "writing CSV text to memory cannot fail";
    let mut out = csv::Writer::from_writer(vec![]);
    out.write_record([
        "period",
        "period_start",
        "site_id",
        "service",
        "bookings",
        "arrived",
        "noshow",
        "cancelled",
        "evening_or_weekend",
        "evening_or_weekend_percent",
        "referred",
        "referred_arrived",
        "walk_ins",
    ])
    .expect(IN_MEMORY);
    for row in rows {
        let c = &row.counts;
        let numbers = [
            c.bookings,
            c.arrived,
            c.noshow,
            c.cancelled,
            c.evening_or_weekend,
        ]
        .map(|n| n.to_string());
        let mut record = vec![
            period.code().to_string(),
            row.period_start.to_string(),
            row.site_id.clone(),
            row.service.clone().unwrap_or_default(),
        ];
        record.extend(numbers);
        record.push(
            c.evening_or_weekend_percent()
                .map(|p| p.to_string())
                .unwrap_or_default(),
        );
        record.extend([c.referred, c.referred_arrived, c.walk_ins].map(|n| n.to_string()));
        out.write_record(&record).expect(IN_MEMORY);
    }
    String::from_utf8(out.into_inner().expect(IN_MEMORY)).expect(IN_MEMORY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    fn booking(date: &str, from: &str, to: &str, status: &str, referred: bool) -> BookingFact {
        BookingFact {
            site_id: "a".into(),
            service: Some("hiv_test".into()),
            start: at(date, from),
            end: at(date, to),
            status: BookingStatus::from_code(status).unwrap(),
            referral_org_id: referred.then_some(7),
        }
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(Period::Week.start_of(sunday).to_string(), "2026-11-16");
        assert_eq!(Period::Month.start_of(sunday).to_string(), "2026-11-01");
        assert_eq!(
            Period::Month.periods_back(sunday, 11).to_string(),
            "2025-12-01"
        );
        assert_eq!(
            Period::Week.periods_back(sunday, 2).to_string(),
            "2026-11-02"
        );
    }

    #[test]
    fn counts_follow_the_statuses_and_the_times() {
        // Tuesday 2026-11-17: a day slot and an evening slot; Saturday 21st.
        let bookings = [
            booking("2026-11-17", "10:00", "10:30", "fulfilled", false),
            booking("2026-11-17", "18:00", "18:30", "arrived", true),
            booking("2026-11-17", "11:00", "11:30", "noshow", true),
            booking("2026-11-21", "12:00", "12:30", "cancelled", false),
            booking("2026-11-21", "13:00", "13:30", "booked", false),
        ];
        let walk_in = WalkInCount {
            site_id: "a".into(),
            service: Some("hiv_test".into()),
            day: at("2026-11-18", "09:00").date(),
            count: 1,
        };
        let rows = tally(Period::Week, &count_bookings(&bookings), &[walk_in]);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].counts,
            Counts {
                bookings: 5,
                arrived: 2,
                noshow: 1,
                cancelled: 1,
                kept: 4,
                evening_or_weekend: 2,
                referred: 2,
                referred_arrived: 1,
                walk_ins: 1,
            }
        );
        assert_eq!(rows[0].counts.evening_or_weekend_percent(), Some(50));
    }

    #[test]
    fn rows_are_per_period_site_and_service_newest_first() {
        let mut other_site = booking("2026-11-17", "10:00", "10:30", "booked", false);
        other_site.site_id = "b".into();
        let mut no_service = booking("2026-11-17", "10:00", "10:30", "booked", false);
        no_service.service = None;
        let bookings = [
            booking("2026-11-03", "10:00", "10:30", "booked", false),
            other_site,
            no_service,
            booking("2026-11-17", "10:00", "10:30", "booked", false),
        ];
        let rows = tally(Period::Week, &count_bookings(&bookings), &[]);
        let keys: Vec<_> = rows
            .iter()
            .map(|r| {
                (
                    r.period_start.to_string(),
                    r.site_id.as_str(),
                    r.service.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            keys,
            [
                ("2026-11-16".to_string(), "a", None),
                ("2026-11-16".to_string(), "a", Some("hiv_test")),
                ("2026-11-16".to_string(), "b", Some("hiv_test")),
                ("2026-11-02".to_string(), "a", Some("hiv_test")),
            ]
        );
        let totals = totals_by_period(&rows);
        assert_eq!(totals.len(), 2);
        assert_eq!(totals[1].1.bookings, 3);
    }

    #[test]
    fn the_csv_has_a_header_and_one_line_per_row() {
        let rows = tally(
            Period::Month,
            &count_bookings(&[booking("2026-11-17", "18:00", "18:30", "arrived", true)]),
            &[],
        );
        let csv = to_csv(Period::Month, &rows);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("period,period_start,site_id,service,bookings"));
        assert_eq!(lines[1], "month,2026-11-01,a,hiv_test,1,1,0,0,1,100,1,1,0");
    }

    mod rolled_up {
        use super::*;
        use proptest::prelude::*;

        fn fact() -> impl Strategy<Value = BookingFact> {
            (0..2usize, 0..3usize, 0..70i64, 8..22u32, 0..5usize, 0..3i64).prop_map(
                |(site, service, day, hour, status, org)| {
                    let start = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Duration::days(day);
                    let start = start.and_hms_opt(hour, 30, 0).unwrap();
                    BookingFact {
                        site_id: ["a", "b"][site].into(),
                        service: [None, Some("prep"), Some("pep")][service].map(String::from),
                        start,
                        end: start + Duration::minutes(30),
                        status: BookingStatus::ALL[status],
                        referral_org_id: (org > 0).then_some(org),
                    }
                },
            )
        }

        proptest! {
            /// Whichever bookings were already rolled up into counts (the
            /// first `split`), the indicators are those of one row each.
            #[test]
            fn rows_and_counts_of_the_same_bookings_tally_alike(
                facts in proptest::collection::vec(fact(), 0..80),
                split in 0..80usize,
                week in any::<bool>(),
            ) {
                let period = if week { Period::Week } else { Period::Month };
                let one_each: Vec<BookingCount> = facts
                    .iter()
                    .map(|f| BookingCount { key: f.key(), count: 1 })
                    .collect();
                let (rolled, live) = facts.split_at(split.min(facts.len()));
                let mut mixed = count_bookings(rolled);
                mixed.extend(count_bookings(live));
                prop_assert_eq!(tally(period, &mixed, &[]), tally(period, &one_each, &[]));
                let totals: u32 = count_bookings(&facts).iter().map(|c| c.count).sum();
                prop_assert_eq!(totals as usize, facts.len());
            }
        }
    }
}
