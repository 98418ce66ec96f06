//! An outreach worker's view of their organisation's referrals: counts per
//! site, service and status, and today's referral cards. A referral is a
//! booking a signed-in outreach worker marked as one on the booking form
//! (the organisation is recorded, never the worker).

use super::access::SignedIn;
use crate::domain::access::account::Role;
use crate::domain::bookings::booking_status::BookingStatus;
use crate::services::indicators::referrals;
use crate::web::WebState;
use crate::web::page_error::{PageError, PageResult};
use crate::web::present::{date, time};
use crate::web::render;
use app::portal_model::{ReferralCountRow, ReferralRow, ReferralsView};
use axum::extract::State;
use axum::http::StatusCode;
use vocabulary::paths;

/// `GET /{lang}/staff/referrals`: outreach accounts only.
pub async fn page(
    State(state): State<WebState>,
    SignedIn { lang, session }: SignedIn,
) -> PageResult {
    let account = &session.account;
    let (Role::Outreach, Some(organisation)) = (account.role, account.organisation.clone()) else {
        return Err(PageError::Status(StatusCode::NOT_FOUND));
    };
    let found = referrals(&state.app, organisation.id, state.app.now()).await?;
    let directory = state.app.directory();
    let site_name = |id: &str| {
        directory
            .site(id)
            .map_or_else(|| id.to_string(), |s| s.name(lang))
    };
    let mut counts: Vec<ReferralCountRow> = found
        .counts
        .iter()
        .map(|line| ReferralCountRow {
            site_name: site_name(&line.site_id),
            service: line.service.clone(),
            counts: line.by_status.to_vec(),
            total: line.total(),
        })
        .collect();
    counts.sort_by(|a, b| (&a.site_name, &a.service).cmp(&(&b.site_name, &b.service)));
    let today = found
        .today
        .into_iter()
        .map(|card| {
            let tz = directory
                .site(&card.site_id)
                .map_or(chrono_tz::UTC, |s| s.timezone);
            let start = card.start.with_timezone(&tz);
            ReferralRow {
                site_name: site_name(&card.site_id),
                date: date(start),
                time: time(start),
                nickname: card.nickname.unwrap_or_default(),
                status: card.status,
            }
        })
        .collect();
    let view = ReferralsView {
        organisation: organisation.name,
        statuses: BookingStatus::ALL.to_vec(),
        counts,
        today,
    };
    let (page, at) = (view, paths::REFERRALS.at(lang));
    Ok(render::portal(&state, lang, at, page, StatusCode::OK).await)
}
