//! The queue of "Something wrong here?" reports: admins see every one,
//! coordinators those on sites of their regions. Any other account, or a
//! report outside the coordinator's regions, is answered as if it did not
//! exist.

use super::access::{Keeper, Posted};
use crate::services::site_reports;
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::render::{answer_at, render};
use app::portal_model::{PortalView, SiteReportRow, SiteReportsView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

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
        })
        .collect();
    Ok(SiteReportsView {
        csrf: session.csrf.clone(),
        reports,
        message: None,
    })
}

/// `GET /{lang}/staff/site-reports`.
pub async fn page(State(state): State<WebState>, keeper: Keeper, parts: Parts) -> Response {
    match queue(&state, &keeper).await {
        Ok(view) => render(&state, parts, PortalView::SiteReports(view), StatusCode::OK).await,
        Err(response) => response,
    }
}

/// `POST /{lang}/staff/site-reports/{id}`: `outcome=resolved` or `dismissed`.
pub async fn end(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    Posted {
        who,
        mut parts,
        form,
    }: Posted<Keeper>,
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
    let resolved = match form.text("outcome") {
        "resolved" => true,
        "dismissed" => false,
        _ => return StatusCode::UNPROCESSABLE_ENTITY.into_response(),
    };
    answer_at(
        &mut parts,
        &format!("/{}/staff/site-reports", who.lang.code()),
    );
    let ended = site_reports::end(&state.app, who.session.actor(), id, resolved).await;
    let status = match &ended {
        Ok(()) => StatusCode::OK,
        Err(error) => match refusal(error) {
            Some((_, status)) => status,
            None => return failed(),
        },
    };
    let mut view = match queue(&state, &who).await {
        Ok(view) => view,
        Err(response) => return response,
    };
    if ended.is_ok() {
        view.message = Some(
            if resolved {
                "portal-site-reports-resolved"
            } else {
                "portal-site-reports-dismissed"
            }
            .into(),
        );
    }
    render(&state, parts, PortalView::SiteReports(view), status).await
}
