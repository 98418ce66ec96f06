//! Indicators for donors and managers, as a page (table and chart) and as
//! CSV: counts only.

use super::access::SignedIn;
use crate::domain::indicators::{self, Counts, Period};
use crate::services::indicators::rows;
use crate::web::WebState;
use crate::web::error::internal;
use crate::web::render;
use app::portal_model::{IndicatorCounts, IndicatorRow, IndicatorsView};
use axum::extract::{Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use vocabulary::paths;

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
    State(state): State<WebState>,
    SignedIn { lang, session }: SignedIn,
    Query(query): Query<HashMap<String, String>>,
    parts: Parts,
) -> Response {
    let period = period_of(&query);
    let (scope, rows) = match rows(&state.app, &session.account, period).await {
        Ok(found) => found,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let view = IndicatorsView {
        period: period.code().to_string(),
        scope: scope.code().to_string(),
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
                    .map_or_else(|| row.site_id.clone(), |s| s.name(lang)),
                service: row.service.clone(),
                counts: counts(&row.counts),
            })
            .collect(),
    };
    let at = render::with_query(paths::INDICATORS.at(lang), &parts);
    render::portal(&state, lang, at, view, StatusCode::OK).await
}

/// `GET /{lang}/staff/indicators.csv?period=week|month`: the same rows.
pub async fn csv(
    State(state): State<WebState>,
    SignedIn { session, .. }: SignedIn,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let period = period_of(&query);
    match rows(&state.app, &session.account, period).await {
        Ok((_, rows)) => (
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
            indicators::to_csv(period, &rows),
        )
            .into_response(),
        Err(error) => internal(error),
    }
}
