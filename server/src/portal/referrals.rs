//! An outreach worker's view of their organisation's referrals. A
//! referral is a booking made while an outreach worker was signed in
//! (crate::booking_pages records the organisation, never the worker).

use super::access::SignedIn;
use super::{internal, lang_name};
use crate::booking_store::parse_instant;
use crate::domain::account::Role;
use crate::page_render::render;
use crate::report_store;
use crate::startup::ServerState;
use app::portal_model::{PortalView, ReferralRow, ReferralsView};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The most referrals listed.
const LISTED: i64 = 200;

/// `GET /{lang}/staff/referrals`: outreach accounts only.
pub async fn page(
    State(state): State<ServerState>,
    SignedIn { lang, session }: SignedIn,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let account = &session.account;
    let (Some(Role::Outreach), Some(org)) = (account.role(), account.organisation.clone()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let records = match report_store::referrals(&state.app.pool, &org, LISTED).await {
        Ok(records) => records,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let rows = records
        .into_iter()
        .map(|r| {
            let site = directory.site(&r.site_id);
            let tz = site.map_or(chrono_tz::UTC, |s| s.timezone);
            let start = parse_instant(&r.start_utc).map(|t| t.with_timezone(&tz));
            let format = |pattern: &str| {
                start
                    .map(|t| t.format(pattern).to_string())
                    .unwrap_or_default()
            };
            ReferralRow {
                site_name: site.map_or_else(|| r.site_id.clone(), |s| lang_name(&s.names, lang)),
                date: format("%Y-%m-%d"),
                time: format("%H:%M"),
                nickname: r.nickname,
                status: r.status,
            }
        })
        .collect();
    let view = ReferralsView {
        organisation: org,
        rows,
    };
    render(&state, parts, PortalView::Referrals(view), StatusCode::OK).await
}
