//! `POST /{lang}/site/{id}`: a "Something wrong here?" report, answered by
//! the site page with the outcome. The client's address is used only as a
//! keyed hash (to count against the report limit, and to tell different
//! senders apart while the report is open) and is not logged.

use crate::services::site_reports::{self, Submitted};
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::form::LangForm;
use crate::web::page_error::{PageResult, refused};
use crate::web::render::render;
use app::model::ReportOutcome;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use vocabulary::forms::SiteReportForm;

pub async fn post_report(
    State(state): State<WebState>,
    Path((_, site_id)): Path<(String, String)>,
    client: ClientAddress,
    LangForm { parts, form, .. }: LangForm<SiteReportForm>,
) -> PageResult {
    let SiteReportForm { problem, note } = form;
    let sent = site_reports::submit(
        &state.app,
        client.key().as_str(),
        &site_id,
        &problem,
        &note,
        state.app.now(),
    )
    .await;
    let (outcome, status) = match sent {
        Ok(Submitted::Stored) => (ReportOutcome::Sent, StatusCode::OK),
        Ok(Submitted::Enough) => (ReportOutcome::Enough, StatusCode::OK),
        Err(error) => {
            let (message, status) = refused(error)?;
            let message = message.to_string();
            let refused = ReportOutcome::Refused {
                message,
                problem,
                note,
            };
            (refused, status)
        }
    };
    Ok(render(&state, parts, outcome, status).await)
}
