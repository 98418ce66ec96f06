//! Indicators for donors and managers, and an outreach organisation's
//! referrals. Admins see every site, staff their sites, outreach workers
//! their organisation's referrals. Counts only: no nickname or code.

use super::accounts::managed_sites;
use crate::db::accounts::StoredAccount;
use crate::db::reports::ReferralRecord;
use crate::db::{self, DbError};
use crate::domain::account::Role;
use crate::domain::indicators::{self, BookingFact, Period, Row, WalkInFact};
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
    let today = Utc::now().date_naive();
    let first = period.periods_back(today, PERIODS_SHOWN - 1);
    let since = first.and_time(chrono::NaiveTime::MIN).and_utc() - chrono::Duration::days(1);
    let (scope, org, sites): (_, _, Option<HashSet<String>>) = match account.role {
        Role::Admin => (Scope::All, None, None),
        Role::Staff | Role::Coordinator => {
            let sites = managed_sites(app, account).await?;
            (Scope::Sites, None, Some(sites.into_iter().collect()))
        }
        Role::Outreach => match &account.organisation {
            Some(org) => (Scope::Organisation, Some(org.as_str()), None),
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
            referred: b.referral_org.is_some(),
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

/// The most referrals listed.
const REFERRALS_LISTED: i64 = 200;

/// An outreach organisation's referrals, newest slot first.
pub async fn referrals(app: &AppState, organisation: &str) -> Result<Vec<ReferralRecord>, DbError> {
    db::reports::referrals(&app.db, organisation, REFERRALS_LISTED).await
}
