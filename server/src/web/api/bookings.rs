//! Booking over JSON. The code travels only in request and response
//! bodies, never in a URL.

use crate::db::bookings::StoredBooking;
use crate::domain::booking::BookingCode;
use crate::services::booking::{self, BookingError, BookingRequest, parse_code};
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::error::ApiError;
use crate::web::limits::limit_lookups;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
pub struct SlotsQuery {
    from: Option<String>,
    days: Option<String>,
}

/// `GET /api/v1/sites/{id}/slots?from=YYYY-MM-DD&days=N`
pub async fn slots(
    State(state): State<WebState>,
    Path(site_id): Path<String>,
    Query(query): Query<SlotsQuery>,
) -> Result<Json<Value>, ApiError> {
    let now = Utc::now();
    let site = state.app.directory().site(&site_id).cloned();
    let site = site.ok_or(BookingError::UnknownSite)?;
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
    let open = booking::open_slots(&state.app, &site_id, from, days, now).await?;
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

/// `POST /api/v1/bookings`: 201 with the code, or 200 with the same code
/// when the same `request_id` comes again.
pub async fn book(
    State(state): State<WebState>,
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
    let booked = booking::book(&state.app, &request, Utc::now()).await?;
    let mut answer = view(&booked.booking, booked.site.timezone);
    answer["code"] = json!(booked.code.as_str());
    let status = if booked.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(answer)))
}

#[derive(Deserialize)]
pub struct CodeBody {
    code: String,
}

/// `POST /api/v1/bookings/lookup`
pub async fn lookup(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let code = limited_code(&state, &client, body).await?;
    let booking = booking::find(&state.app, &code).await?;
    Ok(Json(local_view(&state, &booking)))
}

/// `POST /api/v1/bookings/cancel`
pub async fn cancel(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<CodeBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let code = limited_code(&state, &client, body).await?;
    booking::cancel(&state.app, &code).await?;
    Ok(Json(json!({ "status": "cancelled" })))
}

#[derive(Deserialize)]
pub struct RescheduleBody {
    code: String,
    start: String,
}

/// `POST /api/v1/bookings/reschedule`: another slot at the same site, same code.
pub async fn reschedule(
    State(state): State<WebState>,
    client: ClientAddress,
    body: Result<Json<RescheduleBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    limit_lookups(&state, &client).await?;
    let body = json_body(body)?;
    let code = parse_code(&body.code)?;
    let booking = booking::reschedule(&state.app, &code, &body.start, Utc::now()).await?;
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
fn local_view(state: &WebState, booking: &StoredBooking) -> Value {
    let tz = state
        .app
        .directory()
        .site(&booking.site_id)
        .map_or(Tz::UTC, |s| s.timezone);
    view(booking, tz)
}

fn view(booking: &StoredBooking, tz: Tz) -> Value {
    json!({
        "site_id": booking.site_id,
        "start": booking.start.with_timezone(&tz).to_rfc3339(),
        "end": booking.end.with_timezone(&tz).to_rfc3339(),
        "nickname": booking.nickname,
        "service": booking.service,
        "status": booking.status.code(),
    })
}
