//! Booking: the free slots of a site, and booking, finding, moving and
//! cancelling by code. The slot is checked against the site's hours, rules
//! and closed days; the code is derived from the form's random id and only
//! its keyed hash is stored. A code answers only for a booking still to
//! come: every other code gets the answer a code never issued gets.

use super::{limits, nicknames, service_error, surge};
use crate::db::bookings::{Booked, NewBooking, Rescheduled, StoredBooking, Which};
use crate::db::{self, DbError};
use crate::domain::access::token::random_hex;
use crate::domain::bookings::booker::Booker;
use crate::domain::bookings::booking::{BookingCode, Nickname, NicknameError, RequestId};
use crate::domain::bookings::date_reach;
use crate::domain::bookings::seats::OpenSlot;
use crate::domain::bookings::slots::{Slot, SlotRules, slots};
use crate::domain::index::directory::Directory;
use crate::domain::sites::site::Site;
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use std::sync::Arc;
use vocabulary::Service;

#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    #[error("no such site")]
    UnknownSite,
    #[error("this site does not take bookings online")]
    NotBookable,
    #[error("that time is not a free slot of this site")]
    NotASlot,
    #[error("that slot is full")]
    Full,
    #[error(transparent)]
    Nickname(#[from] NicknameError),
    #[error("request_id must be random: 32 to 100 hex digits, or a UUID")]
    BadRequestId,
    #[error(
        "this booking request was already sent: nothing new was booked; look your booking up with its code"
    )]
    AlreadySent,
    #[error("unknown service")]
    UnknownService,
    #[error("a booking code has 8 letters and digits, like 7KQ2-M9XD")]
    BadCode,
    #[error("no active booking has this code")]
    UnknownCode,
    #[error("too many tries: wait ten minutes")]
    TooManyTries,
    #[error("too many bookings from this connection: try again in an hour")]
    TooManyBookings,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(BookingError {
    UnknownSite => (NotFound, "booking-error-not-bookable"),
    NotBookable => (Conflict, "booking-error-not-bookable"),
    NotASlot => (Conflict, "booking-error-not-a-slot"),
    Full => (Conflict, "booking-error-full"),
    Nickname(NicknameError::TooShort) => (Invalid, "booking-error-nickname-short"),
    Nickname(NicknameError::TooLong) => (Invalid, "booking-error-nickname-long"),
    Nickname(NicknameError::BadCharacter) => (Invalid, "booking-error-nickname-characters"),
    Nickname(NicknameError::LooksLikePhone) => (Invalid, "booking-error-nickname-phone"),
    BadRequestId => (Invalid, "booking-error-request-id"),
    AlreadySent => (Conflict, "booking-error-already-sent"),
    UnknownService => (Invalid, "booking-error-service"),
    BadCode => (Invalid, "find-bad-code"),
    UnknownCode => (NotFound, "find-not-found"),
    TooManyTries => (TooManyTries, "find-too-many"),
    TooManyBookings => (TooManyTries, "booking-error-too-many"),
    Internal(_) => (Internal, "error-internal"),
});

/// A booking request, read into domain types at the door
/// (`web::booking_input`).
pub struct BookingRequest<'a> {
    pub site_id: &'a str,
    pub start: DateTime<Utc>,
    pub nickname: Nickname,
    pub service: Option<Service>,
    /// The id of one booking form; the same id books once.
    pub request_id: RequestId,
    /// The outreach organisation booking for its client, if any: only
    /// when its signed-in worker ticked "this is a referral by …".
    pub referral_org_id: Option<i64>,
    /// Whom the booking caps count it against.
    pub booker: &'a Booker,
}

pub struct Confirmation {
    pub code: BookingCode,
    pub booking: StoredBooking,
    pub site: Site,
    /// `false` when the same request came again within the replay window
    /// (a double click).
    pub created: bool,
}

/// 128 random bits, hex: the id of one booking form.
pub fn random_request_id() -> String {
    random_hex::<16>()
}

/// Reads a typed code.
pub fn parse_code(typed: &str) -> Result<BookingCode, BookingError> {
    BookingCode::parse(typed).map_err(|_| BookingError::BadCode)
}

/// A site as the current directory build has it, with its kept days.
struct Published {
    directory: Arc<Directory>,
    position: usize,
}

impl Published {
    fn site(&self) -> &Site {
        &self.directory.sites()[self.position]
    }
}

