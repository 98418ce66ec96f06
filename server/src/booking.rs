//! Booking, as the API and the pages use it: checks the slot against the
//! site's hours and rules, derives the code, and calls the store.

use crate::booking_store::{self, Booked, NewBooking, StoredBooking, instant, parse_instant};
use crate::domain::booking::{BookingCode, Nickname, NicknameError};
use crate::domain::slots::{Slot, SlotRules, slots};
use crate::state::AppState;
use app::model::Service;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

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
    #[error("unknown service")]
    UnknownService,
    #[error("no active booking has this code")]
    UnknownCode,
    #[error("something went wrong")]
    Internal(#[from] anyhow::Error),
}

impl BookingError {
    /// The Fluent message id for the pages.
    pub fn message_key(&self) -> &'static str {
        match self {
            BookingError::UnknownSite | BookingError::NotBookable => "booking-error-not-bookable",
            BookingError::NotASlot => "booking-error-not-a-slot",
            BookingError::Full => "booking-error-full",
            BookingError::Nickname(NicknameError::TooShort) => "booking-error-nickname-short",
            BookingError::Nickname(NicknameError::TooLong) => "booking-error-nickname-long",
            BookingError::Nickname(NicknameError::BadCharacter) => {
                "booking-error-nickname-characters"
            }
            BookingError::UnknownService => "booking-error-service",
            BookingError::UnknownCode => "find-not-found",
            BookingError::Internal(_) => "error-internal",
        }
    }
}

/// A slot and how many seats are left.
pub struct OpenSlot {
    pub slot: Slot,
    pub capacity: u32,
    /// Seats left; none when blocked.
    pub available: u32,
    /// Seats booked.
    pub booked: u32,
    /// Blocked by staff.
    pub blocked: bool,
}

/// A booking request as typed by a person or sent to the API.
pub struct BookingRequest<'a> {
    pub site_id: &'a str,
    pub start: &'a str,
    pub nickname: &'a str,
    pub service: Option<&'a str>,
    /// A random id from the form; the same id books once.
    pub request_id: &'a str,
    /// The outreach organisation booking for its client, if any.
    pub referral_org: Option<&'a str>,
}

pub struct Confirmation {
    pub code: BookingCode,
    pub booking: StoredBooking,
    pub timezone: Tz,
}

impl AppState {
    fn bookable_site(
        &self,
        site_id: &str,
    ) -> Result<(crate::domain::site::Site, Tz), BookingError> {
        let directory = self.directory();
        let site = directory
            .site(site_id)
            .ok_or(BookingError::UnknownSite)?
            .clone();
        let tz = site.timezone;
        Ok((site, tz))
    }

    async fn rules_for(&self, site_id: &str) -> Result<SlotRules, BookingError> {
        booking_store::rules(&self.pool, site_id)
            .await?
            .ok_or(BookingError::NotBookable)
    }

    /// The slots of `days` local days from `from`, with seats left.
    pub async fn open_slots(
        &self,
        site_id: &str,
        from: NaiveDate,
        days: u32,
        now: DateTime<Utc>,
    ) -> Result<Vec<OpenSlot>, BookingError> {
        let (site, tz) = self.bookable_site(site_id)?;
        let rules = self.rules_for(site_id).await?;
        let Some(hours) = &site.hours else {
            return Ok(vec![]);
        };
        let taken = booking_store::seats_taken(&self.pool, site_id, now).await?;
        let closed = booking_store::closures(&self.pool, site_id, from).await?;
        Ok(slots(hours, tz, &rules, from, days, now)
            .into_iter()
            .filter(|slot| !closed.contains(&slot.local_start(tz).date()))
            .map(|slot| {
                let used = taken.get(&instant(slot.start)).copied().unwrap_or_default();
                OpenSlot {
                    slot,
                    capacity: rules.capacity,
                    available: if used.blocked {
                        0
                    } else {
                        rules.capacity.saturating_sub(used.booked)
                    },
                    booked: used.booked,
                    blocked: used.blocked,
                }
            })
            .collect())
    }

