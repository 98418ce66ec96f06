//! The POST side of the booking pages: plain HTML forms that work without
//! JavaScript. The server acts, then renders the same Leptos page with the
//! outcome in its context, so a booking code is shown in the page body and
//! never travels in a URL or a redirect.

use crate::booking::{BookingError, BookingRequest};
use crate::booking_present;
use crate::domain::booking::BookingCode;
use crate::page_render::render;
use crate::startup::ServerState;
use app::booking_model::{BookingInput, BookingOutcome};
use app::i18n::Lang;
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use std::collections::HashMap;
use std::net::SocketAddr;

const FORM_LIMIT: usize = 16 * 1024;

/// The organisation of the outreach worker signed in on this browser, if
/// any: a booking made then is that organisation's referral.
async fn referring_organisation(
    state: &ServerState,
    parts: &Parts,
) -> anyhow::Result<Option<String>> {
    let session = crate::sessions::current(&state.app.pool, &parts.headers).await?;
    Ok(session
        .filter(|s| s.account.role() == Some(crate::domain::account::Role::Outreach))
        .and_then(|s| s.account.organisation))
}

/// `POST /{lang}/book/{site}`: book, then show the code (or the form again
/// with the reason it was refused).
pub async fn post_booking(
    State(state): State<ServerState>,
    Path((lang, site_id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let Some((lang, parts, form)) = read_post(&lang, request).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or("");
    let referral_org = match referring_organisation(&state, &parts).await {
        Ok(org) => org,
        Err(error) => {
            tracing::error!(%error, "session check failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let booking = BookingRequest {
        site_id: &site_id,
        start: field("start"),
        nickname: field("nickname"),
        service: Some(field("service")),
        request_id: field("request_id"),
        referral_org: referral_org.as_deref(),
    };
    let (outcome, status) = match state.app.book(&booking, Utc::now()).await {
        Ok((confirmation, _)) => {
            let directory = state.app.directory();
            let site = directory.site(&site_id).expect("a booked site exists");
            let city = state.app.city_name(&site.city, lang);
            let mut view = booking_present::confirmation(&confirmation, site, city, lang);
            view.referral_org = referral_org;
            (BookingOutcome::Confirmed(view), StatusCode::OK)
        }
        Err(error) => {
            let status = match &error {
                crate::booking::BookingError::Internal(e) => {
                    tracing::error!(error = %e, "booking failed");
                    StatusCode::INTERNAL_SERVER_ERROR
                }
                crate::booking::BookingError::Full | crate::booking::BookingError::NotASlot => {
                    StatusCode::CONFLICT
                }
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            let input = BookingInput {
                nickname: field("nickname").to_string(),
                service: field("service").to_string(),
            };
            (
                BookingOutcome::Refused {
                    input,
                    problem: error.message_key().to_string(),
                },
                status,
            )
        }
    };
    render(&state, parts, outcome, status).await
}

/// `POST /{lang}/booking`: find (`intent=find`) or cancel (`intent=cancel`)
/// a booking by its code.
pub async fn post_find(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let Some((lang, parts, form)) = read_post(&lang, request).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let problem = |key: &str, status| (BookingOutcome::LookupProblem(key.to_string()), status);
    let (outcome, status) = if !state.app.lookup_limit.allow(client.ip()) {
        problem("find-too-many", StatusCode::TOO_MANY_REQUESTS)
    } else {
        match BookingCode::parse(form.get("code").map(String::as_str).unwrap_or("")) {
            Err(_) => problem("find-bad-code", StatusCode::UNPROCESSABLE_ENTITY),
            Ok(code) => match form.get("intent").map(String::as_str) {
                Some("cancel") => match state.app.cancel_booking(&code).await {
                    Ok(true) => (BookingOutcome::Cancelled, StatusCode::OK),
                    Ok(false) => problem("find-not-found", StatusCode::NOT_FOUND),
                    Err(e) => {
                        tracing::error!(error = %e, "cancel failed");
                        problem("error-internal", StatusCode::INTERNAL_SERVER_ERROR)
                    }
                },
                Some("reschedule") => {
                    let start = form.get("start").map(String::as_str).unwrap_or("");
                    match state.app.reschedule_booking(&code, start, Utc::now()).await {
                        Ok(booking) => match summary(&state, &booking, lang).await {
                            Some(booking) => (
                                BookingOutcome::Moved {
                                    code: code.as_str().to_string(),
                                    booking,
                                },
                                StatusCode::OK,
                            ),
                            None => problem("find-not-found", StatusCode::NOT_FOUND),
                        },
                        Err(error) => {
                            let status = match error {
                                BookingError::UnknownCode => StatusCode::NOT_FOUND,
                                BookingError::Internal(ref e) => {
                                    tracing::error!(error = %e, "reschedule failed");
                                    StatusCode::INTERNAL_SERVER_ERROR
                                }
                                _ => StatusCode::CONFLICT,
                            };
                            problem(error.message_key(), status)
                        }
                    }
                }
                _ => match state.app.find_booking(&code).await {
                    Ok(Some(booking)) => match summary(&state, &booking, lang).await {
                        Some(booking) => (
                            BookingOutcome::Found {
                                code: code.as_str().to_string(),
                                booking,
                            },
                            StatusCode::OK,
                        ),
                        None => problem("find-not-found", StatusCode::NOT_FOUND),
                    },
                    Ok(None) => problem("find-not-found", StatusCode::NOT_FOUND),
                    Err(e) => {
                        tracing::error!(error = %e, "lookup failed");
                        problem("error-internal", StatusCode::INTERNAL_SERVER_ERROR)
                    }
                },
            },
        }
    };
    render(&state, parts, outcome, status).await
}

/// A found booking as its page shows it, with the times it could move to.
async fn summary(
    state: &ServerState,
    booking: &crate::booking_store::StoredBooking,
    lang: Lang,
) -> Option<app::booking_model::BookingSummary> {
    let site = state.app.directory().site(&booking.site_id)?.clone();
    let other_slots = state
        .app
        .slot_options_for(&site.id)
        .await
        .unwrap_or_default();
    Some(booking_present::summary(booking, &site, lang, other_slots))
}

/// The page's language, the request without its body, and the posted form;
/// `None` for a language Senim does not speak.
async fn read_post(lang: &str, request: Request) -> Option<(Lang, Parts, HashMap<String, String>)> {
    let lang = Lang::from_code(lang)?;
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .unwrap_or_default();
    Some((
        lang,
        parts,
        form_urlencoded::parse(&bytes).into_owned().collect(),
    ))
}
