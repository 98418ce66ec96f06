//! Reception's actions at a site, each answered with the day view again
//! and a message: a booking marked, a code checked, a slot blocked or
//! opened, a walk-in counted, the bookings of chosen slots or of a whole
//! day released. Each form is read into what it asks ([`Asked`]) before
//! a use case sees it.

use super::access::Reception;
use super::day::{day_row, day_view};
use crate::domain::bookings::booking::BookingCode;
use crate::domain::bookings::booking_status::BookingStatus;
use crate::services::reception::{self, ReceptionError};
use crate::services::surge::{self, Released};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageResult, refused};
use crate::web::render;
use app::portal_model::DayRow;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use vocabulary::Service;
use vocabulary::forms::{CodeForm, MarkForm, ReleaseForm, SlotForm, WalkInForm};
use vocabulary::paths;

/// What a reception form asks for, once read. A form that cannot be read
/// is refused as the use case refuses what it cannot do.
pub enum Asked {
    /// Arrived, fulfilled (seen), noshow or cancelled.
    Mark { booking: i64, status: BookingStatus },
    /// The booking a client's code belongs to, if at this site.
    CheckCode(BookingCode),
    /// Block the slot, or open it again.
    Block { start: DateTime<Utc>, blocked: bool },
    /// One more person seen without a booking (and the service, if one).
    WalkIn(Option<Service>),
    /// Every coming booking of some slots, or of a whole day.
    Release(Released),
}

impl TryFrom<MarkForm> for Asked {
    type Error = ReceptionError;

    fn try_from(form: MarkForm) -> Result<Asked, ReceptionError> {
        let booking = form.booking.trim().parse();
        let status = BookingStatus::from_code(&form.status);
        match (booking, status) {
            (Ok(booking), Some(status)) => Ok(Asked::Mark { booking, status }),
            _ => Err(ReceptionError::StatusRefused),
        }
    }
}

impl TryFrom<CodeForm> for Asked {
    type Error = ReceptionError;

    fn try_from(form: CodeForm) -> Result<Asked, ReceptionError> {
        let code = BookingCode::parse(&form.code).map_err(|_| ReceptionError::CodeUnknown)?;
        Ok(Asked::CheckCode(code))
    }
}

impl TryFrom<SlotForm> for Asked {
    type Error = ReceptionError;

    fn try_from(form: SlotForm) -> Result<Asked, ReceptionError> {
        let start =
            crate::domain::instant::parse(&form.start).ok_or(ReceptionError::SlotRefused)?;
        let blocked = form.blocked == "1";
        Ok(Asked::Block { start, blocked })
    }
}

impl From<WalkInForm> for Asked {
    fn from(form: WalkInForm) -> Asked {
        Asked::WalkIn(Service::from_code(&form.service))
    }
}

impl TryFrom<ReleaseForm> for Asked {
    type Error = ReceptionError;

    fn try_from(form: ReleaseForm) -> Result<Asked, ReceptionError> {
        let nothing = ReceptionError::NothingToRelease;
        if form.whole_day == "1" {
            let day = NaiveDate::parse_from_str(&form.date, "%Y-%m-%d").map_err(|_| nothing)?;
            return Ok(Asked::Release(Released::Day(day)));
        }
        let starts = form
            .start
            .iter()
            .map(|start| crate::domain::instant::parse(start));
        let starts = starts.collect::<Option<Vec<_>>>().ok_or(nothing)?;
        Ok(Asked::Release(Released::Slots(starts)))
    }
}

/// What an action did: the message, the day to show, the booking found.
struct Done {
    message: &'static str,
    date: Option<NaiveDate>,
    checked: Option<DayRow>,
}

impl Done {
    fn said(message: &'static str, date: Option<NaiveDate>) -> Done {
        Done {
            message,
            date,
            checked: None,
        }
    }
}

