//! Reception's actions at a site, each answered with the day view again
//! and a message: a booking marked, a code checked, a slot blocked or
//! opened, a walk-in counted.

use super::access::ManagedSite;
use super::day::{day_row, day_view};
use crate::services::reception::{self, ReceptionError};
use crate::web::WebState;
use crate::web::error::{internal, refusal};
use crate::web::form::{Form, genuine_form};
use crate::web::render::render;
use app::portal_model::{DayRow, PortalView};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;

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

/// Runs an action on a posted reception form, then shows the day view.
async fn answer<F>(state: WebState, managed: ManagedSite, request: Request, act: F) -> Response
where
    F: AsyncFnOnce(&WebState, &ManagedSite, &Form) -> Result<Done, ReceptionError>,
{
    let (mut parts, form) = match genuine_form(&state, &managed.session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let ManagedSite { lang, site, .. } = &managed;
    // The answer is the day view again.
    if let Ok(uri) = format!("/{}/staff/site/{}/bookings", lang.code(), site.id).parse() {
        parts.uri = uri;
    }
    let (done, status) = match act(&state, &managed, &form).await {
        Ok(done) => (done, StatusCode::OK),
        Err(error) => match refusal(&error) {
            Ok((message, status)) => (Done::said(message, None), status),
            Err(failed) => return failed,
        },
    };
    let date = done.date.map(|d| d.to_string());
    let date = date.as_deref().unwrap_or(form.text("date"));
    match day_view(&state, &managed.session, site, *lang, Some(date)).await {
        Ok(mut view) => {
            view.message = Some(done.message.to_string());
            view.checked = done.checked;
            render(&state, parts, PortalView::Day(view), status).await
        }
        Err(error) => internal(error),
    }
}

/// `POST /{lang}/staff/site/{id}/bookings/status`: arrived, seen, no-show
/// or cancelled.
pub async fn mark(
    State(state): State<WebState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    answer(state, managed, request, async |state, managed, form| {
        let (booking, status) = (form.text("booking"), form.text("status"));
        reception::mark(&state.app, managed.actor(), &managed.site, booking, status).await?;
        Ok(Done::said("portal-status-saved", None))
    })
    .await
}

/// `POST /{lang}/staff/site/{id}/bookings/code`: the booking a client's
/// code belongs to, if it is at this site.
pub async fn check_code(
    State(state): State<WebState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    answer(state, managed, request, async |state, managed, form| {
        let site = &managed.site;
        let found = reception::check_code(&state.app, site, form.text("code")).await?;
        let row = day_row(&found, site.timezone);
        Ok(Done {
            message: "portal-code-found",
            date: row.date.parse().ok(),
            checked: Some(row),
        })
    })
    .await
}

/// `POST /{lang}/staff/site/{id}/slots`: `blocked=1` blocks the slot at
/// `start`, `blocked=0` opens it again.
pub async fn block(
    State(state): State<WebState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    answer(state, managed, request, async |state, managed, form| {
        let blocked = form.text("blocked") == "1";
        let start = form.text("start");
        let day =
            reception::block(&state.app, managed.actor(), &managed.site, start, blocked).await?;
        let message = if blocked {
            "portal-slot-blocked"
        } else {
            "portal-slot-unblocked"
        };
        Ok(Done::said(message, Some(day)))
    })
    .await
}

/// `POST /{lang}/staff/site/{id}/walk-ins`: one more person seen without
/// a booking. Counted today: the answer shows today, with the new count.
pub async fn walk_in(
    State(state): State<WebState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    answer(state, managed, request, async |state, managed, form| {
        let service = form.text("service");
        let day = reception::walk_in(&state.app, managed.actor(), &managed.site, service).await?;
        Ok(Done::said("portal-walk-in-counted", Some(day)))
    })
    .await
}
