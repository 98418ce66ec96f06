//! Indicators for donors and managers, and an outreach organisation's
//! referrals. Admins see every site, staff their sites, outreach workers
//! their organisation's referrals. Counts only: no nickname or code, but
//! for an organisation's referral cards made today (to hand over).

use super::accounts::managed_sites;
use crate::db::accounts::StoredAccount;
use crate::db::reports::{BookingRecord, ReferralCard};
use crate::db::{self, DbError};
use crate::domain::access::account::Role;
use crate::domain::bookings::indicators::{self, BookingFact, Period, Row, WalkInCount};
use crate::domain::bookings::referral::{self, ReferralTally};
use crate::domain::index::directory::Directory;
use crate::state::AppState;
use chrono::{DateTime, NaiveDateTime, Utc};
use std::collections::HashSet;

/// How far back the indicators go: twelve weeks or twelve months.
const PERIODS_SHOWN: u32 = 12;

/// Whose indicators an account sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    Sites,
    Organisation,
}

impl Scope {
    pub fn code(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::Sites => "sites",
            Scope::Organisation => "organisation",
        }
    }
}

/// The indicator rows `account` may see, per `period`, for the last twelve.
pub async fn rows(
    app: &AppState,
    account: &StoredAccount,
    period: Period,
) -> Result<(Scope, Vec<Row>), DbError> {
    let today = app.now().date_naive();
    let first = period.periods_back(today, PERIODS_SHOWN - 1);
    let since = first.and_time(chrono::NaiveTime::MIN).and_utc() - chrono::Duration::days(1);
    let (scope, org, sites): (_, _, Option<HashSet<String>>) = match account.role {
        Role::Admin => (Scope::All, None, None),
        Role::Staff | Role::Coordinator => {
            let sites = managed_sites(app, account).await?;
            (Scope::Sites, None, Some(sites.into_iter().collect()))
        }
        Role::Outreach => match &account.organisation {
            Some(org) => (Scope::Organisation, Some(org.id), None),
            None => return Ok((Scope::Organisation, vec![])),
        },
    };
    let visible = |site_id: &str| sites.as_ref().is_none_or(|s| s.contains(site_id));
    let directory = app.directory();
    let live: Vec<BookingFact> = db::reports::bookings_since(&app.db, since, org)
        .await?
        .into_iter()
        .filter(|b| visible(&b.site_id))
        .map(|b| fact_of(&directory, b))
        .collect();
    let mut bookings = indicators::count_bookings(&live);
    bookings.extend(
        db::counts::bookings_since(&app.db, first, org)
            .await?
            .into_iter()
            .filter(|c| visible(&c.key.site_id)),
    );
    // Walk-ins belong to sites, not to an organisation.
    let walk_ins: Vec<WalkInCount> = if org.is_some() {
        vec![]
    } else {
        db::counts::walk_ins_since(&app.db, first)
            .await?
            .into_iter()
            .filter(|w| visible(&w.site_id))
            .collect()
    };
    let rows = indicators::tally(period, &bookings, &walk_ins)
        .into_iter()
        .filter(|row| row.period_start >= first)
        .collect();
    Ok((scope, rows))
}

/// A stored booking as the indicators count it: in its site's local time
/// (UTC for a site the directory no longer lists).
pub(super) fn fact_of(directory: &Directory, b: BookingRecord) -> BookingFact {
    let tz = directory
        .site(&b.site_id)
        .map_or(chrono_tz::UTC, |s| s.timezone);
    let local = |utc: DateTime<Utc>| -> NaiveDateTime { utc.with_timezone(&tz).naive_local() };
    BookingFact {
        start: local(b.start),
        end: local(b.end),
        site_id: b.site_id,
        service: b.service,
        status: b.status,
        referral_org_id: b.referral_org_id,
    }
}

/// What an outreach organisation sees of its referrals.
pub struct Referrals {
    /// Per site and service, how many are in each status.
    pub counts: Vec<ReferralTally>,
    /// The cards of visits today, still to come, soonest first: the only
    /// referrals shown with their nickname.
    pub today: Vec<ReferralCard>,
}

/// An outreach organisation's referrals as of `now`.
pub async fn referrals(
    app: &AppState,
    organisation_id: i64,
    now: DateTime<Utc>,
) -> Result<Referrals, DbError> {
    let mut counts = db::reports::referral_counts(&app.db, organisation_id).await?;
    counts.extend(db::counts::referral_counts(&app.db, organisation_id).await?);
    let counts = referral::tally(counts);
    let until = referral::todays_cards_until(now);
    let directory = app.directory();
    let today = db::reports::referrals_coming(&app.db, organisation_id, now, until)
        .await?
        .into_iter()
        .map(|mut card| {
            card.nickname = card
                .nickname
                .and_then(|sealed| super::nicknames::open_text(app, &sealed));
            card
        })
        .filter(|card| card.nickname.is_some() && card.status.is_active())
        .filter(|card| {
            let tz = directory
                .site(&card.site_id)
                .map_or(chrono_tz::UTC, |s| s.timezone);
            referral::is_todays_card(card.start, now, tz)
        })
        .collect();
    Ok(Referrals { counts, today })
}
