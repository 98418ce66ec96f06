//! Booking over JSON. The code travels only in request and response
//! bodies, never in a URL.

use crate::db::bookings::StoredBooking;
use crate::domain::bookings::booking::BookingCode;
use crate::domain::bookings::date_reach;
use crate::services::booking::{self, BookingError, parse_code};
use crate::web::WebState;
use crate::web::booking_input::{SentBooking, booking_request, slot_start};
use crate::web::client::ClientAddress;
use crate::web::error::{ApiError, ErrorBody};
use crate::web::limits::{booker, limit_lookups};
use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use vocabulary::Service;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SlotsQuery {
    /// The first local day, YYYY-MM-DD, at most two years from today; today
    /// at the site when left out.
    #[param(format = Date, value_type = Option<String>)]
    from: Option<String>,
    /// How many days from `from`, 1 to 31; 7 when left out.
    #[param(minimum = 1, maximum = 31, value_type = Option<u32>)]
    days: Option<String>,
}

/// A slot with seats left, in the site's local time.
#[derive(Serialize, ToSchema)]
pub struct SlotView {
    /// RFC 3339 with the site's offset, e.g. 2026-11-24T18:00:00+05:00.
    #[schema(format = DateTime)]
    start: String,
    #[schema(format = DateTime)]
    end: String,
    capacity: u32,
    /// Seats left; 0 when full or blocked by staff.
    available: u32,
}

#[derive(Serialize, ToSchema)]
pub struct SlotList {
    slots: Vec<SlotView>,
}

/// The free slots of a site that takes bookings.
#[utoipa::path(
    get,
    path = "/api/v1/sites/{id}/slots",
    tag = "booking",
    params(("id" = String, Path, description = "A site's id, as in /api/v1/sites"), SlotsQuery),
    responses(
        (status = 200, description = "Slots with seats left, soonest first", body = SlotList),
        (status = 400, description = "`from` or `days` is not readable, or `from` is more than two years from today", body = ErrorBody),
        (status = 404, description = "No such site", body = ErrorBody),
        (status = 409, description = "This site does not take bookings online", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    )
)]
pub async fn slots(
    State(state): State<WebState>,
    Path(site_id): Path<String>,
    query: Result<Query<SlotsQuery>, QueryRejection>,
) -> Result<Json<SlotList>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let now = state.app.now();
    let site = state.app.directory().site(&site_id).cloned();
    let site = site.ok_or(BookingError::UnknownSite)?;
    let today = now.with_timezone(&site.timezone).date_naive();
    let from = match query.from.as_deref() {
        None => today,
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| ApiError::bad_request("from must be a date YYYY-MM-DD"))?,
    };
    if !date_reach::within_reach(from, today) {
        return Err(ApiError::bad_request(
            "from must be within two years of today",
        ));
    }
    let days = match query.days.as_deref() {
        None => 7,
        Some(text) => text
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(|| ApiError::bad_request("days must be a whole number from 1 to 31"))?,
    };
    let open = booking::open_slots(&state.app, &site_id, from, days, now).await?;
    let slots = open
        .iter()
        .map(|s| SlotView {
            start: s.slot.start.with_timezone(&site.timezone).to_rfc3339(),
            end: s.slot.end.with_timezone(&site.timezone).to_rfc3339(),
            capacity: s.capacity,
            available: s.available,
        })
        .collect();
    Ok(Json(SlotList { slots }))
}

