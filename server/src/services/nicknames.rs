//! Nicknames are stored sealed under the key of their booking's day and
//! opened when read; when the day is over its key is destroyed and the
//! nickname reads as erased in every copy of the database.

use crate::db::bookings::StoredBooking;
use crate::db::{self, DbError};
use crate::domain::day_keys::{booking_day, day_start, first_live_day, sealed_day};
use crate::state::AppState;
use chrono::{DateTime, Utc};

/// `nickname` sealed for a booking whose slot ends at `slot_end`; `None`
/// when that day is over already.
pub fn seal(app: &AppState, slot_end: DateTime<Utc>, nickname: &str) -> Option<String> {
    app.day_keys.seal(booking_day(slot_end), nickname)
}

/// The nickname sealed in `sealed`; `None` when its day is over, even if
/// the sweep has not destroyed its key yet (every instance then reads the
/// same from midnight on), or when its key is gone.
pub fn open_text(app: &AppState, sealed: &str) -> Option<String> {
    let day = sealed_day(sealed)?;
    if day < first_live_day(app.now(), app.retention_days) {
        return None;
    }
    app.day_keys.open(sealed)
}

/// The booking with its nickname opened ([`open_text`]): `None` when
/// erased or its day is over.
pub fn open(app: &AppState, mut booking: StoredBooking) -> StoredBooking {
    booking.nickname = booking.nickname.and_then(|sealed| open_text(app, &sealed));
    booking
}

/// The bookings with their nicknames opened.
pub fn open_all(app: &AppState, bookings: Vec<StoredBooking>) -> Vec<StoredBooking> {
    bookings.into_iter().map(|b| open(app, b)).collect()
}

/// At start: seals every nickname still stored in plain text (written
/// before nicknames were sealed), or erases it when its day is over.
/// Returns how many were changed.
pub async fn seal_plain(app: &AppState) -> Result<u64, DbError> {
    let first_live = first_live_day(app.now(), app.retention_days);
    let mut tx = app.db.begin().await?;
    let mut changed = 0;
    for booking in db::bookings::with_nicknames(&app.db).await? {
        let Some(stored) = booking.nickname else {
            continue;
        };
        if sealed_day(&stored).is_some() {
            continue;
        }
        let sealed = (booking_day(booking.end) >= first_live)
            .then(|| seal(app, booking.end, &stored))
            .flatten();
        let (site, start) = (&booking.site_id, booking.start);
        db::bookings::replace_nickname(&mut tx, site, start, &stored, sealed.as_deref()).await?;
        changed += 1;
    }
    tx.commit().await?;
    Ok(changed)
}

#[derive(Debug, thiserror::Error)]
pub enum DestroyError {
    #[error("cannot rewrite the key state: {0}")]
    KeyState(#[from] std::io::Error),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The sweep's step: destroys the keys of the days that are over (the key
/// state file is rewritten), then erases the nicknames sealed under them,
/// which nobody can open any more. Returns how many were erased.
pub async fn destroy_over_days(app: &AppState) -> Result<u64, DestroyError> {
    if app.day_keys.destroy_over(app.now(), app.retention_days)? {
        tracing::info!("the keys of the days that are over are destroyed");
    }
    let destroyed_until = day_start(app.day_keys.first_day());
    let mut tx = app.db.begin().await?;
    let erased = db::bookings::erase_nicknames_ended_by(&mut tx, destroyed_until).await?;
    tx.commit().await?;
    Ok(erased)
}
