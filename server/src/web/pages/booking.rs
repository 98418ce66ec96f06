//! `POST /{lang}/book/{site}`: the booking form, a plain HTML form. The
//! server books, then renders the same page with the outcome in its
//! context, so the code is shown in the page body and never travels in a
//! URL or a redirect.

use super::outreach;
use crate::services::booking::{self, BookingError};
use crate::web::WebState;
use crate::web::booking_input::{SentBooking, booking_request};
use crate::web::client::ClientAddress;
use crate::web::form::LangForm;
use crate::web::limits::booker;
use crate::web::page_error::{PageResult, refused};
use crate::web::present::booking::confirmation;
use crate::web::present::place::city_name;
use crate::web::render::render;
use app::booking_model::{BookingInput, BookingOutcome};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use vocabulary::forms::BookSlotForm;

/// The translation key of a ticked referral box without an outreach
/// sign-in (it ended, or the form came from elsewhere).
const REFERRAL_SIGNED_OUT: &str = "booking-referral-signed-out";

pub async fn post_booking(
    State(state): State<WebState>,
    Path((_, site_id)): Path<(String, String)>,
    client: ClientAddress,
    LangForm { lang, parts, form }: LangForm<BookSlotForm>,
) -> PageResult {
    // A booking is a referral of the signed-in outreach worker's
    // organisation (never of the worker) only when they ticked the box.
    let ticked = form.referral == "yes";
    let input = || BookingInput {
        nickname: form.nickname.clone(),
        service: form.service.clone(),
        referral: ticked,
    };
    let referral_by = match (ticked, outreach::visit(&parts)) {
        (false, _) => None,
        (true, Some(visit)) => Some(visit),
        (true, None) => {
            let outcome = BookingOutcome::Refused {
                input: input(),
                problem: REFERRAL_SIGNED_OUT.to_string(),
            };
            return Ok(render(&state, parts, outcome, StatusCode::CONFLICT).await);
        }
    };
    let booker = booker(referral_by.as_ref(), &client);
    let sent = SentBooking {
        start: &form.start,
        nickname: &form.nickname,
        service: Some(&form.service),
        request_id: &form.request_id,
    };
    let referral_org_id = referral_by.as_ref().map(|visit| visit.organisation.id);
    let booked = match booking_request(&site_id, sent, referral_org_id, &booker) {
        Ok(booking) => booking::book(&state.app, &booking, state.app.now()).await,
        Err(error) => Err(error),
    };
    let (outcome, status) = match booked {
        Ok(booked) => {
            let city = city_name(&state.app, &booked.site.city, lang);
            let view = confirmation(
                &booked,
                city,
                referral_by.map(|visit| visit.organisation.name),
                lang,
            );
            (BookingOutcome::Confirmed(view), StatusCode::OK)
        }
        Err(error) => {
            // A form sent again (from the browser's history, say) shows
            // nothing of what it carried: a fresh, empty form.
            let input = match error {
                BookingError::AlreadySent => BookingInput::default(),
                _ => input(),
            };
            let (problem, status) = refused(error)?;
            let problem = problem.to_string();
            (BookingOutcome::Refused { input, problem }, status)
        }
    };
    Ok(render(&state, parts, outcome, status).await)
}