/// A booking request: a slot of a site, under a nickname.
#[derive(Deserialize, ToSchema)]
pub struct BookBody {
    #[schema(example = "demo-taraz-friendly-cabinet")]
    site_id: String,
    /// A slot's `start`, as /api/v1/sites/{id}/slots gives it.
    #[schema(format = DateTime)]
    start: String,
    /// Any name the person chooses: letters, digits, spaces, `-`, `_`, `.`.
    // `vocabulary::NICKNAME_MIN_CHARS` and `NICKNAME_MAX_CHARS`; a unit test
    // checks the document against them.
    #[schema(min_length = 2, max_length = 40, example = "Aigerim")]
    nickname: String,
    service: Option<Service>,
    /// A random id the client makes for this booking request: 128 random
    /// bits or more, as 32 to 100 hex digits or a UUID (anything else:
    /// 422); made by the server when left out. Sent again within 15
    /// minutes with the same site, start and nickname, it answers with the
    /// same booking and code (200) instead of booking twice; any other use
    /// of it books nothing and shows no code (409).
    #[schema(
        min_length = 32,
        max_length = 100,
        example = "3f2504e04f8941d39a0c0305e82c3301"
    )]
    request_id: Option<String>,
}

/// A booking, in its site's local time. Never carries its code except in
/// the answer to the request that made it.
#[derive(Serialize, ToSchema)]
pub struct BookingView {
    site_id: String,
    #[schema(format = DateTime)]
    start: String,
    #[schema(format = DateTime)]
    end: String,
    /// Cleared once the visit is over.
    nickname: Option<String>,
    service: Option<String>,
    /// FHIR's Appointment status: always `booked`, since a code answers
    /// only for a booking still to come.
    status: String,
}

/// A new booking and the code to find, move or cancel it.
#[derive(Serialize, ToSchema)]
pub struct Booked {
    #[serde(flatten)]
    booking: BookingView,
    /// Shown once: the server keeps only a keyed hash of it. The code stops
    /// working after the visit, or once the booking is cancelled.
    #[schema(example = "7KQ2-M9XD")]
    code: String,
}

/// Book a slot anonymously.
///
/// 201 with the code, or 200 with the same code when the same `request_id`
/// comes again within 15 minutes for the same site, start and nickname
/// (while the booking is still to come); 409 and no code for any other
/// use of a `request_id` already sent. The code stops working after the
/// visit, or once the booking is cancelled. A client (an IPv4 address or an IPv6 /64) may book 20
/// times an hour and 60 times a day; beyond, 429. When a site receives
/// bookings far faster than people book, the answer comes after a wait
/// of up to 20 seconds.
#[utoipa::path(
    post,
    path = "/api/v1/bookings",
    tag = "booking",
    request_body = BookBody,
    responses(
        (status = 201, description = "Booked", body = Booked),
        (status = 200, description = "Booked with this request_id, site, start and nickname in the last 15 minutes", body = Booked),
        (status = 404, description = "No such site", body = ErrorBody),
        (status = 409, description = "Not bookable, not a slot, full, or this request_id was sent before (nothing booked, no code)", body = ErrorBody),
        (status = 422, description = "The body is not a booking request, or its request_id is not random enough", body = ErrorBody),
        (status = 429, description = "Too many bookings from this client: wait an hour", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    )
)]
pub async fn book(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<BookBody>, JsonRejection>,
) -> Result<(StatusCode, Json<Booked>), ApiError> {
    let body = json_body(body)?;
    let booker = booker(None, &client);
    let sent = SentBooking {
        start: &body.start,
        nickname: &body.nickname,
        service: body.service.map(Service::code),
        request_id: body.request_id.as_deref().unwrap_or(""),
    };
    let request = booking_request(&body.site_id, sent, None, &booker)?;
    let booked = booking::book(&state.app, &request, state.app.now()).await?;
    let answer = Booked {
        booking: view(&booked.booking, booked.site.timezone),
        code: booked.code.as_str().to_string(),
    };
    let status = if booked.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(answer)))
}

/// A booking code, as the booking's answer gave it.
#[derive(Deserialize, ToSchema)]
pub struct CodeBody {
    #[schema(example = "7KQ2-M9XD")]
    code: String,
}

