//! Bookings in the database. Capacity is enforced by the database, in the
//! same transaction as the insert, so it holds across processes and
//! instances: never by a lock inside one process.

use crate::db::Pool;
use crate::domain::slots::{Slot, SlotRules};
use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use sqlx::FromRow;
use std::collections::HashMap;

/// An instant as stored: RFC 3339 in UTC, to the second.
pub fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[derive(Clone, Debug, FromRow)]
pub struct StoredBooking {
    pub site_id: String,
    pub start_utc: String,
    pub end_utc: String,
    pub nickname: Option<String>,
    pub service: Option<String>,
    pub status: String,
}

pub struct NewBooking<'a> {
    pub request_hash: &'a str,
    pub code_hash: &'a str,
    pub site_id: &'a str,
    pub slot: Slot,
    pub capacity: u32,
    pub nickname: &'a str,
    pub service: Option<&'a str>,
    pub referral_org: Option<&'a str>,
}

pub enum Booked {
    New(StoredBooking),
    /// The same request came again (a double click): its booking.
    Repeated(StoredBooking),
    Full,
}

pub async fn rules(pool: &Pool, site_id: &str) -> anyhow::Result<Option<SlotRules>> {
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT slot_minutes, capacity, min_notice_minutes, max_days_ahead FROM booking_rules WHERE site_id = $1",
    )
    .bind(site_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(minutes, capacity, notice, days)| SlotRules {
        length: Duration::minutes(minutes),
        capacity: capacity as u32,
        min_notice: Duration::minutes(notice),
        max_days_ahead: days as u32,
    }))
}

pub async fn set_rules(pool: &Pool, site_id: &str, rules: &SlotRules) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO booking_rules (site_id, slot_minutes, capacity, min_notice_minutes, max_days_ahead)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id) DO UPDATE SET slot_minutes = excluded.slot_minutes,
            capacity = excluded.capacity, min_notice_minutes = excluded.min_notice_minutes,
            max_days_ahead = excluded.max_days_ahead",
    )
    .bind(site_id)
    .bind(rules.length.num_minutes())
    .bind(i64::from(rules.capacity))
    .bind(rules.min_notice.num_minutes())
    .bind(i64::from(rules.max_days_ahead))
    .execute(pool)
    .await?;
    Ok(())
}

/// How a slot's seats are used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeatUse {
    pub booked: u32,
    /// Blocked by staff: nobody can book it.
    pub blocked: bool,
}

/// Seats taken (and blocks) per slot start, for one site's slots from
/// `from` on.
pub async fn seats_taken(
    pool: &Pool,
    site_id: &str,
    from: DateTime<Utc>,
) -> anyhow::Result<HashMap<String, SeatUse>> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT start_utc, booked, blocked FROM slot_seats WHERE site_id = $1 AND start_utc >= $2",
    )
    .bind(site_id)
    .bind(instant(from))
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(start, booked, blocked)| {
            let seats = SeatUse {
                booked: booked as u32,
                blocked: blocked == 1,
            };
            (start, seats)
        })
        .collect())
}

/// Blocks or unblocks one slot of a site.
pub async fn set_blocked(
    pool: &Pool,
    site_id: &str,
    start: DateTime<Utc>,
    capacity: u32,
    blocked: bool,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO slot_seats (site_id, start_utc, capacity, booked, blocked) VALUES ($1, $2, $3, 0, $4)
         ON CONFLICT (site_id, start_utc) DO UPDATE SET blocked = excluded.blocked",
    )
    .bind(site_id)
    .bind(instant(start))
    .bind(i64::from(capacity))
    .bind(i64::from(blocked))
    .execute(pool)
    .await?;
    Ok(())
}

/// The days from `from` on when a site is closed, in order.
pub async fn closures(
    pool: &Pool,
    site_id: &str,
    from: NaiveDate,
) -> anyhow::Result<Vec<NaiveDate>> {
    let days: Vec<String> = sqlx::query_scalar(
        "SELECT day FROM closures WHERE site_id = $1 AND day >= $2 ORDER BY day",
    )
    .bind(site_id)
    .bind(from.to_string())
    .fetch_all(pool)
    .await?;
    Ok(days.iter().filter_map(|d| d.parse().ok()).collect())
}

pub async fn is_closed(pool: &Pool, site_id: &str, day: NaiveDate) -> anyhow::Result<bool> {
    let found: Option<String> =
        sqlx::query_scalar("SELECT day FROM closures WHERE site_id = $1 AND day = $2")
            .bind(site_id)
            .bind(day.to_string())
            .fetch_optional(pool)
            .await?;
    Ok(found.is_some())
}

