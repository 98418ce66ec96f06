//! Indicators for donors and managers, as a page (table and chart) and as
//! CSV: counts only.

use super::access::SignedIn;
use crate::domain::bookings::indicators::{self, Counts, Period};
use crate::services::indicators::rows;
use crate::web::WebState;
use crate::web::page_error::PageResult;
use crate::web::render;
use app::portal_model::{IndicatorCounts, IndicatorRow, IndicatorsView};
use axum::extract::{Query, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
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

/// The period asked for: `?period=week|month` (a week when absent or
/// unknown).
#[derive(Debug, Default, serde::Deserialize)]
pub struct PeriodQuery {
    period: Option<String>,
}

impl PeriodQuery {
    fn period(&self) -> Period {
        self.period
            .as_deref()
            .and_then(Period::from_code)
            .unwrap_or(Period::Week)
    }
}

/// `GET /{lang}/staff/indicators?period=week|month`.
pub async fn page(
    State(state): State<WebState>,
    SignedIn { lang, session }: SignedIn,
    Query(query): Query<PeriodQuery>,
    RawQuery(sent): RawQuery,
) -> PageResult {
    let period = query.period();
    let (scope, rows) = rows(&state.app, &session.account, period).await?;
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
    let at = render::with_query(paths::INDICATORS.at(lang), sent.as_deref());
    let page = view;
    Ok(render::portal(&state, lang, at, page, StatusCode::OK).await)
}

/// `GET /{lang}/staff/indicators.csv?period=week|month`: the same rows.
pub async fn csv(
    State(state): State<WebState>,
    SignedIn { session, .. }: SignedIn,
    Query(query): Query<PeriodQuery>,
) -> PageResult {
    let period = query.period();
    let (_, rows) = rows(&state.app, &session.account, period).await?;
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"senim-indicators.csv\""),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    Ok((headers, indicators::to_csv(period, &rows)).into_response())
}
