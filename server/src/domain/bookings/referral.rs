//! What an outreach organisation sees of its referrals: counts per site,
//! service and status, and a nickname only on a referral card made today
//! (to hand over), never on one of a past day.

use super::booking_status::BookingStatus;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// One site and service: how many referrals are in each status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferralTally {
    pub site_id: String,
    pub service: Option<String>,
    /// Per status, in [`BookingStatus::ALL`]'s order.
    pub by_status: [u32; BookingStatus::ALL.len()],
}

impl ReferralTally {
    pub fn total(&self) -> u32 {
        self.by_status.iter().sum()
    }
}

/// Counts per (site, service, status) gathered into one line per site and
/// service, ordered by site id, then service (none first).
pub fn tally(
    counts: impl IntoIterator<Item = (String, Option<String>, BookingStatus, u32)>,
) -> Vec<ReferralTally> {
    let mut lines: BTreeMap<(String, Option<String>), [u32; BookingStatus::ALL.len()]> =
        BTreeMap::new();
    for (site_id, service, status, count) in counts {
        let column = BookingStatus::ALL
            .iter()
            .position(|s| *s == status)
            .expect("every status is in ALL");
        lines.entry((site_id, service)).or_default()[column] += count;
    }
    lines
        .into_iter()
        .map(|((site_id, service), by_status)| ReferralTally {
            site_id,
            service,
            by_status,
        })
        .collect()
}

/// Whether a referral whose visit starts at `start` is one of today's cards
/// at a site in `tz`: the visit is on the site's local date of `now`. (No
/// booking keeps when it was made: the visit's day is the card's day.)
pub fn is_todays_card(start: DateTime<Utc>, now: DateTime<Utc>, tz: Tz) -> bool {
    start.with_timezone(&tz).date_naive() == now.with_timezone(&tz).date_naive()
}

/// The latest instant a visit "today" in any time zone can start before.
pub fn todays_cards_until(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::hours(48)
}

#[cfg(test)]
mod tests {
    use super::*;
    use BookingStatus::*;

    fn at(text: &str) -> DateTime<Utc> {
        crate::domain::instant::parse(text).unwrap()
    }

    #[test]
    fn counts_are_gathered_per_site_and_service() {
        let service = |s: &str| Some(s.to_string());
        let lines = tally([
            ("b-site".into(), service("prep"), Booked, 2),
            ("a-site".into(), None, Arrived, 1),
            ("b-site".into(), service("prep"), NoShow, 1),
            ("a-site".into(), service("hiv_rapid_test"), Cancelled, 3),
        ]);
        assert_eq!(lines.len(), 3);
        assert_eq!(
            (lines[0].site_id.as_str(), lines[0].service.as_deref()),
            ("a-site", None)
        );
        assert_eq!(lines[0].by_status, [0, 1, 0, 0, 0]);
        assert_eq!(lines[1].by_status, [0, 0, 0, 3, 0]);
        assert_eq!(lines[2].by_status, [2, 0, 0, 0, 1]);
        assert_eq!(lines[2].total(), 3);
    }

    #[test]
    fn a_card_is_todays_on_the_sites_own_date() {
        let almaty: Tz = "Asia/Almaty".parse().unwrap();
        // 23:30 in Almaty (UTC+5): its day began at 19:00 UTC the day before.
        let now = at("2026-12-07T18:30:00Z");
        assert!(is_todays_card(at("2026-12-06T19:01:00Z"), now, almaty));
        assert!(!is_todays_card(at("2026-12-06T18:59:00Z"), now, almaty));
        assert!(!is_todays_card(
            at("2026-12-06T19:01:00Z"),
            now,
            chrono_tz::UTC
        ));
        assert!(todays_cards_until(now) > at("2026-12-07T19:00:00Z"));
    }
}
