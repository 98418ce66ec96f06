//! The staff portal's HTTP side: sign-in, sign-out, a site's weekly hours
//! and booking rules, and its bookings by day (arrived, seen, no-show). Every handler checks the session and the
//! account's rights first; the pages (app/src/pages/portal.rs) only show
//! what these put in their context. A site an account may not manage is
//! answered exactly like a site that does not exist.

use crate::accounts::{self, StoredAccount};
use crate::booking_store;
use crate::db;
use crate::domain::account::Role;
use crate::domain::slots::SlotRules;
use crate::domain::weekly_hours::{INTERVALS_PER_DAY, WeeklyHours};
use crate::page_render::render;
use crate::sessions::{self, Session};
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::{DayRow, DayView, HoursForm, PortalHome, PortalView};
use axum::extract::{Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Duration, Utc};
use std::collections::HashMap;

const FORM_LIMIT: usize = 16 * 1024;
/// Booking rules offered for a site that has none yet.
const DEFAULT_RULES: SlotRules = SlotRules {
    length: Duration::minutes(30),
    capacity: 1,
    min_notice: Duration::hours(1),
    max_days_ahead: 14,
};

async fn read(request: Request) -> (Parts, HashMap<String, String>) {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .unwrap_or_default();
    (parts, form_urlencoded::parse(&bytes).into_owned().collect())
}

fn to_login(lang: Lang) -> Response {
    Redirect::to(&format!("/{}/staff/login", lang.code())).into_response()
}

