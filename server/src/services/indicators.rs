//! Indicators for donors and managers, and an outreach organisation's
//! referrals. Admins see every site, staff their sites, outreach workers
//! their organisation's referrals. Counts only: no nickname or code, but
//! for an organisation's referral cards made today (to hand over).

use super::accounts::managed_sites;
use crate::db::accounts::StoredAccount;
use crate::db::reports::ReferralCard;
use crate::db::{self, DbError};
use crate::domain::account::Role;
use crate::domain::indicators::{self, BookingFact, Period, Row, WalkInFact};
use crate::domain::referral::{self, ReferralTally};
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
    let directory = app.directory();
    let local = |site_id: &str, utc: DateTime<Utc>| -> NaiveDateTime {
        let tz = directory
            .site(site_id)
            .map_or(chrono_tz::UTC, |s| s.timezone);
        utc.with_timezone(&tz).naive_local()
    };
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
    let bookings: Vec<BookingFact> = db::reports::bookings_since(&app.db, since, org)
        .await?
        .into_iter()
        .filter(|b| visible(&b.site_id))
        .map(|b| BookingFact {
            start: local(&b.site_id, b.start),
            end: local(&b.site_id, b.end),
            site_id: b.site_id,
            service: b.service,
            status: b.status,
            referred: b.referral_org_id.is_some(),
        })
        .collect();
    // Walk-ins belong to sites, not to an organisation.
    let walk_ins: Vec<WalkInFact> = if org.is_some() {
        vec![]
    } else {
        db::reports::walk_ins_since(&app.db, since)
            .await?
            .into_iter()
            .filter(|w| visible(&w.site_id))
            .map(|w| WalkInFact {
                at: local(&w.site_id, w.at),
                site_id: w.site_id,
                service: w.service,
            })
            .collect()
    };
    let rows = indicators::tally(period, &bookings, &walk_ins)
        .into_iter()
        .filter(|row| row.period_start >= first)
        .collect();
    Ok((scope, rows))
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
    let counts = referral::tally(db::reports::referral_counts(&app.db, organisation_id).await?);
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
