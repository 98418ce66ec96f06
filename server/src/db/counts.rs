//! What a person did, once its day is over, as counts that name no one
//! (`booking_counts`, `walk_in_counts`): the roll-up that turns ended
//! bookings into counts and deletes them, and what the indicators read.
//! In the count tables '' stands for "no service" and 0 for "no
//! organisation", so every key column is NOT NULL and one upsert adds.

use super::reports::{BookingRecord, BookingRecordRow};
use super::{Backend, Db, Result, Tx, status};
use crate::domain::bookings::indicators::{BookingCount, BookingKey, WalkInCount};
use crate::domain::instant::format;
use chrono::{DateTime, NaiveDate, Utc};

/// The advisory lock that makes PostgreSQL instances roll up one at a
/// time (any other sweep waits, then finds nothing left to take).
const ROLL_UP_LOCK: i64 = 0x5e_22_01;

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn day_of(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| super::DbError::Unreadable(text.to_string()))
}

fn service_of(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// Deletes the bookings whose slot ended by `ended_by`, and the seat rows
/// of slots that started before it and have no booking left; returns the
/// deleted bookings (to be counted in the same transaction). Only the
/// rows this transaction deleted come back, so two sweeps at once never
/// count one booking twice.
pub async fn take_ended_bookings(
    tx: &mut Tx,
    ended_by: DateTime<Utc>,
) -> Result<Vec<BookingRecord>> {
    if tx.1 == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock($1)::text")
            .bind(ROLL_UP_LOCK)
            .execute(&mut *tx.0)
            .await?;
    }
    let rows: Vec<BookingRecordRow> = sqlx::query_as(
        "DELETE FROM bookings WHERE end_utc <= $1
         RETURNING site_id, service, start_utc, end_utc, status, referral_org_id",
    )
    .bind(format(ended_by))
    .fetch_all(&mut *tx.0)
    .await?;
    sqlx::query(
        "DELETE FROM slot_seats WHERE start_utc < $1 AND NOT EXISTS (
             SELECT 1 FROM bookings b
             WHERE b.site_id = slot_seats.site_id AND b.start_utc = slot_seats.start_utc)",
    )
    .bind(format(ended_by))
    .execute(&mut *tx.0)
    .await?;
    rows.into_iter().map(BookingRecordRow::record).collect()
}

/// Adds bookings to their counts.
pub async fn add_bookings(tx: &mut Tx, counts: &[BookingCount]) -> Result<()> {
    for c in counts {
        sqlx::query(
            "INSERT INTO booking_counts
                 (day, site_id, service, status, evening_or_weekend, referral_org_id, count)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (day, site_id, service, status, evening_or_weekend, referral_org_id)
             DO UPDATE SET count = booking_counts.count + excluded.count",
        )
        .bind(day_text(c.key.day))
        .bind(&c.key.site_id)
        .bind(c.key.service.as_deref().unwrap_or(""))
        .bind(c.key.status.code())
        .bind(i64::from(c.key.evening_or_weekend))
        .bind(c.key.referral_org_id.unwrap_or(0))
        .bind(i64::from(c.count))
        .execute(&mut *tx.0)
        .await?;
    }
    Ok(())
}

type BookingCountRow = (String, String, String, String, i64, i64, i64);

/// The booking counts of days from `since`; only one organisation's
/// referrals when `referral_org_id` is given.
pub async fn bookings_since(
    db: &Db,
    since: NaiveDate,
    referral_org_id: Option<i64>,
) -> Result<Vec<BookingCount>> {
    let rows: Vec<BookingCountRow> = sqlx::query_as(
        "SELECT day, site_id, service, status, evening_or_weekend, referral_org_id, count
         FROM booking_counts WHERE day >= $1 AND ($2 IS NULL OR referral_org_id = $2)",
    )
    .bind(day_text(since))
    .bind(referral_org_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(day, site_id, service, code, evening, org, count)| {
            Ok(BookingCount {
                key: BookingKey {
                    day: day_of(&day)?,
                    site_id,
                    service: service_of(service),
                    status: status(&code)?,
                    evening_or_weekend: evening != 0,
                    referral_org_id: (org != 0).then_some(org),
                },
                count: u32::try_from(count).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

/// Counts one person seen at `site_id` on its local `day` without a
/// booking.
pub async fn add_walk_in(
    tx: &mut Tx,
    site_id: &str,
    day: NaiveDate,
    service: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO walk_in_counts (day, site_id, service, count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (day, site_id, service) DO UPDATE SET count = walk_in_counts.count + 1",
    )
    .bind(day_text(day))
    .bind(site_id)
    .bind(service.unwrap_or(""))
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// The walk-in counts of days from `since`.
pub async fn walk_ins_since(db: &Db, since: NaiveDate) -> Result<Vec<WalkInCount>> {
    let rows: Vec<(String, String, String, i64)> =
        sqlx::query_as("SELECT day, site_id, service, count FROM walk_in_counts WHERE day >= $1")
            .bind(day_text(since))
            .fetch_all(&db.pool)
            .await?;
    rows.into_iter()
        .map(|(day, site_id, service, count)| {
            Ok(WalkInCount {
                day: day_of(&day)?,
                site_id,
                service: service_of(service),
                count: u32::try_from(count).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

/// People seen at `site_id` on its local `day` without a booking.
pub async fn walk_ins_on(db: &Db, site_id: &str, day: NaiveDate) -> Result<u32> {
    let count: Option<i64> = sqlx::query_scalar(
        "SELECT CAST(SUM(count) AS BIGINT) FROM walk_in_counts WHERE site_id = $1 AND day = $2",
    )
    .bind(site_id)
    .bind(day_text(day))
    .fetch_one(&db.pool)
    .await?;
    Ok(u32::try_from(count.unwrap_or(0)).unwrap_or(u32::MAX))
}

/// How many of an organisation's rolled-up referrals are at one site, for
/// one service, in one status.
pub async fn referral_counts(
    db: &Db,
    organisation_id: i64,
) -> Result<
    Vec<(
        String,
        Option<String>,
        crate::domain::bookings::booking_status::BookingStatus,
        u32,
    )>,
> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT site_id, service, status, CAST(SUM(count) AS BIGINT) FROM booking_counts
         WHERE referral_org_id = $1 GROUP BY site_id, service, status",
    )
    .bind(organisation_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(site_id, service, code, count)| {
            Ok((
                site_id,
                service_of(service),
                status(&code)?,
                u32::try_from(count).unwrap_or(u32::MAX),
            ))
        })
        .collect()
}
