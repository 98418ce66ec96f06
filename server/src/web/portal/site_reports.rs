//! Admins' queue of "Something wrong here?" reports. Any other account is
//! answered as if these pages did not exist.

use super::access::{Admin, Posted};
use crate::services::accounts::Session;
use crate::services::site_reports;
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::render::{answer_at, render};
use app::portal_model::{PortalView, SiteReportRow, SiteReportsView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use vocabulary::Lang;

async fn queue(
    state: &WebState,
    session: &Session,
    lang: Lang,
) -> Result<SiteReportsView, Response> {
    let open = site_reports::open(&state.app).await.map_err(internal)?;
    let directory = state.app.directory();
    let reports = open
        .into_iter()
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
pub async fn page(
    State(state): State<WebState>,
    Admin { lang, session }: Admin,
    parts: Parts,
) -> Response {
    match queue(&state, &session, lang).await {
        Ok(view) => render(&state, parts, PortalView::SiteReports(view), StatusCode::OK).await,
        Err(response) => response,
    }
}

/// `POST /{lang}/staff/site-reports/{id}`: `outcome=resolved` or `dismissed`.
pub async fn end(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    Posted {
        who: Admin { lang, session },
        mut parts,
        form,
    }: Posted<Admin>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let resolved = match form.text("outcome") {
        "resolved" => true,
        "dismissed" => false,
        _ => return StatusCode::UNPROCESSABLE_ENTITY.into_response(),
    };
    answer_at(&mut parts, &format!("/{}/staff/site-reports", lang.code()));
    let ended = site_reports::end(&state.app, session.actor(), id, resolved).await;
    let status = match &ended {
        Ok(()) => StatusCode::OK,
        Err(error) => match refusal(error) {
            Some((_, status)) => status,
            None => return failed(),
        },
    };
    let mut view = match queue(&state, &session, lang).await {
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
