//! Reception at a site: its bookings by day or week, a client's code
//! checked, bookings marked arrived, seen, no-show or cancelled, slots
//! blocked, walk-ins counted. Every change is audited with it.

use super::booking::{BookingError, open_slots};
use super::{Actor, audit, audit_day, nicknames, service_error};
use crate::db::bookings::{StoredBooking, Which};
use crate::db::{self, DbError};
use crate::domain::bookings::booking::BookingCode;
use crate::domain::bookings::booking_status::BookingStatus;
use crate::domain::bookings::seats::OpenSlot;
use crate::domain::sites::site::Site;
use crate::state::AppState;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use vocabulary::Service;

#[derive(Debug, thiserror::Error)]
pub enum ReceptionError {
    #[error("that booking cannot take that status")]
    StatusRefused,
    #[error("no booking at this site has this code")]
    CodeUnknown,
    #[error("that is not a coming slot of this site")]
    SlotRefused,
    #[error("choose the times to release, or the whole day")]
    NothingToRelease,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ReceptionError {
    StatusRefused => (Conflict, "portal-status-refused"),
    CodeUnknown => (NotFound, "portal-code-unknown"),
    SlotRefused => (Conflict, "portal-slot-refused"),
    NothingToRelease => (Invalid, "portal-release-nothing"),
    Internal(_) => (Internal, "error-internal"),
});

/// One local day at a site, as reception sees it.
pub struct Day {
    pub bookings: Vec<StoredBooking>,
    pub walk_ins: u32,
    /// Closed all day (a holiday).
    pub closed: bool,
    /// The day's slots, with seats used; none when the site takes no bookings.
    pub slots: Vec<OpenSlot>,
    /// Bookings slowed down by a surge on this day (0: no surge).
    pub slowed: u32,
}

/// The UTC instants of local midnight on `date` and `days` days later.
pub(super) fn local_days(tz: Tz, date: NaiveDate, days: i64) -> (DateTime<Utc>, DateTime<Utc>) {
    let midnight = |day: NaiveDate| {
        day.and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(tz).earliest())
            .map_or_else(
                || day.and_time(chrono::NaiveTime::MIN).and_utc(),
                |t| t.to_utc(),
            )
    };
    (midnight(date), midnight(date + Duration::days(days)))
}

/// A site's open slots on one local day; none when it takes no bookings.
async fn slots_of_day(
    app: &AppState,
    site: &Site,
    date: NaiveDate,
) -> Result<Vec<OpenSlot>, DbError> {
    match open_slots(app, &site.id, date, 1, app.now()).await {
        Ok(slots) => Ok(slots),
        Err(BookingError::Internal(error)) => Err(error),
        Err(_) => Ok(vec![]),
    }
}

pub async fn day(app: &AppState, site: &Site, date: NaiveDate) -> Result<Day, ReceptionError> {
    let (from, to) = local_days(site.timezone, date, 1);
    Ok(Day {
        bookings: nicknames::open_all(
            app,
            db::bookings::between(&app.db, &site.id, from, to).await?,
        ),
        walk_ins: db::counts::walk_ins_on(&app.db, &site.id, date).await?,
        closed: db::schedule::is_closed(&app.db, &site.id, date).await?,
        slots: slots_of_day(app, site, date).await?,
        slowed: db::surges::slowed_on(&app.db, &site.id, date).await?,
    })
}

/// The bookings of the seven local days from `monday`.
pub async fn week(
    app: &AppState,
    site: &Site,
    monday: NaiveDate,
) -> Result<Vec<StoredBooking>, ReceptionError> {
    let (from, to) = local_days(site.timezone, monday, 7);
    let bookings = db::bookings::between(&app.db, &site.id, from, to).await?;
    Ok(nicknames::open_all(app, bookings))
}

/// Marks a booking of this site, by its number: arrived, fulfilled (seen)
/// or no-show; or cancelled, which frees the seat, erases the nickname and
/// retires the code.
pub async fn mark(
    app: &AppState,
    actor: Actor,
    site: &Site,
    booking_id: i64,
    status: BookingStatus,
) -> Result<(), ReceptionError> {
    let sources = BookingStatus::sources_of(status);
    if sources.is_empty() {
        return Err(ReceptionError::StatusRefused);
    }
    let mut tx = app.db.begin().await?;
    let changed = if status == BookingStatus::Cancelled {
        let which = Which::AtSite {
            site_id: &site.id,
            id: booking_id,
        };
        db::bookings::cancel(&mut tx, which, app.now()).await?
    } else {
        db::bookings::set_status(&mut tx, &site.id, booking_id, &sources, status).await?
    };
    if !changed {
        return Err(ReceptionError::StatusRefused);
    }
    audit_day(
        &mut tx,
        actor,
        "booking-status",
        &site.id,
        status.code(),
        app.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The booking of this site that a client's code belongs to.
pub async fn check_code(
    app: &AppState,
    site: &Site,
    code: &BookingCode,
) -> Result<StoredBooking, ReceptionError> {
    let hash = app.code_key.code_hash(code);
    let found = db::bookings::at_site_by_code(&app.db, &site.id, &hash).await?;
    Ok(nicknames::open(
        app,
        found.ok_or(ReceptionError::CodeUnknown)?,
    ))
}

/// Blocks (or opens again) the coming slot starting at `start`; returns
/// the slot's local date.
pub async fn block(
    app: &AppState,
    actor: Actor,
    site: &Site,
    start: DateTime<Utc>,
    blocked: bool,
) -> Result<NaiveDate, ReceptionError> {
    let date = start.with_timezone(&site.timezone).date_naive();
    let open = slots_of_day(app, site, date).await?;
    let slot = open
        .into_iter()
        .find(|o| o.slot.start == start)
        .ok_or(ReceptionError::SlotRefused)?;
    let action = if blocked {
        "slot-blocked"
    } else {
        "slot-unblocked"
    };
    let detail = slot
        .slot
        .local_start(site.timezone)
        .format("%Y-%m-%d %H:%M");
    let mut tx = app.db.begin().await?;
    db::schedule::set_blocked(&mut tx, &site.id, start, slot.capacity, blocked).await?;
    audit(&mut tx, actor, action, Some(&site.id), &detail.to_string()).await?;
    tx.commit().await?;
    Ok(date)
}

/// Counts one person seen without a booking on the site's local day (and
/// the service, if one; the audit count never names it); returns that day.
pub async fn walk_in(
    app: &AppState,
    actor: Actor,
    site: &Site,
    service: Option<Service>,
) -> Result<NaiveDate, ReceptionError> {
    let service = service.map(Service::code);
    let now = app.now();
    let day = now.with_timezone(&site.timezone).date_naive();
    let mut tx = app.db.begin().await?;
    db::counts::add_walk_in(&mut tx, &site.id, day, service).await?;
    audit_day(&mut tx, actor, "walk-in", &site.id, "", now).await?;
    tx.commit().await?;
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_day_starts_at_local_midnight() {
        let tz: Tz = "Asia/Almaty".parse().unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let (from, to) = local_days(tz, date, 1);
        assert_eq!(from.to_rfc3339(), "2026-11-22T19:00:00+00:00");
        assert_eq!(to - from, Duration::days(1));
        use crate::services::{ErrorKind, ServiceError};
        assert_eq!(ReceptionError::StatusRefused.kind(), ErrorKind::Conflict);
    }
}
