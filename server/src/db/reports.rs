//! What the indicators and the referral lists read of the live bookings:
//! bookings without their codes or nicknames, and counts. (Bookings of
//! days that are over are counts: `counts`.)

use super::{Db, Result, instant, status};
use crate::domain::bookings::booking_status::BookingStatus;
use crate::domain::instant::format;
use chrono::{DateTime, Utc};
use sqlx::FromRow;

/// A booking as the indicators see it: no code, no nickname.
#[derive(Debug)]
pub struct BookingRecord {
    pub site_id: String,
    pub service: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: BookingStatus,
    /// The organisation it is a referral of, if any.
    pub referral_org_id: Option<i64>,
}

#[derive(FromRow)]
pub(super) struct BookingRecordRow {
    site_id: String,
    service: Option<String>,
    start_utc: String,
    end_utc: String,
    status: String,
    referral_org_id: Option<i64>,
}

/// Bookings starting from `since`; only one organisation's referrals when
/// `referral_org_id` is given.
pub async fn bookings_since(
    db: &Db,
    since: DateTime<Utc>,
    referral_org_id: Option<i64>,
) -> Result<Vec<BookingRecord>> {
    let rows: Vec<BookingRecordRow> = sqlx::query_as(
        "SELECT site_id, service, start_utc, end_utc, status, referral_org_id FROM bookings
         WHERE start_utc >= $1 AND ($2 IS NULL OR referral_org_id = $2)",
    )
    .bind(format(since))
    .bind(referral_org_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(BookingRecordRow::record).collect()
}

impl BookingRecordRow {
    pub(super) fn record(self) -> Result<BookingRecord> {
        Ok(BookingRecord {
            start: instant(&self.start_utc)?,
            end: instant(&self.end_utc)?,
            status: status(&self.status)?,
            site_id: self.site_id,
            service: self.service,
            referral_org_id: self.referral_org_id,
        })
    }
}

/// How many of an organisation's referrals are at one site, for one
/// service, in one status.
pub async fn referral_counts(
    db: &Db,
    organisation_id: i64,
) -> Result<Vec<(String, Option<String>, BookingStatus, u32)>> {
    let rows: Vec<(String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT site_id, service, status, COUNT(*) FROM bookings
         WHERE referral_org_id = $1 GROUP BY site_id, service, status",
    )
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(site_id, service, code, count)| Ok((site_id, service, status(&code)?, count as u32)))
        .collect()
}

/// One outreach referral, as a card to hand over.
#[derive(Debug)]
pub struct ReferralCard {
    pub site_id: String,
    pub start: DateTime<Utc>,
    /// `None` once cancelled or past retention.
    pub nickname: Option<String>,
    pub status: BookingStatus,
}

/// An organisation's referrals whose slot has not ended at `now` and
/// starts before `until`, soonest slot first.
pub async fn referrals_coming(
    db: &Db,
    organisation_id: i64,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<ReferralCard>> {
    let rows: Vec<(String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT site_id, start_utc, nickname, status FROM bookings
         WHERE referral_org_id = $1 AND end_utc > $2 AND start_utc < $3 ORDER BY start_utc, id",
    )
    .bind(organisation_id)
    .bind(format(now))
    .bind(format(until))
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(site_id, start, nickname, code)| {
            Ok(ReferralCard {
                site_id,
                start: instant(&start)?,
                nickname,
                status: status(&code)?,
            })
        })
        .collect()
}
