//! Bookings, the seats they take and the replay guard of booking requests
//! (`bookings`, `slot_seats`, `booking_requests`). Capacity is enforced by
//! the database, in the same transaction as the insert (a conditional
//! UPDATE and a CHECK), so it holds across processes and instances: never
//! by a lock inside one process. A code answers only for a booking still to
//! come; a cancelled or ended booking's code hash is replaced by a random
//! value, so the old code matches nothing, even with the key.

use super::{Db, Result, Tx, instant, status};
use crate::domain::access::token::random_hex;
use crate::domain::bookings::booking::REPLAY_WINDOW;
use crate::domain::bookings::booking_status::BookingStatus;
use crate::domain::bookings::slots::Slot;
use crate::domain::instant::format;
use chrono::{DateTime, Utc};
use sqlx::FromRow;

/// A booking as stored, without its code (only its hash is kept).
#[derive(Clone, Debug, PartialEq)]
pub struct StoredBooking {
    /// The booking's number: orders a slot's bookings, and is reception's
    /// handle for it (never its code).
    pub id: i64,
    pub site_id: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// `None` once cancelled or past retention. Stored sealed under its
    /// day's key (`services::nicknames` seals and opens it).
    pub nickname: Option<String>,
    pub service: Option<String>,
    pub status: BookingStatus,
}

#[derive(FromRow)]
struct BookingRow {
    id: i64,
    site_id: String,
    start_utc: String,
    end_utc: String,
    nickname: Option<String>,
    service: Option<String>,
    status: String,
}

impl BookingRow {
    fn read(self) -> Result<StoredBooking> {
        Ok(StoredBooking {
            start: instant(&self.start_utc)?,
            end: instant(&self.end_utc)?,
            status: status(&self.status)?,
            id: self.id,
            site_id: self.site_id,
            nickname: self.nickname,
            service: self.service,
        })
    }
}

const COLUMNS: &str =
    "SELECT id, site_id, start_utc, end_utc, nickname, service, status FROM bookings";

/// What a retired code hash starts with: it was replaced by a random value.
const RETIRED: &str = "retired:";

/// A random value in place of a code hash: unique, and the hash of no code.
fn retired_hash() -> String {
    format!("{RETIRED}{}", random_hex::<32>())
}

/// Replaces the code hashes of these bookings by random values.
async fn retire_codes(tx: &mut Tx, ids: &[i64]) -> Result<()> {
    for id in ids {
        sqlx::query("UPDATE bookings SET code_hash = $1 WHERE id = $2")
            .bind(retired_hash())
            .bind(id)
            .execute(&mut *tx.0)
            .await?;
    }
    Ok(())
}

fn read_all(rows: Vec<BookingRow>) -> Result<Vec<StoredBooking>> {
    rows.into_iter().map(BookingRow::read).collect()
}

/// A booking to write (owned, so it can wait in the SQLite booking queue).
pub struct NewBooking {
    /// The keyed hash of the request's random id.
    pub request_hash: String,
    /// The keyed hash of the site, start and nickname asked for.
    pub content_hash: String,
    pub code_hash: String,
    pub site_id: String,
    pub slot: Slot,
    pub nickname: String,
    pub service: Option<String>,
    /// The organisation this booking is a referral of, if any.
    pub referral_org_id: Option<i64>,
}

pub enum Booked {
    New(StoredBooking),
    /// The same request came again within the replay window, for the same
    /// site, start and nickname (a double click): its booking, still to come.
    Repeated(StoredBooking),
    /// The request's id was used before, and this is no repeat to answer:
    /// later than the window, for something else, or its booking is no
    /// longer to come. Nothing is booked and no booking is shown.
    AlreadySent,
    Full,
}