/// Closes a site on `days` (already closed days stay closed).
pub async fn add_closures(pool: &Pool, site_id: &str, days: &[NaiveDate]) -> anyhow::Result<()> {
    let mut tx = pool.begin().await?;
    for day in days {
        sqlx::query("INSERT INTO closures (site_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(site_id)
            .bind(day.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Opens a closed day again; `false` when it was not closed.
pub async fn remove_closure(pool: &Pool, site_id: &str, day: NaiveDate) -> anyhow::Result<bool> {
    let removed = sqlx::query("DELETE FROM closures WHERE site_id = $1 AND day = $2")
        .bind(site_id)
        .bind(day.to_string())
        .execute(pool)
        .await?;
    Ok(removed.rows_affected() == 1)
}

/// Takes a seat and records the booking, atomically. The first statement
/// writes, so on SQLite the transaction holds the write lock from its start
/// and never has to upgrade a read lock.
pub async fn book(pool: &Pool, new: &NewBooking<'_>, now: DateTime<Utc>) -> anyhow::Result<Booked> {
    let start = instant(new.slot.start);
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO slot_seats (site_id, start_utc, capacity, booked) VALUES ($1, $2, $3, 0)
         ON CONFLICT (site_id, start_utc) DO NOTHING",
    )
    .bind(new.site_id)
    .bind(&start)
    .bind(i64::from(new.capacity))
    .execute(&mut *tx)
    .await?;
    let repeated: Option<StoredBooking> = sqlx::query_as(
        "SELECT site_id, start_utc, end_utc, nickname, service, status FROM bookings WHERE request_hash = $1",
    )
    .bind(new.request_hash)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(booking) = repeated {
        tx.commit().await?;
        return Ok(Booked::Repeated(booking));
    }
    let taken = sqlx::query(
        "UPDATE slot_seats SET booked = booked + 1 WHERE site_id = $1 AND start_utc = $2 AND booked < capacity AND blocked = 0",
    )
    .bind(new.site_id)
    .bind(&start)
    .execute(&mut *tx)
    .await?;
    if taken.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(Booked::Full);
    }
    let booking = StoredBooking {
        site_id: new.site_id.to_string(),
        start_utc: start,
        end_utc: instant(new.slot.end),
        nickname: Some(new.nickname.to_string()),
        service: new.service.map(str::to_string),
        status: "booked".into(),
    };
    sqlx::query(
        "INSERT INTO bookings (request_hash, code_hash, site_id, start_utc, end_utc, nickname, service, status, created_utc, referral_org)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'booked', $8, $9)",
    )
    .bind(new.request_hash)
    .bind(new.code_hash)
    .bind(&booking.site_id)
    .bind(&booking.start_utc)
    .bind(&booking.end_utc)
    .bind(&booking.nickname)
    .bind(&booking.service)
    .bind(instant(now))
    .bind(new.referral_org)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Booked::New(booking))
}

pub async fn find(pool: &Pool, code_hash: &str) -> anyhow::Result<Option<StoredBooking>> {
    Ok(sqlx::query_as(
        "SELECT site_id, start_utc, end_utc, nickname, service, status FROM bookings WHERE code_hash = $1",
    )
    .bind(code_hash)
    .fetch_optional(pool)
    .await?)
}

/// Cancels a booked appointment, frees its seat and erases the nickname at
/// once. `false` when there is no such active booking.
pub async fn cancel(pool: &Pool, code_hash: &str) -> anyhow::Result<bool> {
    let mut tx = pool.begin().await?;
    let cancelled: Option<(String, String)> = sqlx::query_as(
        "UPDATE bookings SET status = 'cancelled', nickname = NULL
         WHERE code_hash = $1 AND status = 'booked' RETURNING site_id, start_utc",
    )
    .bind(code_hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((site_id, start)) = cancelled else {
        tx.rollback().await?;
        return Ok(false);
    };
    sqlx::query("UPDATE slot_seats SET booked = booked - 1 WHERE site_id = $1 AND start_utc = $2 AND booked > 0")
        .bind(&site_id)
        .bind(&start)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// One booking in a staff member's day view; `id` is the booking's opaque
/// key (never its code).
#[derive(Debug, sqlx::FromRow)]
pub struct DayBooking {
    pub id: String,
    pub start_utc: String,
    pub nickname: Option<String>,
    pub service: Option<String>,
    pub status: String,
}

/// A site's bookings starting in `[from, to)`, in time order.
pub async fn bookings_between(
    pool: &Pool,
    site_id: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> anyhow::Result<Vec<DayBooking>> {
    Ok(sqlx::query_as(
        "SELECT request_hash AS id, start_utc, nickname, service, status FROM bookings
         WHERE site_id = $1 AND start_utc >= $2 AND start_utc < $3 ORDER BY start_utc, created_utc",
    )
    .bind(site_id)
    .bind(instant(from))
    .bind(instant(to))
    .fetch_all(pool)
    .await?)
}

/// Staff mark what happened to a booking at their site: `arrived`,
/// `fulfilled` or `noshow` (from booked or arrived), or `cancelled` (from
/// booked: the seat is freed and the nickname erased, as when the client
/// cancels). `false` when no such booking at this site can take that status.
pub async fn set_status(
    pool: &Pool,
    site_id: &str,
    id: &str,
    status: &str,
) -> anyhow::Result<bool> {
    if status == "cancelled" {
        return cancel_for_staff(pool, site_id, id).await;
    }
    if !matches!(status, "arrived" | "fulfilled" | "noshow") {
        return Ok(false);
    }
    let updated = sqlx::query(
        "UPDATE bookings SET status = $1
         WHERE request_hash = $2 AND site_id = $3 AND status IN ('booked', 'arrived')",
    )
    .bind(status)
    .bind(id)
    .bind(site_id)
    .execute(pool)
    .await?;
    Ok(updated.rows_affected() == 1)
}

async fn cancel_for_staff(pool: &Pool, site_id: &str, id: &str) -> anyhow::Result<bool> {
    let mut tx = pool.begin().await?;
    let start: Option<String> = sqlx::query_scalar(
        "UPDATE bookings SET status = 'cancelled', nickname = NULL
         WHERE request_hash = $1 AND site_id = $2 AND status = 'booked' RETURNING start_utc",
    )
    .bind(id)
    .bind(site_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(start) = start else {
        tx.rollback().await?;
        return Ok(false);
    };
    sqlx::query("UPDATE slot_seats SET booked = booked - 1 WHERE site_id = $1 AND start_utc = $2 AND booked > 0")
        .bind(site_id)
        .bind(&start)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The booking with `code_hash` at `site_id`, if any: what reception
/// looks up when a client shows a code.
pub async fn at_site_by_code(
    pool: &Pool,
    site_id: &str,
    code_hash: &str,
) -> anyhow::Result<Option<DayBooking>> {
    Ok(sqlx::query_as(
        "SELECT request_hash AS id, start_utc, nickname, service, status FROM bookings
         WHERE site_id = $1 AND code_hash = $2",
    )
    .bind(site_id)
    .bind(code_hash)
    .fetch_optional(pool)
    .await?)
}

/// Erases the nicknames of bookings whose slot ended before `before`;
/// the rows stay, for the counts. Returns how many were erased.
pub async fn erase_old_nicknames(pool: &Pool, before: DateTime<Utc>) -> anyhow::Result<u64> {
    let result = sqlx::query(
        "UPDATE bookings SET nickname = NULL WHERE nickname IS NOT NULL AND end_utc < $1",
    )
    .bind(instant(before))
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}

/// Every stored code hash (for tests that check no code is stored).
pub async fn all_code_hashes(pool: &Pool) -> anyhow::Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT code_hash FROM bookings")
        .fetch_all(pool)
        .await?)
}

pub enum Rescheduled {
    Moved(StoredBooking),
    /// No active booking at this site has the code.
    NotFound,
    Full,
}

/// Moves an active booking to another slot of the same site, keeping its
/// code: the new seat is taken and the old one freed in one transaction.
pub async fn reschedule(
    pool: &Pool,
    code_hash: &str,
    site_id: &str,
    slot: Slot,
    capacity: u32,
) -> anyhow::Result<Rescheduled> {
    let start = instant(slot.start);
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO slot_seats (site_id, start_utc, capacity, booked) VALUES ($1, $2, $3, 0)
         ON CONFLICT (site_id, start_utc) DO NOTHING",
    )
    .bind(site_id)
    .bind(&start)
    .bind(i64::from(capacity))
    .execute(&mut *tx)
    .await?;
    let current: Option<String> = sqlx::query_scalar(
        "SELECT start_utc FROM bookings WHERE code_hash = $1 AND site_id = $2 AND status = 'booked'",
    )
    .bind(code_hash)
    .bind(site_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(old_start) = current else {
        tx.rollback().await?;
        return Ok(Rescheduled::NotFound);
    };
    if old_start != start {
        let taken = sqlx::query(
            "UPDATE slot_seats SET booked = booked + 1 WHERE site_id = $1 AND start_utc = $2 AND booked < capacity AND blocked = 0",
        )
        .bind(site_id)
        .bind(&start)
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(Rescheduled::Full);
        }
        sqlx::query("UPDATE slot_seats SET booked = booked - 1 WHERE site_id = $1 AND start_utc = $2 AND booked > 0")
            .bind(site_id)
            .bind(&old_start)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE bookings SET start_utc = $1, end_utc = $2 WHERE code_hash = $3")
            .bind(&start)
            .bind(instant(slot.end))
            .bind(code_hash)
            .execute(&mut *tx)
            .await?;
    }
    let booking: StoredBooking = sqlx::query_as(
        "SELECT site_id, start_utc, end_utc, nickname, service, status FROM bookings WHERE code_hash = $1",
    )
    .bind(code_hash)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Rescheduled::Moved(booking))
}
