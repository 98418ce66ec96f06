//! Indicators for donors and managers: admins see every site, staff their
//! sites, outreach workers their organisation's referrals. Counts only.

use super::access::SignedIn;
use super::{internal, lang_name, managed_sites};
use crate::booking_store::parse_instant;
use crate::domain::account::Role;
use crate::domain::indicators::{self, BookingFact, Counts, Period, Row, WalkInFact};
use crate::page_render::render;
use crate::report_store;
use crate::sessions::Session;
use crate::startup::ServerState;
use app::portal_model::{IndicatorCounts, IndicatorRow, IndicatorsView, PortalView};
use axum::extract::{Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDateTime, Utc};
use std::collections::{HashMap, HashSet};

/// How far back the indicators go: twelve weeks or twelve months.
const PERIODS_SHOWN: u32 = 12;

/// The rows this account may see, for `period`.
async fn rows_for(
    state: &ServerState,
    session: &Session,
    period: Period,
) -> anyhow::Result<(&'static str, Vec<Row>)> {
    let directory = state.app.directory();
    let local = |site_id: &str, utc: &str| -> Option<NaiveDateTime> {
        let tz = directory
            .site(site_id)
            .map_or(chrono_tz::UTC, |s| s.timezone);
        parse_instant(utc).map(|t| t.with_timezone(&tz).naive_local())
    };
    let today = Utc::now().date_naive();
    let since = period
        .periods_back(today, PERIODS_SHOWN - 1)
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc() - chrono::Duration::days(1))
        .unwrap_or_default();
    let account = &session.account;
    let (scope, org, sites): (_, _, Option<HashSet<String>>) = match account.role() {
        Some(Role::Admin) => ("all", None, None),
        Some(Role::Staff) => (
            "sites",
            None,
            Some(managed_sites(state, account).await?.into_iter().collect()),
        ),
        Some(Role::Outreach) => match &account.organisation {
            Some(org) => ("organisation", Some(org.as_str()), None),
            None => return Ok(("organisation", vec![])),
        },
        None => return Ok(("sites", vec![])),
    };
    let visible = |site_id: &str| sites.as_ref().is_none_or(|s| s.contains(site_id));
    let bookings: Vec<BookingFact> = report_store::bookings_since(&state.app.pool, since, org)
        .await?
        .into_iter()
        .filter(|b| visible(&b.site_id))
        .filter_map(|b| {
            Some(BookingFact {
                start: local(&b.site_id, &b.start_utc)?,
                end: local(&b.site_id, &b.end_utc)?,
                site_id: b.site_id,
                service: b.service,
                status: b.status,
                referred: b.referral_org.is_some(),
            })
        })
        .collect();
    // Walk-ins belong to sites, not to an organisation.
    let walk_ins: Vec<WalkInFact> = if org.is_some() {
        vec![]
    } else {
        report_store::walk_ins_since(&state.app.pool, since)
            .await?
            .into_iter()
            .filter(|w| visible(&w.site_id))
            .filter_map(|w| {
                Some(WalkInFact {
                    at: local(&w.site_id, &w.at_utc)?,
                    site_id: w.site_id,
                    service: w.service,
                })
            })
            .collect()
    };
    let first = period.periods_back(today, PERIODS_SHOWN - 1);
    let rows = indicators::tally(period, &bookings, &walk_ins)
        .into_iter()
        .filter(|row| row.period_start >= first)
        .collect();
    Ok((scope, rows))
}

fn counts(c: &Counts) -> IndicatorCounts {
    IndicatorCounts {
        bookings: c.bookings,
        arrived: c.arrived,
        noshow: c.noshow,
        cancelled: c.cancelled,
        evening_or_weekend_percent: c.evening_or_weekend_percent(),
        referred: c.referred,
        referred_arrived: c.referred_arrived,
        walk_ins: c.walk_ins,
    }
}

fn period_of(query: &HashMap<String, String>) -> Period {
    query
        .get("period")
        .and_then(|p| Period::from_code(p))
        .unwrap_or(Period::Week)
}

/// `GET /{lang}/staff/indicators?period=week|month`.
pub async fn page(
    State(state): State<ServerState>,
    SignedIn { lang, session }: SignedIn,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let period = period_of(&query);
    let (scope, rows) = match rows_for(&state, &session, period).await {
        Ok(found) => found,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let view = IndicatorsView {
        period: period.code().to_string(),
        scope: scope.to_string(),
        chart: indicators::totals_by_period(&rows)
            .iter()
            .map(|(start, c)| (start.to_string(), c.bookings, c.arrived))
            .collect(),
        rows: rows
            .iter()
            .map(|row| IndicatorRow {
                period_start: row.period_start.to_string(),
                site_name: directory
                    .site(&row.site_id)
                    .map_or_else(|| row.site_id.clone(), |s| lang_name(&s.names, lang)),
                service: row.service.clone(),
                counts: counts(&row.counts),
            })
            .collect(),
    };
    render(&state, parts, PortalView::Indicators(view), StatusCode::OK).await
}

/// `GET /{lang}/staff/indicators.csv?period=week|month`: the same rows.
pub async fn csv(
    State(state): State<ServerState>,
    SignedIn { lang: _, session }: SignedIn,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let (_parts, _) = request.into_parts();
    let period = period_of(&query);
    let text = match rows_for(&state, &session, period).await {
        Ok((_, rows)) => indicators::to_csv(period, &rows),
        Err(error) => Err(error),
    };
    match text {
        Ok(text) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/csv; charset=utf-8"),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static("attachment; filename=\"senim-indicators.csv\""),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
            text,
        )
            .into_response(),
        Err(error) => internal(error),
    }
}