/// Makes sure the slot at `start` has its seat row. Rescheduling writes this
/// first, so on SQLite the transaction holds the write lock from its start
/// and never has to upgrade a read lock.
async fn open_seat_row(tx: &mut Tx, site_id: &str, start: &str, capacity: u32) -> Result<()> {
    sqlx::query(
        "INSERT INTO slot_seats (site_id, start_utc, capacity, booked) VALUES ($1, $2, $3, 0)
         ON CONFLICT (site_id, start_utc) DO NOTHING",
    )
    .bind(site_id)
    .bind(start)
    .bind(i64::from(capacity))
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Takes a seat of the slot at `start`, if one is free under the site's
/// current capacity and the slot is not blocked; the slot's seat row is
/// made on its first booking. The capacity is read from the booking rules
/// in this same statement, so lowering it binds at once, also for slots
/// booked before (their seat row then takes the new capacity).
async fn take_seat(tx: &mut Tx, site_id: &str, start: &str) -> Result<bool> {
    let taken = sqlx::query(
        "INSERT INTO slot_seats (site_id, start_utc, capacity, booked)
         SELECT $1, $2, capacity, 1 FROM booking_rules WHERE site_id = $1 AND capacity > 0
         ON CONFLICT (site_id, start_utc) DO UPDATE
            SET booked = slot_seats.booked + 1, capacity = excluded.capacity
         WHERE slot_seats.booked < excluded.capacity AND NOT slot_seats.blocked",
    )
    .bind(site_id)
    .bind(start)
    .execute(&mut *tx.0)
    .await?;
    Ok(taken.rows_affected() == 1)
}

async fn free_seat(tx: &mut Tx, site_id: &str, start: &str) -> Result<()> {
    sqlx::query(
        "UPDATE slot_seats SET booked = booked - 1 WHERE site_id = $1 AND start_utc = $2 AND booked > 0",
    )
    .bind(site_id)
    .bind(start)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Takes a seat and records the booking, committed before it returns: on
/// SQLite through the booking queue (group commit, see
/// [`super::booking_queue`]), on PostgreSQL in a transaction of its own.
pub async fn book(db: &Db, new: NewBooking, now: DateTime<Utc>) -> Result<Booked> {
    if let Some(queue) = &db.booking_queue {
        return queue.book(new, now).await;
    }
    let mut tx = db.begin().await?;
    let booked = book_in(&mut tx, &new, now).await?;
    if !matches!(booked, Booked::Full) {
        tx.commit().await?;
    }
    Ok(booked)
}

/// Records the booking and takes its seat in `tx`. First forgets expired
/// request guards (a write, so on SQLite the transaction holds the write
/// lock from its start). A request whose id was used before writes no
/// booking: within the window, for the same site, start and nickname and
/// while its booking is still to come, it gets that booking back; else it
/// is refused. A full slot takes back its row, so nothing is left of it.
pub(super) async fn book_in(tx: &mut Tx, new: &NewBooking, now: DateTime<Utc>) -> Result<Booked> {
    purge_request_guards(tx, now).await?;
    if let Some(answer) = repeat_of(tx, new, now).await? {
        return Ok(answer);
    }
    let start = format(new.slot.start);
    // The code comes from the request id: a taken code hash is this same
    // request (sent again past its window, or at this very moment by
    // another instance, which has committed when this statement returns).
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO bookings (code_hash, site_id, start_utc, end_utc, nickname, service, status, referral_org_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (code_hash) DO NOTHING RETURNING id",
    )
    .bind(&new.code_hash)
    .bind(&new.site_id)
    .bind(&start)
    .bind(format(new.slot.end))
    .bind(&new.nickname)
    .bind(&new.service)
    .bind(BookingStatus::Booked.code())
    .bind(new.referral_org_id)
    .fetch_optional(&mut *tx.0)
    .await?;
    let Some(id) = inserted else {
        return Ok(repeat_of(tx, new, now)
            .await?
            .unwrap_or(Booked::AlreadySent));
    };
    if !take_seat(tx, &new.site_id, &start).await? {
        sqlx::query("DELETE FROM bookings WHERE id = $1")
            .bind(id)
            .execute(&mut *tx.0)
            .await?;
        return Ok(Booked::Full);
    }
    sqlx::query(
        "INSERT INTO booking_requests (request_hash, booking_id, content_hash, expires_utc)
         VALUES ($1, $2, $3, $4)",
    )
    .bind(&new.request_hash)
    .bind(id)
    .bind(&new.content_hash)
    .bind(format(now + REPLAY_WINDOW))
    .execute(&mut *tx.0)
    .await?;
    Ok(Booked::New(StoredBooking {
        id,
        site_id: new.site_id.clone(),
        start: new.slot.start,
        end: new.slot.end,
        nickname: Some(new.nickname.clone()),
        service: new.service.clone(),
        status: BookingStatus::Booked,
    }))
}

/// What a request whose id has a live guard gets: its booking again, if
/// it asks for the same thing and the booking is still to come; else a
/// refusal. `None` when no live guard has the id.
async fn repeat_of(tx: &mut Tx, new: &NewBooking, now: DateTime<Utc>) -> Result<Option<Booked>> {
    let guard: Option<(i64, String)> = sqlx::query_as(
        "SELECT booking_id, content_hash FROM booking_requests
         WHERE request_hash = $1 AND expires_utc > $2",
    )
    .bind(&new.request_hash)
    .bind(format(now))
    .fetch_optional(&mut *tx.0)
    .await?;
    let Some((booking_id, content_hash)) = guard else {
        return Ok(None);
    };
    if content_hash != new.content_hash {
        return Ok(Some(Booked::AlreadySent));
    }
    let row: Option<BookingRow> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE id = $1 AND status = $2 AND end_utc > $3"
    ))
    .bind(booking_id)
    .bind(BookingStatus::Booked.code())
    .bind(format(now))
    .fetch_optional(&mut *tx.0)
    .await?;
    Ok(Some(match row {
        Some(row) => Booked::Repeated(row.read()?),
        None => Booked::AlreadySent,
    }))
}

