//! An outreach worker's view of their organisation's referrals. A referral
//! is a booking made while an outreach worker was signed in (the
//! organisation is recorded, never the worker).

use super::access::SignedIn;
use crate::domain::account::Role;
use crate::services::indicators::referrals;
use crate::web::WebState;
use crate::web::error::internal;
use crate::web::present::{date, time};
use crate::web::render::render;
use app::portal_model::{PortalView, ReferralRow, ReferralsView};
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

/// `GET /{lang}/staff/referrals`: outreach accounts only.
pub async fn page(
    State(state): State<WebState>,
    SignedIn { lang, session }: SignedIn,
    parts: Parts,
) -> Response {
    let account = &session.account;
    let (Role::Outreach, Some(org)) = (account.role, account.organisation.clone()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let records = match referrals(&state.app, &org).await {
        Ok(records) => records,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let rows = records
        .into_iter()
        .map(|r| {
            let site = directory.site(&r.site_id);
            let tz = site.map_or(chrono_tz::UTC, |s| s.timezone);
            let start = r.start.with_timezone(&tz);
            ReferralRow {
                site_name: site.map_or_else(|| r.site_id.clone(), |s| s.name(lang)),
                date: date(start),
                time: time(start),
                nickname: r.nickname,
                status: r.status.code().to_string(),
            }
        })
        .collect();
    let view = ReferralsView {
        organisation: org,
        rows,
    };
    render(&state, parts, PortalView::Referrals(view), StatusCode::OK).await
}
