//! A site's bookings by day, marked arrived, seen or no-show.

use super::{authorised, internal, lang_name, read};
use crate::accounts::{self};
use crate::booking_store;
use crate::page_render::render;
use crate::sessions::Session;
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::{DayRow, DayView, PortalView};
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use std::collections::HashMap;

/// The day view of `site` for the local `date` (today when absent or bad).
async fn day_view(
    state: &ServerState,
    session: &Session,
    site: &crate::domain::site::Site,
    lang: Lang,
    date: Option<&str>,
) -> anyhow::Result<DayView> {
    let tz = site.timezone;
    let today = Utc::now().with_timezone(&tz).date_naive();
    let date = date
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or(today);
    let local_midnight = |day: chrono::NaiveDate| {
        day.and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(tz).earliest())
            .map(|t| t.with_timezone(&Utc))
    };
    let (Some(from), Some(to)) = (
        local_midnight(date),
        local_midnight(date + Duration::days(1)),
    ) else {
        anyhow::bail!("no midnight on {date}");
    };
    let rows = booking_store::bookings_between(&state.app.pool, &site.id, from, to)
        .await?
        .into_iter()
        .map(|b| DayRow {
            time: booking_store::parse_instant(&b.start_utc)
                .map(|t| t.with_timezone(&tz).format("%H:%M").to_string())
                .unwrap_or_default(),
            id: b.id,
            nickname: b.nickname,
            service: b.service,
            status: b.status,
        })
        .collect();
    Ok(DayView {
        site_id: site.id.clone(),
        site_name: lang_name(&site.names, lang),
        date: date.to_string(),
        previous: (date - Duration::days(1)).to_string(),
        next: (date + Duration::days(1)).to_string(),
        csrf: session.csrf.clone(),
        rows,
        message: None,
    })
}

/// `GET /{lang}/staff/site/{id}/bookings?date=YYYY-MM-DD`.
pub async fn day(
    State(state): State<ServerState>,
    Path((lang, site_id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, _) = request.into_parts();
    let (session, site) = match authorised(&state, &parts, lang, &site_id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match day_view(
        &state,
        &session,
        &site,
        lang,
        query.get("date").map(String::as_str),
    )
    .await
    {
        Ok(view) => render(&state, parts, PortalView::Day(view), StatusCode::OK).await,
        Err(error) => internal(error),
    }
}

/// `POST /{lang}/staff/site/{id}/bookings/status`: arrived, seen or no-show.
pub async fn mark(
    State(state): State<ServerState>,
    Path((lang, site_id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (mut parts, form) = read(request).await;
    let (session, site) = match authorised(&state, &parts, lang, &site_id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if !session.form_is_genuine(form.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    // The answer is the day view again.
    if let Ok(uri) = format!("/{}/staff/site/{}/bookings", lang.code(), site.id).parse() {
        parts.uri = uri;
    }
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or("");
    let marked =
        booking_store::set_status(&state.app.pool, &site.id, field("booking"), field("status"))
            .await;
    let (message, status) = match marked {
        Ok(true) => {
            let audit = accounts::audit(
                &state.app.pool,
                session.account.id,
                "booking-status",
                Some(&site.id),
                field("status"),
            );
            if let Err(error) = audit.await {
                return internal(error);
            }
            ("portal-status-saved", StatusCode::OK)
        }
        Ok(false) => ("portal-status-refused", StatusCode::CONFLICT),
        Err(error) => return internal(error),
    };
    match day_view(&state, &session, &site, lang, Some(field("date"))).await {
        Ok(mut view) => {
            view.message = Some(message.to_string());
            render(&state, parts, PortalView::Day(view), status).await
        }
        Err(error) => internal(error),
    }
}