/// Forgets the request guards whose window has passed; returns how many.
pub async fn purge_request_guards(tx: &mut Tx, now: DateTime<Utc>) -> Result<u64> {
    let purged = sqlx::query("DELETE FROM booking_requests WHERE expires_utc <= $1")
        .bind(format(now))
        .execute(&mut *tx.0)
        .await?;
    Ok(purged.rows_affected())
}

/// The condition that a booking is still to come at `$now`: a code
/// answers for nothing else.
const STILL_TO_COME: &str = "status = 'booked' AND end_utc > $2";

/// The booking still to come (status `booked`, slot not ended at `now`)
/// whose code has this hash; `None` for every other code.
pub async fn by_code(
    db: &Db,
    code_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<StoredBooking>> {
    let row: Option<BookingRow> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE code_hash = $1 AND {STILL_TO_COME}"
    ))
    .bind(code_hash)
    .bind(format(now))
    .fetch_optional(&db.pool)
    .await?;
    row.map(BookingRow::read).transpose()
}

/// The booking with this code hash at `site_id`: what reception looks up
/// when a client shows a code.
pub async fn at_site_by_code(
    db: &Db,
    site_id: &str,
    code_hash: &str,
) -> Result<Option<StoredBooking>> {
    let row: Option<BookingRow> =
        sqlx::query_as(&format!("{COLUMNS} WHERE site_id = $1 AND code_hash = $2"))
            .bind(site_id)
            .bind(code_hash)
            .fetch_optional(&db.pool)
            .await?;
    row.map(BookingRow::read).transpose()
}