    pub async fn book(
        &self,
        request: &BookingRequest<'_>,
        now: DateTime<Utc>,
    ) -> Result<(Confirmation, bool), BookingError> {
        let nickname = Nickname::parse(request.nickname)?;
        let service = match request.service.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(code) => Some(Service::from_code(code).ok_or(BookingError::UnknownService)?),
        };
        let (site, tz) = self.bookable_site(request.site_id)?;
        let rules = self.rules_for(request.site_id).await?;
        let start = parse_instant(request.start).ok_or(BookingError::NotASlot)?;
        let hours = site.hours.as_ref().ok_or(BookingError::NotASlot)?;
        let local_date = start.with_timezone(&tz).date_naive();
        if booking_store::is_closed(&self.pool, &site.id, local_date).await? {
            return Err(BookingError::NotASlot);
        }
        let slot = slots(hours, tz, &rules, local_date, 1, now)
            .into_iter()
            .find(|slot| slot.start == start)
            .ok_or(BookingError::NotASlot)?;
        let request_id = if request.request_id.trim().is_empty() {
            random_request_id()
        } else {
            request.request_id.trim().to_string()
        };
        let code = self.code_key.code_for(&request_id);
        let new = NewBooking {
            request_hash: &self.code_key.request_hash(&request_id),
            code_hash: &self.code_key.code_hash(&code),
            site_id: &site.id,
            slot,
            capacity: rules.capacity,
            nickname: nickname.as_str(),
            service: service.map(Service::code),
            referral_org: request.referral_org,
        };
        match booking_store::book(&self.pool, &new, now).await? {
            Booked::New(booking) => Ok((
                Confirmation {
                    code,
                    booking,
                    timezone: tz,
                },
                true,
            )),
            Booked::Repeated(booking) => Ok((
                Confirmation {
                    code,
                    booking,
                    timezone: tz,
                },
                false,
            )),
            Booked::Full => Err(BookingError::Full),
        }
    }

    /// Moves the booking with `code` to the slot starting at `start` at the
    /// same site; the code stays the same.
    pub async fn reschedule_booking(
        &self,
        code: &BookingCode,
        start: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredBooking, BookingError> {
        let code_hash = self.code_key.code_hash(code);
        let current = booking_store::find(&self.pool, &code_hash)
            .await?
            .filter(|b| b.status == "booked")
            .ok_or(BookingError::UnknownCode)?;
        let (site, tz) = self.bookable_site(&current.site_id)?;
        let rules = self.rules_for(&site.id).await?;
        let start = parse_instant(start).ok_or(BookingError::NotASlot)?;
        let hours = site.hours.as_ref().ok_or(BookingError::NotASlot)?;
        let local_date = start.with_timezone(&tz).date_naive();
        if booking_store::is_closed(&self.pool, &site.id, local_date).await? {
            return Err(BookingError::NotASlot);
        }
        let slot = slots(hours, tz, &rules, local_date, 1, now)
            .into_iter()
            .find(|slot| slot.start == start)
            .ok_or(BookingError::NotASlot)?;
        match booking_store::reschedule(&self.pool, &code_hash, &site.id, slot, rules.capacity)
            .await?
        {
            booking_store::Rescheduled::Moved(booking) => Ok(booking),
            booking_store::Rescheduled::NotFound => Err(BookingError::UnknownCode),
            booking_store::Rescheduled::Full => Err(BookingError::Full),
        }
    }

    pub async fn find_booking(&self, code: &BookingCode) -> anyhow::Result<Option<StoredBooking>> {
        booking_store::find(&self.pool, &self.code_key.code_hash(code)).await
    }

    pub async fn cancel_booking(&self, code: &BookingCode) -> anyhow::Result<bool> {
        booking_store::cancel(&self.pool, &self.code_key.code_hash(code)).await
    }
}

/// 128 random bits, hex: the id of one booking form.
pub fn random_request_id() -> String {
    let bits: u128 = rand::random();
    format!("{bits:032x}")
}

/// Erases nicknames `retention` after their slot, every hour.
pub fn spawn_retention(state: std::sync::Arc<AppState>, retention: Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            ticker.tick().await;
            match booking_store::erase_old_nicknames(&state.pool, Utc::now() - retention).await {
                Ok(0) => {}
                Ok(erased) => tracing::info!(erased, "nicknames past retention erased"),
                Err(error) => tracing::error!(%error, "retention sweep failed"),
            }
        }
    });
}
