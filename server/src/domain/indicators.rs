//! The report card's indicators: counts per site, service and week or
//! month. Built from facts that carry no nickname and no code, so nothing
//! here can name anyone.

use super::booking_status::BookingStatus;
use super::calendar::{is_weekend, reaches_evening};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use std::collections::BTreeMap;

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
    /// Booked by an outreach worker for a client.
    pub referred: bool,
}

impl BookingFact {
    /// A slot that ends after 18:00 or falls on a Saturday or Sunday.
    fn evening_or_weekend(&self) -> bool {
        reaches_evening(self.start, self.end) || is_weekend(self.start.date())
    }

    fn came(&self) -> bool {
        self.status.came()
    }
}

/// One person seen without a booking, in the site's local time.
#[derive(Clone, Debug, PartialEq)]
pub struct WalkInFact {
    pub site_id: String,
    pub service: Option<String>,
    pub at: NaiveDateTime,
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
    fn add_booking(&mut self, fact: &BookingFact) {
        self.bookings += 1;
        match fact.status {
            BookingStatus::NoShow => self.noshow += 1,
            BookingStatus::Cancelled => self.cancelled += 1,
            _ => {}
        }
        if fact.came() {
            self.arrived += 1;
        }
        if fact.status != BookingStatus::Cancelled {
            self.kept += 1;
            if fact.evening_or_weekend() {
                self.evening_or_weekend += 1;
            }
        }
        if fact.referred {
            self.referred += 1;
            if fact.came() {
                self.referred_arrived += 1;
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
/// and service.
pub fn tally(period: Period, bookings: &[BookingFact], walk_ins: &[WalkInFact]) -> Vec<Row> {
    type Key = (std::cmp::Reverse<NaiveDate>, String, Option<String>);
    let mut rows: BTreeMap<Key, Counts> = BTreeMap::new();
    for fact in bookings {
        let key = (
            std::cmp::Reverse(period.start_of(fact.start.date())),
            fact.site_id.clone(),
            fact.service.clone(),
        );
        rows.entry(key).or_default().add_booking(fact);
    }
    for fact in walk_ins {
        let key = (
            std::cmp::Reverse(period.start_of(fact.at.date())),
            fact.site_id.clone(),
            fact.service.clone(),
        );
        rows.entry(key).or_default().walk_ins += 1;
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
            referred,
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
        let walk_in = WalkInFact {
            site_id: "a".into(),
            service: Some("hiv_test".into()),
            at: at("2026-11-18", "09:00"),
        };
        let rows = tally(Period::Week, &bookings, &[walk_in]);
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
        let rows = tally(Period::Week, &bookings, &[]);
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
            &[booking("2026-11-17", "18:00", "18:30", "arrived", true)],
            &[],
        );
        let csv = to_csv(Period::Month, &rows);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("period,period_start,site_id,service,bookings"));
        assert_eq!(lines[1], "month,2026-11-01,a,hiv_test,1,1,0,0,1,100,1,1,0");
    }
}
