//! Booking over JSON. The code travels only in request and response
//! bodies, never in a URL.

use super::ApiError;
use crate::booking::{BookingError, BookingRequest};
use crate::booking_store::{StoredBooking, parse_instant};
use crate::domain::booking::BookingCode;
use crate::startup::ServerState;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::StatusCode;
use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use serde_json::{Value, json};
use std::net::SocketAddr;

#[derive(Deserialize)]
pub struct SlotsQuery {
    from: Option<String>,
    days: Option<String>,
}

/// `GET /api/v1/sites/{id}/slots?from=YYYY-MM-DD&days=N`
pub async fn slots(
    State(state): State<ServerState>,
    Path(site_id): Path<String>,
    Query(query): Query<SlotsQuery>,
) -> Result<Json<Value>, ApiError> {
    let now = Utc::now();
    let site = state
        .app
        .directory()
        .site(&site_id)
        .cloned()
        .ok_or_else(|| ApiError::not_found("no such site"))?;
    let from = match query.from.as_deref() {
        None | Some("") => now.with_timezone(&site.timezone).date_naive(),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| ApiError::bad_request("from must be a date YYYY-MM-DD"))?,
    };
    let days = match query.days.as_deref() {
        None | Some("") => 7,
        Some(text) => text
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(|| ApiError::bad_request("days must be a whole number from 1 to 31"))?,
    };
    let open = state
        .app
        .open_slots(&site_id, from, days, now)
        .await
        .map_err(booking_error)?;
    let slots: Vec<Value> = open
        .iter()
        .map(|s| {
            json!({
                "start": s.slot.start.with_timezone(&site.timezone).to_rfc3339(),
                "end": s.slot.end.with_timezone(&site.timezone).to_rfc3339(),
                "capacity": s.capacity,
                "available": s.available,
            })
        })
        .collect();
    Ok(Json(json!({ "slots": slots })))
}

#[derive(Deserialize)]
pub struct BookBody {
    site_id: String,
    start: String,
    nickname: String,
    service: Option<String>,
    request_id: Option<String>,
}

/// `POST /api/v1/bookings`
pub async fn book(
    State(state): State<ServerState>,
    body: Result<Json<BookBody>, JsonRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let body = json_body(body)?;
    let request = BookingRequest {
        site_id: &body.site_id,
        start: &body.start,
        nickname: &body.nickname,
        service: body.service.as_deref(),
        request_id: body.request_id.as_deref().unwrap_or(""),
        referral_org: None,
    };
    let (confirmation, created) = state
        .app
        .book(&request, Utc::now())
        .await
        .map_err(booking_error)?;
    let booking = view(&confirmation.booking, confirmation.timezone);
    let mut body = json!({ "code": confirmation.code.as_str() });
    body.as_object_mut()
        .unwrap()
        .extend(booking.as_object().unwrap().clone());
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(body)))
}

#[derive(Deserialize)]
pub struct CodeBody {
    code: String,
}

/// `POST /api/v1/bookings/lookup`
pub async fn lookup(
    State(state): State<ServerState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    limit(&state, client)?;
    let code = code_of(body)?;
    let booking = state
        .app
        .find_booking(&code)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(not_found)?;
    Ok(Json(local_view(&state, &booking)))
}

/// `POST /api/v1/bookings/cancel`
pub async fn cancel(
    State(state): State<ServerState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    limit(&state, client)?;
    let code = code_of(body)?;
    if state
        .app
        .cancel_booking(&code)
        .await
        .map_err(ApiError::internal)?
    {
        Ok(Json(json!({ "status": "cancelled" })))
    } else {
        Err(not_found())
    }
}

#[derive(Deserialize)]
pub struct RescheduleBody {
    code: String,
    start: String,
}

/// `POST /api/v1/bookings/reschedule`: another slot at the same site, same code.
pub async fn reschedule(
    State(state): State<ServerState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    body: Result<Json<RescheduleBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    limit(&state, client)?;
    let body = json_body(body)?;
    let code = parse_code(&body.code)?;
    let booking = state
        .app
        .reschedule_booking(&code, &body.start, Utc::now())
        .await
        .map_err(booking_error)?;
    Ok(Json(local_view(&state, &booking)))
}

fn code_of(body: Result<Json<CodeBody>, JsonRejection>) -> Result<BookingCode, ApiError> {
    parse_code(&json_body(body)?.code)
}

fn json_body<T>(body: Result<Json<T>, JsonRejection>) -> Result<T, ApiError> {
    body.map(|Json(body)| body)
        .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.body_text()))
}

fn parse_code(text: &str) -> Result<BookingCode, ApiError> {
    BookingCode::parse(text).map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))
}

/// A booking with its times in its site's local time.
fn local_view(state: &ServerState, booking: &StoredBooking) -> Value {
    let tz = state
        .app
        .directory()
        .site(&booking.site_id)
        .map_or(Tz::UTC, |s| s.timezone);
    view(booking, tz)
}

/// The per-client look-up limit shared with the pages (memory only).
fn limit(state: &ServerState, client: SocketAddr) -> Result<(), ApiError> {
    if state.app.lookup_limit.allow(client.ip()) {
        Ok(())
    } else {
        Err(ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            "too many tries: wait ten minutes".into(),
        ))
    }
}

/// Never echoes the code: a wrong one gets the same answer as a cancelled one.
fn not_found() -> ApiError {
    ApiError::not_found("no active booking has this code")
}

fn view(booking: &StoredBooking, tz: Tz) -> Value {
    let local = |t: &str| parse_instant(t).map(|t| t.with_timezone(&tz).to_rfc3339());
    json!({
        "site_id": booking.site_id,
        "start": local(&booking.start_utc),
        "end": local(&booking.end_utc),
        "nickname": booking.nickname,
        "service": booking.service,
        "status": booking.status,
    })
}

fn booking_error(error: BookingError) -> ApiError {
    let status = match &error {
        BookingError::UnknownSite | BookingError::UnknownCode => StatusCode::NOT_FOUND,
        BookingError::NotBookable | BookingError::NotASlot | BookingError::Full => {
            StatusCode::CONFLICT
        }
        BookingError::Nickname(_) | BookingError::UnknownService => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        BookingError::Internal(e) => return ApiError::internal(e),
    };
    ApiError(status, error.to_string())
}
