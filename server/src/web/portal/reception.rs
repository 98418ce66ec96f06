//! Reception's actions at a site, each answered with the day view again
//! and a message: a booking marked, a code checked, a slot blocked or
//! opened, a walk-in counted, the bookings of chosen slots or of a whole
//! day released.

use super::access::{Posted, Reception};
use super::day::{day_row, day_view};
use crate::services::reception::{self, ReceptionError};
use crate::services::surge::{self, Released};
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::form::Form;
use crate::web::render;
use app::portal_model::DayRow;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use vocabulary::paths;

/// What a reception form asks for.
#[derive(Clone, Copy)]
pub enum Action {
    /// `booking`, `status`: arrived, fulfilled (seen), noshow or cancelled.
    Mark,
    /// `code`: the booking a client's code belongs to, if at this site.
    CheckCode,
    /// `start`, `blocked=1|0`: block the slot, or open it again.
    Block,
    /// `service` (optional): one more person seen without a booking.
    WalkIn,
    /// `start` (repeated): release every coming booking of these slots;
    /// or `whole_day=1` and `date`: of that whole day.
    Release,
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

async fn act(
    state: &WebState,
    managed: &Reception,
    form: &Form,
    action: Action,
) -> Result<Done, ReceptionError> {
    let (app, site, actor) = (&state.app, &managed.site, managed.actor());
    let field = |name| form.text(name);
    match action {
        Action::Mark => {
            reception::mark(app, actor, site, field("booking"), field("status")).await?;
            Ok(Done::said("portal-status-saved", None))
        }
        Action::CheckCode => {
            let found = reception::check_code(app, site, field("code")).await?;
            let row = day_row(&found, site.timezone);
            Ok(Done {
                message: "portal-code-found",
                date: row.date.parse().ok(),
                checked: Some(row),
            })
        }
        Action::Block => {
            let blocked = field("blocked") == "1";
            let day = reception::block(app, actor, site, field("start"), blocked).await?;
            let message = if blocked {
                "portal-slot-blocked"
            } else {
                "portal-slot-unblocked"
            };
            Ok(Done::said(message, Some(day)))
        }
        Action::WalkIn => {
            // Counted today: the answer shows today, with the new count.
            let day = reception::walk_in(app, actor, site, field("service")).await?;
            Ok(Done::said("portal-walk-in-counted", Some(day)))
        }
        Action::Release => {
            let which = if field("whole_day") == "1" {
                let day = NaiveDate::parse_from_str(field("date"), "%Y-%m-%d")
                    .map_err(|_| ReceptionError::NothingToRelease)?;
                Released::Day(day)
            } else {
                Released::Slots(form.all("start").collect())
            };
            let day = surge::release(app, actor, site, which).await?;
            Ok(Done::said("portal-released", Some(day)))
        }
    }
}

/// `POST /{lang}/staff/site/{id}/{bookings/status, bookings/code, slots,
/// walk-ins}`: the action, then the day view with what it did.
pub async fn answer(
    State(state): State<WebState>,
    posted: Posted<Reception>,
    action: Action,
) -> Response {
    let Posted {
        who: managed, form, ..
    } = posted;
    let Reception { lang, site, .. } = &managed;
    let (done, status) = match act(&state, &managed, &form, action).await {
        Ok(done) => (done, StatusCode::OK),
        Err(error) => match refusal(&error) {
            Some((message, status)) => (Done::said(message, None), status),
            None => return failed(),
        },
    };
    let date = done.date.map(|d| d.to_string());
    let date = date.as_deref().unwrap_or(form.text("date"));
    match day_view(&state, &managed.session, site, *lang, Some(date)).await {
        Ok(mut view) => {
            view.message = Some(done.message.to_string());
            view.checked = done.checked;
            render::portal(
                &state,
                *lang,
                paths::SITE_BOOKINGS.of(*lang, &site.id),
                view,
                status,
            )
            .await
        }
        Err(error) => internal(error),
    }
}