fn published_site(app: &AppState, site_id: &str) -> Result<Published, BookingError> {
    let directory = app.directory();
    let position = directory
        .position(site_id)
        .ok_or(BookingError::UnknownSite)?;
    Ok(Published {
        directory,
        position,
    })
}

/// The published sites that take bookings online, by id.
pub async fn bookable_sites(app: &AppState) -> Result<Vec<String>, BookingError> {
    let directory = app.directory();
    let ids = db::schedule::bookable_sites(&app.db).await?;
    Ok(ids
        .into_iter()
        .filter(|id| directory.position(id).is_some())
        .collect())
}

async fn rules_of(app: &AppState, site_id: &str) -> Result<SlotRules, BookingError> {
    db::schedule::rules(&app.db, site_id)
        .await?
        .ok_or(BookingError::NotBookable)
}

/// The slots of `days` local days from `from`, with seats left, of a site
/// that takes bookings; none beyond two years of today (`domain::bookings::date_reach`).
pub async fn open_slots(
    app: &AppState,
    site_id: &str,
    from: NaiveDate,
    days: u32,
    now: DateTime<Utc>,
) -> Result<Vec<OpenSlot>, BookingError> {
    let published = published_site(app, site_id)?;
    let rules = rules_of(app, site_id).await?;
    let tz = published.site().timezone;
    let today = now.with_timezone(&tz).date_naive();
    if published.site().hours.is_none() || !date_reach::within_reach(from, today) {
        return Ok(vec![]);
    }
    let used = db::schedule::seats_used(&app.db, site_id, now).await?;
    let closed = db::schedule::closures(&app.db, site_id, from).await?;
    let opening = published.directory.opening(published.position);
    Ok(slots(&opening, tz, &rules, from, days, now)
        .into_iter()
        .filter(|slot| !closed.contains(&slot.local_start(tz).date()))
        .map(|slot| {
            let seats = used.get(&slot.start).copied().unwrap_or_default();
            OpenSlot::new(slot, rules.capacity, seats)
        })
        .collect())
}

