//! When visitors' "it is closed" reports put "reported closed" on a
//! site's page, and how many reports a site takes a day. One visitor, or
//! one hostile page that makes its visitors post, must not be able to mark
//! clinics closed: the page says so only when at least
//! [`CLOSED_SENDERS`] different clients reported it on at least
//! [`CLOSED_DAYS`] different days, or a coordinator confirmed a report.

/// Different clients (IPv4 address, IPv6 /64) whose open "closed" reports
/// it takes.
pub const CLOSED_SENDERS: u32 = 3;

/// Different days those reports must fall on.
pub const CLOSED_DAYS: u32 = 2;

/// Reports a site takes on one (local) day; beyond, a report is thanked
/// for and not stored. A real closure is reported by a handful of people;
/// ten a day leaves room for them and keeps a flood out of the queue.
pub const REPORTS_PER_SITE_DAY: u32 = 10;

/// What a site's open "closed" reports add up to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClosedReports {
    /// The day of the first of them (YYYY-MM-DD), if any.
    pub first_day: Option<String>,
    /// Different senders among them.
    pub senders: u32,
    /// Different days among them.
    pub days: u32,
    /// A coordinator confirmed one of them.
    pub confirmed: bool,
}

impl ClosedReports {
    /// The day the page says the site was reported closed on, when the
    /// reports are enough to say so.
    pub fn banner_since(&self) -> Option<&str> {
        let enough = self.senders >= CLOSED_SENDERS && self.days >= CLOSED_DAYS;
        (enough || self.confirmed)
            .then_some(self.first_day.as_deref())
            .flatten()
    }
}

/// Whether a site that took `today` reports today takes one more.
pub fn takes_another(today: u32) -> bool {
    today < REPORTS_PER_SITE_DAY
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reports(senders: u32, days: u32, confirmed: bool) -> ClosedReports {
        ClosedReports {
            first_day: Some("2026-12-01".into()),
            senders,
            days,
            confirmed,
        }
    }

    #[test]
    fn the_banner_needs_three_senders_on_two_days_or_a_coordinator() {
        assert_eq!(reports(1, 1, false).banner_since(), None);
        assert_eq!(reports(2, 2, false).banner_since(), None);
        assert_eq!(reports(5, 1, false).banner_since(), None, "one day");
        assert_eq!(reports(3, 2, false).banner_since(), Some("2026-12-01"));
        assert_eq!(reports(0, 1, true).banner_since(), Some("2026-12-01"));
        assert_eq!(ClosedReports::default().banner_since(), None);
    }

    #[test]
    fn a_site_takes_ten_reports_a_day() {
        assert!(takes_another(0));
        assert!(takes_another(REPORTS_PER_SITE_DAY - 1));
        assert!(!takes_another(REPORTS_PER_SITE_DAY));
    }
}