/// Find a booking by its code.
///
/// Only a booking still to come answers (status `booked`, slot not ended):
/// the code of a cancelled or past booking gets exactly the answer of a
/// code never issued. Look-ups, moves and cancellations share a budget of
/// 20 tries per client per 10 minutes.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/lookup",
    tag = "booking",
    request_body = CodeBody,
    responses(
        (status = 200, description = "The booking", body = BookingView),
        (status = 404, description = "No active booking has this code", body = ErrorBody),
        (status = 422, description = "Not a code, or not a code body", body = ErrorBody),
        (status = 429, description = "Too many tries: wait ten minutes", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    )
)]
pub async fn lookup(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<Json<BookingView>, ApiError> {
    let code = limited_code(&state, &client, body).await?;
    let booking = booking::find(&state.app, &code).await?;
    Ok(Json(local_view(&state, &booking)))
}

#[derive(Serialize, ToSchema)]
pub struct Cancelled {
    /// Always "cancelled".
    #[schema(example = "cancelled")]
    status: &'static str,
}

/// Cancel a booking by its code; its seat is free again.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/cancel",
    tag = "booking",
    request_body = CodeBody,
    responses(
        (status = 200, description = "Cancelled", body = Cancelled),
        (status = 404, description = "No active booking has this code", body = ErrorBody),
        (status = 422, description = "Not a code, or not a code body", body = ErrorBody),
        (status = 429, description = "Too many tries: wait ten minutes", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    )
)]
pub async fn cancel(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<Json<Cancelled>, ApiError> {
    let code = limited_code(&state, &client, body).await?;
    booking::cancel(&state.app, &code).await?;
    Ok(Json(Cancelled {
        status: "cancelled",
    }))
}

/// A booking code and the start of another slot at the same site.
#[derive(Deserialize, ToSchema)]
pub struct RescheduleBody {
    #[schema(example = "7KQ2-M9XD")]
    code: String,
    #[schema(format = DateTime)]
    start: String,
}

/// Move a booking to another slot at the same site; the code stays.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/reschedule",
    tag = "booking",
    request_body = RescheduleBody,
    responses(
        (status = 200, description = "The booking at its new time", body = BookingView),
        (status = 404, description = "No active booking has this code", body = ErrorBody),
        (status = 409, description = "Not a slot, or full", body = ErrorBody),
        (status = 422, description = "Not a code, or not a reschedule body", body = ErrorBody),
        (status = 429, description = "Too many tries: wait ten minutes", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    )
)]
pub async fn reschedule(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<RescheduleBody>, JsonRejection>,
) -> Result<Json<BookingView>, ApiError> {
    limit_lookups(&state, &client).await?;
    let body = json_body(body)?;
    let code = parse_code(&body.code)?;
    let start = slot_start(&body.start)?;
    let booking = booking::reschedule(&state.app, &code, start, state.app.now()).await?;
    Ok(Json(local_view(&state, &booking)))
}

/// The code of a body, after counting the look-up against the client.
async fn limited_code(
    state: &WebState,
    client: &ClientAddress,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<BookingCode, ApiError> {
    limit_lookups(state, client).await?;
    Ok(parse_code(&json_body(body)?.code)?)
}

fn json_body<T>(body: Result<Json<T>, JsonRejection>) -> Result<T, ApiError> {
    body.map(|Json(body)| body)
        .map_err(|e| ApiError::bad_body(e.body_text()))
}

/// A booking with its times in its site's local time.
fn local_view(state: &WebState, booking: &StoredBooking) -> BookingView {
    let tz = state
        .app
        .directory()
        .site(&booking.site_id)
        .map_or(Tz::UTC, |s| s.timezone);
    view(booking, tz)
}

fn view(booking: &StoredBooking, tz: Tz) -> BookingView {
    BookingView {
        site_id: booking.site_id.clone(),
        start: booking.start.with_timezone(&tz).to_rfc3339(),
        end: booking.end.with_timezone(&tz).to_rfc3339(),
        nickname: booking.nickname.clone(),
        service: booking.service.clone(),
        status: booking.status.code().to_string(),
    }
}
