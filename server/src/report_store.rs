//! What the indicators and the referral lists read: bookings without their
//! codes, and walk-ins (counts only).

use crate::booking_store::instant;
use crate::db::Pool;
use chrono::{DateTime, Utc};

/// A booking as the indicators see it: no code, no nickname.
#[derive(Debug, sqlx::FromRow)]
pub struct BookingRecord {
    pub site_id: String,
    pub service: Option<String>,
    pub start_utc: String,
    pub end_utc: String,
    pub status: String,
    pub referral_org: Option<String>,
}

/// Bookings starting from `since`; only one organisation's referrals when
/// `referral_org` is given.
pub async fn bookings_since(
    pool: &Pool,
    since: DateTime<Utc>,
    referral_org: Option<&str>,
) -> anyhow::Result<Vec<BookingRecord>> {
    Ok(sqlx::query_as(
        "SELECT site_id, service, start_utc, end_utc, status, referral_org FROM bookings
         WHERE start_utc >= $1 AND ($2 IS NULL OR referral_org = $2)",
    )
    .bind(instant(since))
    .bind(referral_org)
    .fetch_all(pool)
    .await?)
}

#[derive(Debug, sqlx::FromRow)]
pub struct WalkInRecord {
    pub site_id: String,
    pub service: Option<String>,
    pub at_utc: String,
}

/// Counts one person seen at `site_id` without a booking.
pub async fn add_walk_in(
    pool: &Pool,
    site_id: &str,
    at: DateTime<Utc>,
    service: Option<&str>,
) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO walk_ins (site_id, at_utc, service) VALUES ($1, $2, $3)")
        .bind(site_id)
        .bind(instant(at))
        .bind(service)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn walk_ins_since(
    pool: &Pool,
    since: DateTime<Utc>,
) -> anyhow::Result<Vec<WalkInRecord>> {
    Ok(
        sqlx::query_as("SELECT site_id, service, at_utc FROM walk_ins WHERE at_utc >= $1")
            .bind(instant(since))
            .fetch_all(pool)
            .await?,
    )
}

/// Walk-ins at `site_id` in `[from, to)`.
pub async fn walk_ins_between(
    pool: &Pool,
    site_id: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> anyhow::Result<u32> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM walk_ins WHERE site_id = $1 AND at_utc >= $2 AND at_utc < $3",
    )
    .bind(site_id)
    .bind(instant(from))
    .bind(instant(to))
    .fetch_one(pool)
    .await?;
    Ok(count as u32)
}

/// One outreach referral, as its organisation sees it.
#[derive(Debug, sqlx::FromRow)]
pub struct ReferralRecord {
    pub site_id: String,
    pub start_utc: String,
    /// `None` once cancelled or past retention.
    pub nickname: Option<String>,
    pub status: String,
}

/// An organisation's referrals, newest slot first (at most `limit`).
pub async fn referrals(pool: &Pool, org: &str, limit: i64) -> anyhow::Result<Vec<ReferralRecord>> {
    Ok(sqlx::query_as(
        "SELECT site_id, start_utc, nickname, status FROM bookings
         WHERE referral_org = $1 ORDER BY start_utc DESC LIMIT $2",
    )
    .bind(org)
    .bind(limit)
    .fetch_all(pool)
    .await?)
}