fn internal(error: anyhow::Error) -> Response {
    tracing::error!(%error, "portal request failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

async fn session(state: &ServerState, parts: &Parts) -> Result<Option<Session>, Response> {
    sessions::current(&state.app.pool, &parts.headers)
        .await
        .map_err(internal)
}

/// The sites `account` may manage: all for admins, its own for staff.
async fn managed_sites(
    state: &ServerState,
    account: &StoredAccount,
) -> anyhow::Result<Vec<String>> {
    Ok(match account.role() {
        Some(Role::Admin) => state
            .app
            .directory()
            .sites()
            .iter()
            .map(|s| s.id.clone())
            .collect(),
        Some(Role::Staff) => accounts::sites_of(&state.app.pool, account.id).await?,
        _ => vec![],
    })
}

/// `GET /{lang}/staff/login`.
pub async fn login_form(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    if Lang::from_code(&lang).is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let (parts, _) = request.into_parts();
    render(
        &state,
        parts,
        PortalView::Login { problem: None },
        StatusCode::OK,
    )
    .await
}

/// `POST /{lang}/staff/login`: at most 5 tries per username per 15 minutes.
pub async fn login(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, form) = read(request).await;
    let username = form
        .get("username")
        .map(|u| u.trim().to_lowercase())
        .unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let refuse = |key: &str| PortalView::Login {
        problem: Some(key.to_string()),
    };
    if !state.app.login_limit.allow(username.clone()) {
        return render(
            &state,
            parts,
            refuse("portal-login-locked"),
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await;
    }
    let account = match accounts::find(&state.app.pool, &username).await {
        Ok(account) => account,
        Err(error) => return internal(error),
    };
    let signed_in =
        account.filter(|a| !a.disabled && accounts::password_matches(&password, &a.password_hash));
    let Some(account) = signed_in else {
        return render(
            &state,
            parts,
            refuse("portal-login-failed"),
            StatusCode::UNAUTHORIZED,
        )
        .await;
    };
    match sessions::start(&state.app.pool, account.id).await {
        Ok(cookie) => {
            let mut response = Redirect::to(&format!("/{}/staff", lang.code())).into_response();
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Err(error) => internal(error),
    }
}

/// `POST /{lang}/staff/logout`.
pub async fn logout(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, form) = read(request).await;
    let session = match session(&state, &parts).await {
        Ok(Some(session)) => session,
        Ok(None) => return to_login(lang),
        Err(response) => return response,
    };
    if !session.form_is_genuine(form.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Err(error) = session.end(&state.app.pool).await {
        return internal(error);
    }
    let mut response = to_login(lang);
    if let Ok(value) = HeaderValue::from_str(&sessions::clearing_cookie()) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// `GET /{lang}/staff`: the account's sites.
pub async fn home(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, _) = request.into_parts();
    let session = match session(&state, &parts).await {
        Ok(Some(session)) => session,
        Ok(None) => return to_login(lang),
        Err(response) => return response,
    };
    let ids = match managed_sites(&state, &session.account).await {
        Ok(ids) => ids,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let sites = ids
        .iter()
        .filter_map(|id| directory.site(id))
        .map(|site| (site.id.clone(), lang_name(&site.names, lang)))
        .collect();
    let view = PortalView::Home(PortalHome {
        username: session.account.username.clone(),
        role: session.account.role.clone(),
        sites,
        csrf: session.csrf.clone(),
    });
    render(&state, parts, view, StatusCode::OK).await
}

fn lang_name(names: &crate::domain::site::Names, lang: Lang) -> String {
    match lang {
        Lang::Ru => names.ru.clone(),
        Lang::Kk => names.kk.clone(),
        Lang::En => names.en.clone(),
    }
}

/// The signed-in session and the site, if the account may manage it.
async fn authorised(
    state: &ServerState,
    parts: &Parts,
    lang: Lang,
    site_id: &str,
) -> Result<(Session, crate::domain::site::Site), Response> {
    let Some(session) = session(state, parts).await? else {
        return Err(to_login(lang));
    };
    let allowed = managed_sites(state, &session.account)
        .await
        .map_err(internal)?;
    let site = state.app.directory().site(site_id).cloned();
    match site {
        Some(site) if allowed.iter().any(|id| id == site_id) => Ok((session, site)),
        _ => Err(StatusCode::NOT_FOUND.into_response()),
    }
}

/// The form as stored: this week's hours and the site's booking rules.
async fn stored_form(
    state: &ServerState,
    session: &Session,
    site: &crate::domain::site::Site,
    lang: Lang,
) -> anyhow::Result<HoursForm> {
    let today = Utc::now().with_timezone(&site.timezone).date_naive();
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let week = site
        .hours
        .as_ref()
        .map(|hours| WeeklyHours::from_hours(hours, monday))
        .unwrap_or_default();
    let rules = booking_store::rules(&state.app.pool, &site.id)
        .await?
        .unwrap_or(DEFAULT_RULES);
    let days = week
        .days
        .iter()
        .map(|intervals| {
            (0..INTERVALS_PER_DAY)
                .map(|i| {
                    intervals
                        .get(i)
                        .map_or((String::new(), String::new()), |(from, to)| {
                            (
                                from.format("%H:%M").to_string(),
                                to.format("%H:%M").to_string(),
                            )
                        })
                })
                .collect()
        })
        .collect();
    Ok(HoursForm {
        site_id: site.id.clone(),
        site_name: lang_name(&site.names, lang),
        csrf: session.csrf.clone(),
        days,
        slot_minutes: rules.length.num_minutes().to_string(),
        capacity: rules.capacity.to_string(),
        notice_hours: rules.min_notice.num_hours().to_string(),
        days_ahead: rules.max_days_ahead.to_string(),
        opening_hours: site
            .hours
            .as_ref()
            .map(|h| h.raw().to_string())
            .unwrap_or_default(),
        problem: None,
        saved: false,
    })
}

/// `GET /{lang}/staff/site/{id}/hours`.
pub async fn hours_form(
    State(state): State<ServerState>,
    Path((lang, site_id)): Path<(String, String)>,
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
    match stored_form(&state, &session, &site, lang).await {
        Ok(form) => render(&state, parts, PortalView::Hours(form), StatusCode::OK).await,
        Err(error) => internal(error),
    }
}

/// Booking rules from the form, if every number is in range.
fn rules_from(form: &HashMap<String, String>) -> Option<SlotRules> {
    let number = |name: &str, range: std::ops::RangeInclusive<u32>| {
        form.get(name)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| range.contains(n))
    };
    Some(SlotRules {
        length: Duration::minutes(number("slot_minutes", 10..=240)?.into()),
        capacity: number("capacity", 1..=50)?,
        min_notice: Duration::hours(number("notice_hours", 0..=72)?.into()),
        max_days_ahead: number("days_ahead", 1..=60)?,
    })
}

/// `POST /{lang}/staff/site/{id}/hours`: saves the week and the rules; the
/// public pages and slots change at once.
pub async fn save_hours(
    State(state): State<ServerState>,
    Path((lang, site_id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, form) = read(request).await;
    let (session, site) = match authorised(&state, &parts, lang, &site_id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if !session.form_is_genuine(form.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let mut shown = match stored_form(&state, &session, &site, lang).await {
        Ok(shown) => shown,
        Err(error) => return internal(error),
    };
    // Show what was typed, whatever happens next.
    for (index, day) in shown.days.iter_mut().enumerate() {
        for (i, (from, to)) in day.iter_mut().enumerate() {
            let field = |end: &str| {
                let name = crate::domain::weekly_hours::field_name(index as u8 + 1, i + 1, end);
                form.get(&name).cloned().unwrap_or_default()
            };
            (*from, *to) = (field("from"), field("to"));
        }
    }
    for (name, value) in [
        ("slot_minutes", &mut shown.slot_minutes),
        ("capacity", &mut shown.capacity),
        ("notice_hours", &mut shown.notice_hours),
        ("days_ahead", &mut shown.days_ahead),
    ] {
        *value = form.get(name).cloned().unwrap_or_default();
    }
    let week = match WeeklyHours::from_form(|name| form.get(name).map(String::as_str)) {
        Ok(week) => week,
        Err(error) => {
            shown.problem = Some((error.message_key().to_string(), Some(error.weekday())));
            return render(
                &state,
                parts,
                PortalView::Hours(shown),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let Some(rules) = rules_from(&form) else {
        shown.problem = Some(("portal-rules-bad".to_string(), None));
        return render(
            &state,
            parts,
            PortalView::Hours(shown),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let opening_hours = week.to_osm();
    let saved = async {
        db::set_opening_hours(&state.app.pool, &site.id, &opening_hours).await?;
        booking_store::set_rules(&state.app.pool, &site.id, &rules).await?;
        accounts::audit(
            &state.app.pool,
            session.account.id,
            "hours",
            Some(&site.id),
            &opening_hours,
        )
        .await?;
        state.app.refresh().await
    };
    if let Err(error) = saved.await {
        return internal(error);
    }
    shown.opening_hours = opening_hours;
    shown.saved = true;
    render(&state, parts, PortalView::Hours(shown), StatusCode::OK).await
}

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