/// A site's bookings starting in `[from, to)`, in time order, a slot's in
/// the order they were made.
pub async fn between(
    db: &Db,
    site_id: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<StoredBooking>> {
    let rows = sqlx::query_as(&format!(
        "{COLUMNS} WHERE site_id = $1 AND start_utc >= $2 AND start_utc < $3
         ORDER BY start_utc, id"
    ))
    .bind(site_id)
    .bind(format(from))
    .bind(format(to))
    .fetch_all(&db.pool)
    .await?;
    read_all(rows)
}

/// Which booking to cancel: by its code, or (staff) by its number at a site.
pub enum Which<'a> {
    Code { code_hash: &'a str },
    AtSite { site_id: &'a str, id: i64 },
}

/// Cancels a booking still to come: frees its seat, erases the nickname
/// and retires its code at once. By code, only while its slot has not
/// ended at `now`. `false` when there is no such booking.
pub async fn cancel(tx: &mut Tx, which: Which<'_>, now: DateTime<Utc>) -> Result<bool> {
    let cancelled: Option<(i64, String, String)> = match which {
        Which::Code { code_hash } => {
            sqlx::query_as(&format!(
                "UPDATE bookings SET status = $1, nickname = NULL
                 WHERE code_hash = $3 AND {STILL_TO_COME} RETURNING id, site_id, start_utc"
            ))
            .bind(BookingStatus::Cancelled.code())
            .bind(format(now))
            .bind(code_hash)
            .fetch_optional(&mut *tx.0)
            .await?
        }
        Which::AtSite { site_id, id } => {
            sqlx::query_as(
                "UPDATE bookings SET status = $1, nickname = NULL
                 WHERE status = $2 AND id = $3 AND site_id = $4 RETURNING id, site_id, start_utc",
            )
            .bind(BookingStatus::Cancelled.code())
            .bind(BookingStatus::Booked.code())
            .bind(id)
            .bind(site_id)
            .fetch_optional(&mut *tx.0)
            .await?
        }
    };
    let Some((id, site_id, start)) = cancelled else {
        return Ok(false);
    };
    retire_codes(tx, &[id]).await?;
    free_seat(tx, &site_id, &start).await?;
    Ok(true)
}

/// Which coming bookings of a site staff release at once.
pub enum Release<'a> {
    /// Those of the slots starting at these instants.
    Slots(&'a [DateTime<Utc>]),
    /// Those starting in `[from, to)`: a day.
    Between(DateTime<Utc>, DateTime<Utc>),
}

/// Cancels, at `site_id`, every booking still `booked` that `which` names
/// and that starts at `now` or later: frees their seats, erases their
/// nicknames and retires their codes at once. Returns how many were
/// released.
pub async fn release(
    tx: &mut Tx,
    site_id: &str,
    which: Release<'_>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let ranges: Vec<(String, String)> = match which {
        Release::Slots(starts) => starts
            .iter()
            .map(|start| {
                (
                    format(*start),
                    format(*start + chrono::Duration::seconds(1)),
                )
            })
            .collect(),
        Release::Between(from, to) => vec![(format(from.max(now)), format(to))],
    };
    let mut released = 0;
    for (from, to) in ranges {
        let cancelled: Vec<(i64, String)> = sqlx::query_as(
            "UPDATE bookings SET status = $1, nickname = NULL
             WHERE site_id = $2 AND status = $3 AND start_utc >= $4 AND start_utc < $5
               AND start_utc >= $6
             RETURNING id, start_utc",
        )
        .bind(BookingStatus::Cancelled.code())
        .bind(site_id)
        .bind(BookingStatus::Booked.code())
        .bind(&from)
        .bind(&to)
        .bind(format(now))
        .fetch_all(&mut *tx.0)
        .await?;
        released += cancelled.len() as u64;
        let ids: Vec<i64> = cancelled.iter().map(|(id, _)| *id).collect();
        retire_codes(tx, &ids).await?;
        for (_, start) in cancelled {
            free_seat(tx, site_id, &start).await?;
        }
    }
    Ok(released)
}

/// Marks a booking at `site_id` as `to`, if its status is one of `from`.
/// `false` when no such booking at this site is in one of them.
pub async fn set_status(
    tx: &mut Tx,
    site_id: &str,
    id: i64,
    from: &[BookingStatus],
    to: BookingStatus,
) -> Result<bool> {
    let placeholders: Vec<String> = (0..from.len()).map(|i| format!("${}", i + 4)).collect();
    let sql = format!(
        "UPDATE bookings SET status = $1 WHERE id = $2 AND site_id = $3 AND status IN ({})",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql).bind(to.code()).bind(id).bind(site_id);
    for status in from {
        query = query.bind(status.code());
    }
    Ok(query.execute(&mut *tx.0).await?.rows_affected() == 1)
}

pub enum Rescheduled {
    Moved(StoredBooking),
    /// No booking still to come at this site has the code.
    NotFound,
    Full,
}

/// Moves a booking still to come at `now` to another slot of the same
/// site, keeping its code: the new seat is taken and the old one freed
/// together.
pub async fn reschedule(
    tx: &mut Tx,
    code_hash: &str,
    site_id: &str,
    slot: Slot,
    capacity: u32,
    now: DateTime<Utc>,
) -> Result<Rescheduled> {
    let start = format(slot.start);
    open_seat_row(tx, site_id, &start, capacity).await?;
    let current: Option<String> = sqlx::query_scalar(&format!(
        "SELECT start_utc FROM bookings WHERE code_hash = $1 AND {STILL_TO_COME} AND site_id = $3"
    ))
    .bind(code_hash)
    .bind(format(now))
    .bind(site_id)
    .fetch_optional(&mut *tx.0)
    .await?;
    let Some(old_start) = current else {
        return Ok(Rescheduled::NotFound);
    };
    if old_start != start {
        if !take_seat(tx, site_id, &start).await? {
            return Ok(Rescheduled::Full);
        }
        free_seat(tx, site_id, &old_start).await?;
        sqlx::query("UPDATE bookings SET start_utc = $1, end_utc = $2 WHERE code_hash = $3")
            .bind(&start)
            .bind(format(slot.end))
            .bind(code_hash)
            .execute(&mut *tx.0)
            .await?;
    }
    let moved: BookingRow = sqlx::query_as(&format!("{COLUMNS} WHERE code_hash = $1"))
        .bind(code_hash)
        .fetch_one(&mut *tx.0)
        .await?;
    Ok(Rescheduled::Moved(moved.read()?))
}

/// Retires the codes of bookings whose slot has ended at `now` (their code
/// hash becomes a random value); returns how many.
pub async fn retire_ended_codes(tx: &mut Tx, now: DateTime<Utc>) -> Result<u64> {
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT id FROM bookings WHERE end_utc <= $1 AND code_hash NOT LIKE '{RETIRED}%'"
    ))
    .bind(format(now))
    .fetch_all(&mut *tx.0)
    .await?;
    retire_codes(tx, &ids).await?;
    Ok(ids.len() as u64)
}

