//! How a site's hours become slots: its booking rules (`booking_rules`),
//! the days it is closed (`closures`) and the seats used or blocked per
//! slot (`slot_seats`).

use super::{Db, Result, Tx, instant};
use crate::domain::bookings::seats::SeatUse;
use crate::domain::bookings::slots::SlotRules;
use crate::domain::instant::format;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use std::collections::HashMap;

/// A site's booking rules; `None` when it takes no bookings online.
pub async fn rules(db: &Db, site_id: &str) -> Result<Option<SlotRules>> {
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT slot_minutes, capacity, min_notice_minutes, max_days_ahead FROM booking_rules WHERE site_id = $1",
    )
    .bind(site_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(minutes, capacity, notice, days)| read_rules(minutes, capacity, notice, days)))
}

/// The ids of the sites that take bookings online, sorted.
pub async fn bookable_sites(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT site_id FROM booking_rules ORDER BY site_id")
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// A site's booking rules and whether it is closed on `day`, in one read:
/// what a booking checks. `None` when it takes no bookings online.
pub async fn rules_on(db: &Db, site_id: &str, day: NaiveDate) -> Result<Option<(SlotRules, bool)>> {
    let row: Option<(i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT slot_minutes, capacity, min_notice_minutes, max_days_ahead,
           CASE WHEN EXISTS (SELECT 1 FROM closures WHERE site_id = $1 AND day = $2) THEN 1 ELSE 0 END
         FROM booking_rules WHERE site_id = $1",
    )
    .bind(site_id)
    .bind(day.to_string())
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(minutes, capacity, notice, days, closed)| {
        (read_rules(minutes, capacity, notice, days), closed != 0)
    }))
}

fn read_rules(minutes: i64, capacity: i64, notice: i64, days: i64) -> SlotRules {
    SlotRules {
        length: Duration::minutes(minutes),
        capacity: capacity as u32,
        min_notice: Duration::minutes(notice),
        max_days_ahead: days as u32,
    }
}

pub async fn set_rules(tx: &mut Tx, site_id: &str, rules: &SlotRules) -> Result<()> {
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
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Seats taken (and blocks) per slot start, for one site's slots from
/// `from` on.
pub async fn seats_used(
    db: &Db,
    site_id: &str,
    from: DateTime<Utc>,
) -> Result<HashMap<DateTime<Utc>, SeatUse>> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT start_utc, booked, CASE WHEN blocked THEN 1 ELSE 0 END FROM slot_seats
         WHERE site_id = $1 AND start_utc >= $2",
    )
    .bind(site_id)
    .bind(format(from))
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(start, booked, blocked)| {
            let seats = SeatUse {
                booked: booked as u32,
                blocked: blocked != 0,
            };
            Ok((instant(&start)?, seats))
        })
        .collect()
}

/// Blocks or unblocks one slot of a site.
pub async fn set_blocked(
    tx: &mut Tx,
    site_id: &str,
    start: DateTime<Utc>,
    capacity: u32,
    blocked: bool,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO slot_seats (site_id, start_utc, capacity, booked, blocked) VALUES ($1, $2, $3, 0, $4)
         ON CONFLICT (site_id, start_utc) DO UPDATE SET blocked = excluded.blocked",
    )
    .bind(site_id)
    .bind(format(start))
    .bind(i64::from(capacity))
    .bind(blocked)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// The days from `from` on when a site is closed, in order.
pub async fn closures(db: &Db, site_id: &str, from: NaiveDate) -> Result<Vec<NaiveDate>> {
    let days: Vec<String> = sqlx::query_scalar(
        "SELECT day FROM closures WHERE site_id = $1 AND day >= $2 ORDER BY day",
    )
    .bind(site_id)
    .bind(from.to_string())
    .fetch_all(&db.pool)
    .await?;
    Ok(days.iter().filter_map(|d| d.parse().ok()).collect())
}

pub async fn is_closed(db: &Db, site_id: &str, day: NaiveDate) -> Result<bool> {
    let found: Option<String> =
        sqlx::query_scalar("SELECT day FROM closures WHERE site_id = $1 AND day = $2")
            .bind(site_id)
            .bind(day.to_string())
            .fetch_optional(&db.pool)
            .await?;
    Ok(found.is_some())
}

/// Closes a site on `days` (already closed days stay closed).
pub async fn add_closures(tx: &mut Tx, site_id: &str, days: &[NaiveDate]) -> Result<()> {
    for day in days {
        sqlx::query("INSERT INTO closures (site_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(site_id)
            .bind(day.to_string())
            .execute(&mut *tx.0)
            .await?;
    }
    Ok(())
}

/// Opens a closed day again; `false` when it was not closed.
pub async fn remove_closure(tx: &mut Tx, site_id: &str, day: NaiveDate) -> Result<bool> {
    let removed = sqlx::query("DELETE FROM closures WHERE site_id = $1 AND day = $2")
        .bind(site_id)
        .bind(day.to_string())
        .execute(&mut *tx.0)
        .await?;
    Ok(removed.rows_affected() == 1)
}