async fn act(state: &WebState, at: &Reception, asked: Asked) -> Result<Done, ReceptionError> {
    let (app, site, actor) = (&state.app, &at.site, at.actor());
    match asked {
        Asked::Mark { booking, status } => {
            reception::mark(app, actor, site, booking, status).await?;
            Ok(Done::said("portal-status-saved", None))
        }
        Asked::CheckCode(code) => {
            let found = reception::check_code(app, site, &code).await?;
            let row = day_row(&found, site.timezone);
            Ok(Done {
                message: "portal-code-found",
                date: row.date.parse().ok(),
                checked: Some(row),
            })
        }
        Asked::Block { start, blocked } => {
            let day = reception::block(app, actor, site, start, blocked).await?;
            let message = if blocked {
                "portal-slot-blocked"
            } else {
                "portal-slot-unblocked"
            };
            Ok(Done::said(message, Some(day)))
        }
        Asked::WalkIn(service) => {
            // Counted today: the answer shows today, with the new count.
            let day = reception::walk_in(app, actor, site, service).await?;
            Ok(Done::said("portal-walk-in-counted", Some(day)))
        }
        Asked::Release(which) => {
            let day = surge::release(app, actor, site, which).await?;
            Ok(Done::said("portal-released", Some(day)))
        }
    }
}

/// The action asked, then the day view (of the day it concerned, else of
/// `date`, the day the form was sent from) with what it did.
async fn answer(
    state: &WebState,
    at: Reception,
    asked: Result<Asked, ReceptionError>,
    date: &str,
) -> PageResult {
    let done = match asked {
        Ok(asked) => act(state, &at, asked).await,
        Err(error) => Err(error),
    };
    let (done, status) = match done {
        Ok(done) => (done, StatusCode::OK),
        Err(error) => {
            let (message, status) = refused(error)?;
            (Done::said(message, None), status)
        }
    };
    let shown = done.date.map(|d| d.to_string());
    let date = shown.as_deref().unwrap_or(date);
    let Reception {
        lang,
        session,
        site,
    } = &at;
    let mut view = day_view(state, session, site, *lang, Some(date)).await?;
    view.message = Some(done.message.to_string());
    view.checked = done.checked;
    let page = view;
    let address = paths::SITE_BOOKINGS.of(*lang, &site.id);
    Ok(render::portal(state, *lang, address, page, status).await)
}

/// `POST /{lang}/staff/site/{id}/bookings/status`.
pub async fn mark(
    State(state): State<WebState>,
    at: Reception,
    CsrfForm(form): CsrfForm<MarkForm>,
) -> PageResult {
    let date = form.date.clone();
    answer(&state, at, Asked::try_from(form), &date).await
}

/// `POST /{lang}/staff/site/{id}/bookings/code`.
pub async fn check_code(
    State(state): State<WebState>,
    at: Reception,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> PageResult {
    let date = form.date.clone();
    answer(&state, at, Asked::try_from(form), &date).await
}

/// `POST /{lang}/staff/site/{id}/slots`.
pub async fn block(
    State(state): State<WebState>,
    at: Reception,
    CsrfForm(form): CsrfForm<SlotForm>,
) -> PageResult {
    let date = form.date.clone();
    answer(&state, at, Asked::try_from(form), &date).await
}

/// `POST /{lang}/staff/site/{id}/walk-ins`.
pub async fn walk_in(
    State(state): State<WebState>,
    at: Reception,
    CsrfForm(form): CsrfForm<WalkInForm>,
) -> PageResult {
    let date = form.date.clone();
    answer(&state, at, Ok(Asked::from(form)), &date).await
}

/// `POST /{lang}/staff/site/{id}/bookings/release`.
pub async fn release(
    State(state): State<WebState>,
    at: Reception,
    CsrfForm(form): CsrfForm<ReleaseForm>,
) -> PageResult {
    let date = form.date.clone();
    answer(&state, at, Asked::try_from(form), &date).await
}
