//! `POST /{lang}/booking`: find (`intent=find`), move (`intent=reschedule`)
//! or cancel (`intent=cancel`) a booking by typing its code. Look-ups are
//! limited per client, counted in the database under a keyed hash, so every
//! instance shares the limit (`web::limits`).

use super::port::slot_options;
use crate::db::bookings::StoredBooking;
use crate::services::booking::{self, BookingError, parse_code};
use crate::web::WebState;
use crate::web::booking_input::slot_start;
use crate::web::client::ClientAddress;
use crate::web::form::LangForm;
use crate::web::limits::limit_lookups;
use crate::web::page_error::{PageResult, refused};
use crate::web::present::booking::summary;
use crate::web::render::render;
use app::booking_model::{BookingOutcome, BookingSummary};
use app::i18n::Lang;
use axum::extract::State;
use axum::http::StatusCode;
use vocabulary::forms::FindBookingForm;

pub async fn post_find(
    State(state): State<WebState>,
    client: ClientAddress,
    LangForm { lang, parts, form }: LangForm<FindBookingForm>,
) -> PageResult {
    let (outcome, status) = match act(&state, &client, &form, lang).await {
        Ok(outcome) => (outcome, StatusCode::OK),
        Err(error) => {
            let (problem, status) = refused(error)?;
            (BookingOutcome::LookupProblem(problem.to_string()), status)
        }
    };
    Ok(render(&state, parts, outcome, status).await)
}

async fn act(
    state: &WebState,
    client: &ClientAddress,
    form: &FindBookingForm,
    lang: Lang,
) -> Result<BookingOutcome, BookingError> {
    limit_lookups(state, client).await?;
    let code = parse_code(&form.code)?;
    let app = &state.app;
    match form.intent.as_str() {
        "cancel" => {
            booking::cancel(app, &code).await?;
            Ok(BookingOutcome::Cancelled)
        }
        "reschedule" => {
            let start = slot_start(&form.start)?;
            let moved = booking::reschedule(app, &code, start, state.app.now()).await?;
            Ok(BookingOutcome::Moved {
                booking: shown(state, &moved, lang).await?,
                code: code.as_str().to_string(),
            })
        }
        _ => {
            let found = booking::find(app, &code).await?;
            Ok(BookingOutcome::Found {
                booking: shown(state, &found, lang).await?,
                code: code.as_str().to_string(),
            })
        }
    }
}

/// A found booking as its page shows it, with the times it could move to.
async fn shown(
    state: &WebState,
    booking: &StoredBooking,
    lang: Lang,
) -> Result<BookingSummary, BookingError> {
    let site = state.app.directory().site(&booking.site_id).cloned();
    let site = site.ok_or(BookingError::UnknownCode)?;
    let other_slots = slot_options(&state.app, &site.id).await?;
    Ok(summary(
        booking,
        &site,
        lang,
        other_slots.unwrap_or_default(),
    ))
}
