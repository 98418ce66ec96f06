//! `POST /{lang}/book/{site}`: the booking form, a plain HTML form. The
//! server books, then renders the same page with the outcome in its
//! context, so the code is shown in the page body and never travels in a
//! URL or a redirect.

use crate::domain::account::Role;
use crate::services::ServiceError;
use crate::services::booking::{self, BookingRequest};
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::error::status_logged;
use crate::web::form::LangForm;
use crate::web::limits::booker;
use crate::web::portal::access::session_of;
use crate::web::present::booking::confirmation;
use crate::web::present::place::city_name;
use crate::web::render::render;
use app::booking_model::{BookingInput, BookingOutcome};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;

pub async fn post_booking(
    State(state): State<WebState>,
    Path((_, site_id)): Path<(String, String)>,
    client: ClientAddress,
    LangForm { lang, parts, form }: LangForm,
) -> Response {
    let session = match session_of(&state, &parts.headers).await {
        Ok(session) => session,
        Err(error) => return crate::web::error::internal(error),
    };
    let booker = booker(session.as_ref(), &client);
    // A booking made while an outreach worker is signed in on this browser
    // is a referral of their organisation (never of the worker).
    let referral_org = session
        .filter(|s| s.account.role == Role::Outreach)
        .and_then(|s| s.account.organisation);
    let booking = BookingRequest {
        site_id: &site_id,
        start: form.text("start"),
        nickname: form.text("nickname"),
        service: Some(form.text("service")),
        request_id: form.text("request_id"),
        referral_org: referral_org.as_deref(),
        booker: &booker,
    };
    let (outcome, status) = match booking::book(&state.app, &booking, Utc::now()).await {
        Ok(booked) => {
            let city = city_name(&state.app, &booked.site.city, lang);
            let view = confirmation(&booked, city, referral_org, lang);
            (BookingOutcome::Confirmed(view), StatusCode::OK)
        }
        Err(error) => {
            let input = BookingInput {
                nickname: form.text("nickname").to_string(),
                service: form.text("service").to_string(),
            };
            let problem = error.message_key().to_string();
            (
                BookingOutcome::Refused { input, problem },
                status_logged(&error),
            )
        }
    };
    render(&state, parts, outcome, status).await
}
