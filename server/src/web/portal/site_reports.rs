//! The queue of "Something wrong here?" reports: admins see every one,
//! coordinators those on sites of their regions, and end them (resolved,
//! dismissed) or confirm a "closed" one, which puts "reported closed" on
//! the site's page at once. Any other account, or a report outside the
//! coordinator's regions, is answered as if it did not exist.

use super::access::Keeper;
use crate::services::site_reports::{self, ReportError};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::render;
use app::portal_model::{SiteReportRow, SiteReportsView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use vocabulary::forms::ReportForm;
use vocabulary::paths;

/// The open reports on sites in the keeper's regions.
async fn queue(state: &WebState, keeper: &Keeper) -> Result<SiteReportsView, ReportError> {
    let (lang, session) = (keeper.lang, &keeper.session);
    let open = site_reports::open(&state.app).await?;
    let directory = state.app.directory();
    let reports = open
        .into_iter()
        .filter(|report| match directory.site(&report.site_id) {
            Some(site) => keeper.covers(state, &site.city),
            // A closed site's reports: admins still see them.
            None => keeper.regions.is_none(),
        })
        .map(|report| SiteReportRow {
            id: report.id,
            site: directory
                .site(&report.site_id)
                .map_or_else(|| report.site_id.clone(), |s| s.name(lang)),
            site_id: report.site_id,
            problem: report.problem,
            note: report.note,
            reported_on: report.reported_on,
            confirmed: report.confirmed_on.is_some(),
        })
        .collect();
    Ok(SiteReportsView {
        csrf: session.csrf.clone(),
        reports,
        message: None,
    })
}

async fn answer(
    state: &WebState,
    keeper: &Keeper,
    view: SiteReportsView,
    status: StatusCode,
) -> PageResult {
    let at = paths::SITE_REPORTS.at(keeper.lang);
    let page = view;
    Ok(render::portal(state, keeper.lang, at, page, status).await)
}

/// `GET /{lang}/staff/site-reports`.
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> PageResult {
    let view = queue(&state, &keeper).await?;
    answer(&state, &keeper, view, StatusCode::OK).await
}

/// What a coordinator does with a report.
#[derive(Clone, Copy)]
enum Outcome {
    Resolved,
    Dismissed,
    ConfirmedClosed,
}

impl TryFrom<&ReportForm> for Outcome {
    type Error = PageError;

    /// 422 for an outcome no page sends.
    fn try_from(form: &ReportForm) -> Result<Outcome, PageError> {
        match form.outcome.as_str() {
            "resolved" => Ok(Outcome::Resolved),
            "dismissed" => Ok(Outcome::Dismissed),
            "confirmed" => Ok(Outcome::ConfirmedClosed),
            _ => Err(PageError::Status(StatusCode::UNPROCESSABLE_ENTITY)),
        }
    }
}

/// The address of a report: `/{lang}/staff/site-reports/{id}`.
#[derive(Deserialize)]
pub struct ReportAddress {
    id: String,
}

/// `POST /{lang}/staff/site-reports/{id}`: `outcome=resolved`,
/// `dismissed` or `confirmed` (a "closed" report).
pub async fn act(
    State(state): State<WebState>,
    Path(ReportAddress { id }): Path<ReportAddress>,
    keeper: Keeper,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> PageResult {
    let not_found = PageError::Status(StatusCode::NOT_FOUND);
    let id = id.parse::<i64>().map_err(|_| not_found)?;
    // Only a report this keeper can see can be ended by them.
    let seen = queue(&state, &keeper).await?;
    if !seen.reports.iter().any(|r| r.id == id) {
        return Err(PageError::Status(StatusCode::NOT_FOUND));
    }
    let outcome = Outcome::try_from(&form)?;
    let actor = keeper.session.actor();
    let ended = match outcome {
        Outcome::Resolved => site_reports::end(&state.app, actor, id, true).await,
        Outcome::Dismissed => site_reports::end(&state.app, actor, id, false).await,
        Outcome::ConfirmedClosed => {
            site_reports::confirm_closed(&state.app, actor, id, state.app.now()).await
        }
    };
    let (status, message) = match ended {
        Ok(()) => (
            StatusCode::OK,
            Some(match outcome {
                Outcome::Resolved => "portal-site-reports-resolved",
                Outcome::Dismissed => "portal-site-reports-dismissed",
                Outcome::ConfirmedClosed => "portal-site-reports-confirmed",
            }),
        ),
        Err(error) => (refused(error)?.1, None),
    };
    let mut view = queue(&state, &keeper).await?;
    view.message = message.map(str::to_string);
    answer(&state, &keeper, view, status).await
}
