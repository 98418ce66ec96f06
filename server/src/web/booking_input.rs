//! A booking request as the booking form or the JSON API sends it, read
//! into domain types before any use case sees it. Each value is read in the
//! order the answer names the first problem: the request id, the nickname,
//! the service, then the start.

use crate::domain::bookings::booker::Booker;
use crate::domain::bookings::booking::{Nickname, RequestId};
use crate::domain::instant;
use crate::services::booking::{BookingError, BookingRequest, random_request_id};
use chrono::{DateTime, Utc};
use vocabulary::Service;

/// The text of a booking request, as sent.
pub struct SentBooking<'a> {
    pub start: &'a str,
    pub nickname: &'a str,
    /// A service code; empty or absent: no service named.
    pub service: Option<&'a str>,
    /// A random id from the form (128 bits or more); empty: the server
    /// makes one.
    pub request_id: &'a str,
}

/// `sent` for `site_id`, read; the first problem otherwise.
pub fn booking_request<'a>(
    site_id: &'a str,
    sent: SentBooking<'_>,
    referral_org_id: Option<i64>,
    booker: &'a Booker,
) -> Result<BookingRequest<'a>, BookingError> {
    let request_id = match sent.request_id.trim() {
        "" => RequestId::parse(&random_request_id()),
        id => RequestId::parse(id),
    }
    .map_err(|_| BookingError::BadRequestId)?;
    let nickname = Nickname::parse(sent.nickname)?;
    let service = match sent.service.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(code) => Some(Service::from_code(code).ok_or(BookingError::UnknownService)?),
    };
    Ok(BookingRequest {
        site_id,
        start: slot_start(sent.start)?,
        nickname,
        service,
        request_id,
        referral_org_id,
        booker,
    })
}

/// A slot's start as sent (RFC 3339); a time that is no instant is no slot.
pub fn slot_start(sent: &str) -> Result<DateTime<Utc>, BookingError> {
    instant::parse(sent).ok_or(BookingError::NotASlot)
}
