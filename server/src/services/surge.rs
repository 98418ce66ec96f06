//! Surges of bookings at a site (see [`crate::domain::bookings::surge`]): a booking
//! that arrives during one waits for its turn in its own request, before
//! it reaches the database (so on SQLite it never holds up the booking
//! writer, nor other sites' bookings), and the day is counted for the
//! site's staff. Staff can then release every coming booking of chosen
//! slots, or of a whole day, at once (audited).

use super::reception::{ReceptionError, local_days};
use super::{Actor, audit};
use crate::db::bookings::Release;
use crate::db::{self, DbError};
use crate::domain::sites::site::Site;
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use std::time::Instant;

/// Counts a booking arriving at `site`; while the site is in a surge,
/// records that one more booking was slowed and waits for its turn.
pub async fn wait_turn(app: &AppState, site: &Site) -> Result<(), DbError> {
    let wait = app
        .surges
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .arrive(&site.id, Instant::now());
    if wait.is_zero() {
        return Ok(());
    }
    let day = app.now().with_timezone(&site.timezone).date_naive();
    let mut tx = app.db.begin().await?;
    db::surges::count_slowed(&mut tx, &site.id, day).await?;
    tx.commit().await?;
    tokio::time::sleep(wait).await;
    Ok(())
}

/// Forgets the surges of days before `day` (the retention job's sweep).
pub async fn forget_before(app: &AppState, day: NaiveDate) -> Result<u64, DbError> {
    let mut tx = app.db.begin().await?;
    let deleted = db::surges::delete_before(&mut tx, day).await?;
    tx.commit().await?;
    Ok(deleted)
}

/// What staff release: the coming bookings of some slots, or of a day.
pub enum Released {
    /// The slots' starts.
    Slots(Vec<DateTime<Utc>>),
    /// The site's local day.
    Day(NaiveDate),
}

/// Cancels every coming booking that `which` names at `site`: their seats
/// are free again and their nicknames erased at once; one audit entry
/// says which slots or day and how many. Returns the local day to show.
pub async fn release(
    app: &AppState,
    actor: Actor,
    site: &Site,
    which: Released,
) -> Result<NaiveDate, ReceptionError> {
    let tz = site.timezone;
    let (day, release, what) = match which {
        Released::Day(day) => {
            let (from, to) = local_days(tz, day, 1);
            (day, Release::Between(from, to), day.to_string())
        }
        Released::Slots(ref starts) => {
            let local: Vec<_> = starts.iter().map(|s| s.with_timezone(&tz)).collect();
            let day = local
                .first()
                .ok_or(ReceptionError::NothingToRelease)?
                .date_naive();
            let times: Vec<_> = local
                .iter()
                .map(|t| t.format("%H:%M").to_string())
                .collect();
            (
                day,
                Release::Slots(starts),
                format!("{day} {}", times.join(", ")),
            )
        }
    };
    let mut tx = app.db.begin().await?;
    let released = db::bookings::release(&mut tx, &site.id, release, app.now()).await?;
    let detail = format!("{what}: {released}");
    audit(&mut tx, actor, "bookings-released", Some(&site.id), &detail).await?;
    tx.commit().await?;
    Ok(day)
}
