//! The queue of "Something wrong here?" reports: admins see every one,
//! coordinators those on sites of their regions, and end them (resolved,
//! dismissed) or confirm a "closed" one, which puts "reported closed" on
//! the site's page at once. Any other account, or a report outside the
//! coordinator's regions, is answered as if it did not exist.

use super::access::{Keeper, Posted};
use crate::services::site_reports;
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::render;
use app::portal_model::{SiteReportRow, SiteReportsView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use vocabulary::paths;

/// The open reports on sites in the keeper's regions.
async fn queue(state: &WebState, keeper: &Keeper) -> Result<SiteReportsView, Response> {
    let (lang, session) = (keeper.lang, &keeper.session);
    let open = site_reports::open(&state.app).await.map_err(internal)?;
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

/// `GET /{lang}/staff/site-reports`.
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> Response {
    match queue(&state, &keeper).await {
        Ok(view) => {
            render::portal(
                &state,
                keeper.lang,
                paths::SITE_REPORTS.at(keeper.lang),
                view,
                StatusCode::OK,
            )
            .await
        }
        Err(response) => response,
    }
}

/// What a coordinator does with a report.
#[derive(Clone, Copy)]
enum Outcome {
    Resolved,
    Dismissed,
    ConfirmedClosed,
}

/// `POST /{lang}/staff/site-reports/{id}`: `outcome=resolved`,
/// `dismissed` or `confirmed` (a "closed" report).
pub async fn act(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    Posted { who, form, .. }: Posted<Keeper>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Only a report this keeper can see can be ended by them.
    match queue(&state, &who).await {
        Ok(view) if view.reports.iter().any(|r| r.id == id) => {}
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(response) => return response,
    }
    let outcome = match form.text("outcome") {
        "resolved" => Outcome::Resolved,
        "dismissed" => Outcome::Dismissed,
        "confirmed" => Outcome::ConfirmedClosed,
        _ => return StatusCode::UNPROCESSABLE_ENTITY.into_response(),
    };
    let actor = who.session.actor();
    let ended = match outcome {
        Outcome::Resolved => site_reports::end(&state.app, actor, id, true).await,
        Outcome::Dismissed => site_reports::end(&state.app, actor, id, false).await,
        Outcome::ConfirmedClosed => {
            site_reports::confirm_closed(&state.app, actor, id, state.app.now()).await
        }
    };
    let (status, message) = match &ended {
        Ok(()) => (
            StatusCode::OK,
            match outcome {
                Outcome::Resolved => "portal-site-reports-resolved",
                Outcome::Dismissed => "portal-site-reports-dismissed",
                Outcome::ConfirmedClosed => "portal-site-reports-confirmed",
            },
        ),
        Err(error) => match refusal(error) {
            Some((message, status)) => (status, message),
            None => return failed(),
        },
    };
    let done = ended.is_ok();
    let mut view = match queue(&state, &who).await {
        Ok(view) => view,
        Err(response) => return response,
    };
    view.message = done.then(|| message.to_string());
    render::portal(
        &state,
        who.lang,
        paths::SITE_REPORTS.at(who.lang),
        view,
        status,
    )
    .await
}