/// Erases the (sealed) nicknames of bookings whose slot ended by `by`
/// (the start of the first day whose key still exists): their keys are
/// destroyed, this only tidies. Returns how many were erased.
pub async fn erase_nicknames_ended_by(tx: &mut Tx, by: DateTime<Utc>) -> Result<u64> {
    let result = sqlx::query(
        "UPDATE bookings SET nickname = NULL WHERE nickname IS NOT NULL AND end_utc <= $1",
    )
    .bind(format(by))
    .execute(&mut *tx.0)
    .await?;
    Ok(result.rows_affected())
}

/// Every booking that has a nickname, as stored (sealed, or plain from
/// before nicknames were sealed).
pub async fn with_nicknames(db: &Db) -> Result<Vec<StoredBooking>> {
    let rows = sqlx::query_as(&format!("{COLUMNS} WHERE nickname IS NOT NULL"))
        .fetch_all(&db.pool)
        .await?;
    read_all(rows)
}

/// Replaces the stored nickname `stored` of the bookings of the slot at
/// `start` of `site_id` with `replacement` (sealed, or `None`); a row
/// another instance changed first is left alone.
pub async fn replace_nickname(
    tx: &mut Tx,
    site_id: &str,
    start: DateTime<Utc>,
    stored: &str,
    replacement: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "UPDATE bookings SET nickname = $1 WHERE site_id = $2 AND start_utc = $3 AND nickname = $4",
    )
    .bind(replacement)
    .bind(site_id)
    .bind(format(start))
    .bind(stored)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Stores `sealed` as the nickname of the booking with this code hash (a
/// booking moved to another day is sealed again under that day's key).
pub async fn reseal_nickname(tx: &mut Tx, code_hash: &str, sealed: &str) -> Result<()> {
    sqlx::query("UPDATE bookings SET nickname = $1 WHERE code_hash = $2")
        .bind(sealed)
        .bind(code_hash)
        .execute(&mut *tx.0)
        .await?;
    Ok(())
}

/// The starts of a site's bookings still to come (status `booked`), soonest
/// first: what closing the site affects.
pub async fn upcoming_starts(
    db: &Db,
    site_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT start_utc FROM bookings WHERE site_id = $1 AND start_utc >= $2 AND status = 'booked'
         ORDER BY start_utc",
    )
    .bind(site_id)
    .bind(format(now))
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(|(start,)| instant(&start)).collect()
}