/// The slot of the site starting at `start` (RFC 3339), if it is one on a
/// day the site is open, and the site's rules.
async fn slot_at(
    app: &AppState,
    published: &Published,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(Slot, SlotRules), BookingError> {
    let site = published.site();
    let local_date = start.with_timezone(&site.timezone).date_naive();
    let today = now.with_timezone(&site.timezone).date_naive();
    if !date_reach::within_reach(local_date, today) {
        return Err(BookingError::NotASlot);
    }
    let (rules, closed) = db::schedule::rules_on(&app.db, &site.id, local_date)
        .await?
        .ok_or(BookingError::NotBookable)?;
    if closed || site.hours.is_none() {
        return Err(BookingError::NotASlot);
    }
    let opening = published.directory.opening(published.position);
    slots(&opening, site.timezone, &rules, local_date, 1, now)
        .into_iter()
        .find(|slot| slot.start == start)
        .map(|slot| (slot, rules))
        .ok_or(BookingError::NotASlot)
}

/// Books a slot under a nickname; the same request id books once. Sent
/// again within 15 minutes for the same site, start and nickname, it gets
/// the same booking and code back while that booking is still to come;
/// any other use of the id books nothing and shows no code. A well-formed
/// request for a real slot counts against its booker's caps (refused, with
/// nothing written, once they are used up) and, while its site is in a
/// surge, waits for its turn first.
pub async fn book(
    app: &AppState,
    request: &BookingRequest<'_>,
    now: DateTime<Utc>,
) -> Result<Confirmation, BookingError> {
    let (request_id, nickname, service) = (&request.request_id, &request.nickname, request.service);
    let published = published_site(app, request.site_id)?;
    let site = published.site();
    let (slot, _) = slot_at(app, &published, request.start, now).await?;
    if !app.load_test {
        let key = request.booker.key();
        if !limits::allow_all(app, &request.booker.limits(), &key).await? {
            return Err(BookingError::TooManyBookings);
        }
        surge::wait_turn(app, site).await?;
    }
    let code = app.code_key.code_for(request_id);
    let start = crate::domain::instant::format(slot.start);
    let sealed = nicknames::seal(app, slot.end, nickname.as_str()).ok_or(BookingError::NotASlot)?;
    let new = NewBooking {
        request_hash: app.code_key.request_hash(request_id),
        content_hash: app
            .code_key
            .request_content_hash(&site.id, &start, nickname.as_str()),
        code_hash: app.code_key.code_hash(&code),
        site_id: site.id.clone(),
        slot,
        nickname: sealed,
        service: service.map(|s| s.code().to_string()),
        referral_org_id: request.referral_org_id,
    };
    let (booking, created) = match db::bookings::book(&app.db, new, now).await? {
        Booked::New(booking) => (booking, true),
        Booked::Repeated(booking) => (booking, false),
        Booked::AlreadySent => return Err(BookingError::AlreadySent),
        Booked::Full => return Err(BookingError::Full),
    };
    Ok(Confirmation {
        code,
        booking: nicknames::open(app, booking),
        site: site.clone(),
        created,
    })
}

/// The booking with `code` if it is still to come (status booked, slot
/// not ended); a cancelled or past booking's code is [`BookingError::UnknownCode`],
/// exactly as a code never issued.
pub async fn find(app: &AppState, code: &BookingCode) -> Result<StoredBooking, BookingError> {
    let found = db::bookings::by_code(&app.db, &app.code_key.code_hash(code), app.now()).await?;
    Ok(nicknames::open(
        app,
        found.ok_or(BookingError::UnknownCode)?,
    ))
}

/// Cancels the booking with `code` if it is still to come: its seat is
/// free again, its nickname erased and its code retired at once.
pub async fn cancel(app: &AppState, code: &BookingCode) -> Result<(), BookingError> {
    let code_hash = app.code_key.code_hash(code);
    let mut tx = app.db.begin().await?;
    if !db::bookings::cancel(
        &mut tx,
        Which::Code {
            code_hash: &code_hash,
        },
        app.now(),
    )
    .await?
    {
        return Err(BookingError::UnknownCode);
    }
    tx.commit().await?;
    Ok(())
}

/// Moves the booking with `code` to the slot starting at `start` at the
/// same site; the code stays the same.
pub async fn reschedule(
    app: &AppState,
    code: &BookingCode,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<StoredBooking, BookingError> {
    let current = find(app, code).await?;
    let published = published_site(app, &current.site_id)?;
    let site = published.site();
    let (slot, rules) = slot_at(app, &published, start, now).await?;
    let code_hash = app.code_key.code_hash(code);
    let mut tx = app.db.begin().await?;
    let moved = db::bookings::reschedule(&mut tx, &code_hash, &site.id, slot, rules.capacity, now);
    let mut booking = match moved.await? {
        Rescheduled::Moved(booking) => booking,
        Rescheduled::NotFound => return Err(BookingError::UnknownCode),
        Rescheduled::Full => return Err(BookingError::Full),
    };
    // Sealed again under the key of the day it now belongs to.
    if let Some(nickname) = &current.nickname {
        let sealed = nicknames::seal(app, slot.end, nickname).ok_or(BookingError::NotASlot)?;
        db::bookings::reseal_nickname(&mut tx, &code_hash, &sealed).await?;
    }
    tx.commit().await?;
    booking.nickname = current.nickname;
    Ok(booking)
}

/// Retires the codes of bookings whose slot has ended: their code hash
/// becomes a random value. Returns how many.
pub async fn retire_ended_codes(app: &AppState) -> Result<u64, DbError> {
    let mut tx = app.db.begin().await?;
    let retired = db::bookings::retire_ended_codes(&mut tx, app.now()).await?;
    tx.commit().await?;
    Ok(retired)
}

/// Forgets the booking requests' replay guards past their 15 minutes.
pub async fn forget_request_guards(app: &AppState) -> Result<u64, DbError> {
    let mut tx = app.db.begin().await?;
    let purged = db::bookings::purge_request_guards(&mut tx, app.now()).await?;
    tx.commit().await?;
    Ok(purged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::{ErrorKind, ServiceError};

    #[test]
    fn each_refusal_has_its_kind() {
        assert_eq!(BookingError::Full.kind(), ErrorKind::Conflict);
        assert_eq!(BookingError::UnknownSite.kind(), ErrorKind::NotFound);
        let short = BookingError::Nickname(NicknameError::TooShort);
        assert_eq!(short.kind(), ErrorKind::Invalid);
        assert_eq!(short.message_key(), "booking-error-nickname-short");
    }
}
