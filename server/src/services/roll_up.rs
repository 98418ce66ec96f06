//! Bookings of days that are over become counts (`booking_counts`) and
//! are deleted, with their slots' seat rows: the indicators and referral
//! counts read live rows and counts alike, so their figures do not move.

use super::indicators::fact_of;
use crate::db::{self, DbError};
use crate::domain::bookings::indicators::{self, BookingFact};
use crate::domain::day_keys::{SENIM_ZONE, first_live_day};
use crate::state::AppState;
use chrono::{DateTime, NaiveTime, Utc};

/// Rolls up every booking whose day is over (its Senim day, that of the
/// slot's end less a second, is before the first live day): counted and
/// deleted in one transaction. Returns how many bookings were rolled up.
pub async fn ended_days(app: &AppState) -> Result<usize, DbError> {
    let mut tx = app.db.begin().await?;
    let ended = db::counts::take_ended_bookings(&mut tx, ended_by(app)).await?;
    let directory = app.directory();
    let facts: Vec<BookingFact> = ended.into_iter().map(|b| fact_of(&directory, b)).collect();
    db::counts::add_bookings(&mut tx, &indicators::count_bookings(&facts)).await?;
    tx.commit().await?;
    Ok(facts.len())
}

/// The start of the first live day: a slot ending by then belongs to a
/// day that is over.
fn ended_by(app: &AppState) -> DateTime<Utc> {
    let day = first_live_day(app.now(), app.retention_days);
    day.and_time(NaiveTime::MIN)
        .and_local_timezone(SENIM_ZONE)
        .earliest()
        .map_or_else(|| day.and_time(NaiveTime::MIN).and_utc(), |t| t.to_utc())
}
