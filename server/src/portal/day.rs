//! Reception: a site's bookings by day, a code checked, bookings marked
//! arrived, seen, no-show or cancelled, and walk-ins counted.

use super::access::ManagedSite;
use super::{genuine_form, internal, lang_name};
use crate::accounts::{self};
use crate::booking::BookingError;
use crate::booking_store;
use crate::domain::booking::BookingCode;
use crate::page_render::render;
use crate::report_store;
use crate::sessions::Session;
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::{DayRow, DayView, PortalView, SlotRow, WeekView};
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Datelike, NaiveDate};
use chrono::{Duration, Utc};
use chrono_tz::Tz;
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
    let date = local_date(site, date);
    let (from, to) = local_days(tz, date, 1)?;
    let rows = booking_store::bookings_between(&state.app.pool, &site.id, from, to)
        .await?
        .into_iter()
        .map(|b| day_row(b, tz))
        .collect();
    let walk_ins = report_store::walk_ins_between(&state.app.pool, &site.id, from, to).await?;
    let pool = &state.app.pool;
    let closed = booking_store::is_closed(pool, &site.id, date).await?;
    // A site without booking rules has no slots to block.
    let slots = match state.app.open_slots(&site.id, date, 1, Utc::now()).await {
        Ok(slots) => slots
            .iter()
            .map(|open| SlotRow {
                start: booking_store::instant(open.slot.start),
                time: open.slot.local_start(tz).format("%H:%M").to_string(),
                booked: open.booked,
                capacity: open.capacity,
                blocked: open.blocked,
            })
            .collect(),
        Err(BookingError::Internal(error)) => return Err(error),
        Err(_) => vec![],
    };
    Ok(DayView {
        site_id: site.id.clone(),
        site_name: lang_name(&site.names, lang),
        date: date.to_string(),
        previous: (date - Duration::days(1)).to_string(),
        next: (date + Duration::days(1)).to_string(),
        csrf: session.csrf.clone(),
        rows,
        walk_ins,
        slots,
        closed,
        checked: None,
        message: None,
    })
}

/// The local date asked for, today when absent or bad.
fn local_date(site: &crate::domain::site::Site, date: Option<&str>) -> NaiveDate {
    date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| Utc::now().with_timezone(&site.timezone).date_naive())
}

/// The UTC instants of local midnight on `date` and `days` days later.
fn local_days(
    tz: Tz,
    date: NaiveDate,
    days: i64,
) -> anyhow::Result<(DateTime<Utc>, DateTime<Utc>)> {
    let midnight = |day: NaiveDate| {
        day.and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(tz).earliest())
            .map(|t| t.with_timezone(&Utc))
    };
    match (midnight(date), midnight(date + Duration::days(days))) {
        (Some(from), Some(to)) => Ok((from, to)),
        _ => anyhow::bail!("no midnight on {date}"),
    }
}

/// `GET /{lang}/staff/site/{id}/week?date=YYYY-MM-DD`: the week holding
/// `date`, Monday first.
pub async fn week(
    State(state): State<ServerState>,
    ManagedSite { lang, site, .. }: ManagedSite,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let date = local_date(&site, query.get("date").map(String::as_str));
    let monday = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
    let found = async {
        let (from, to) = local_days(site.timezone, monday, 7)?;
        booking_store::bookings_between(&state.app.pool, &site.id, from, to).await
    };
    let bookings = match found.await {
        Ok(bookings) => bookings,
        Err(error) => return internal(error),
    };
    let rows: Vec<DayRow> = bookings
        .into_iter()
        .map(|b| day_row(b, site.timezone))
        .collect();
    let days = monday
        .iter_days()
        .take(7)
        .map(|day| {
            let day = day.to_string();
            let of_day = rows.iter().filter(|r| r.date == day).cloned().collect();
            (day, of_day)
        })
        .collect();
    let view = WeekView {
        site_id: site.id.clone(),
        site_name: lang_name(&site.names, lang),
        days,
        previous: (monday - Duration::weeks(1)).to_string(),
        next: (monday + Duration::weeks(1)).to_string(),
    };
    render(&state, parts, PortalView::Week(view), StatusCode::OK).await
}

fn day_row(booking: booking_store::DayBooking, tz: Tz) -> DayRow {
    let start = booking_store::parse_instant(&booking.start_utc).map(|t| t.with_timezone(&tz));
    let format = |pattern: &str| {
        start
            .map(|t| t.format(pattern).to_string())
            .unwrap_or_default()
    };
    DayRow {
        date: format("%Y-%m-%d"),
        time: format("%H:%M"),
        id: booking.id,
        nickname: booking.nickname,
        service: booking.service,
        status: booking.status,
    }
}

/// `GET /{lang}/staff/site/{id}/bookings?date=YYYY-MM-DD`.
pub async fn day(
    State(state): State<ServerState>,
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
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

/// A reception action's outcome: the day view again, with a message.
struct Outcome {
    message: &'static str,
    status: StatusCode,
    /// Show this day (YYYY-MM-DD) rather than the one the form came from.
    date: Option<String>,
    checked: Option<DayRow>,
}

impl Outcome {
    fn said(message: &'static str, status: StatusCode) -> Outcome {
        Outcome {
            message,
            status,
            date: None,
            checked: None,
        }
    }
}

/// The reception actions, each on a booking or a count of this site only.
enum Action {
    Mark,
    CheckCode,
    WalkIn,
    Block,
}

async fn act(
    state: &ServerState,
    session: &Session,
    site: &crate::domain::site::Site,
    action: Action,
    field: impl Fn(&str) -> String,
) -> anyhow::Result<Outcome> {
    let pool = &state.app.pool;
    match action {
        Action::Mark => {
            let status = field("status");
            if !booking_store::set_status(pool, &site.id, &field("booking"), &status).await? {
                return Ok(Outcome::said("portal-status-refused", StatusCode::CONFLICT));
            }
            accounts::audit(
                pool,
                session.account.id,
                "booking-status",
                Some(&site.id),
                &status,
            )
            .await?;
            Ok(Outcome::said("portal-status-saved", StatusCode::OK))
        }
        Action::CheckCode => {
            let found = match BookingCode::parse(&field("code")) {
                Ok(code) => {
                    let hash = state.app.code_key.code_hash(&code);
                    booking_store::at_site_by_code(pool, &site.id, &hash).await?
                }
                Err(_) => None,
            };
            let Some(booking) = found else {
                return Ok(Outcome::said("portal-code-unknown", StatusCode::NOT_FOUND));
            };
            let row = day_row(booking, site.timezone);
            Ok(Outcome {
                message: "portal-code-found",
                status: StatusCode::OK,
                date: Some(row.date.clone()),
                checked: Some(row),
            })
        }
        Action::Block => {
            let blocked = field("blocked") == "1";
            let start = booking_store::parse_instant(&field("start"));
            let local = start.map(|s| s.with_timezone(&site.timezone).date_naive());
            let open = match local {
                Some(day) => state.app.open_slots(&site.id, day, 1, Utc::now()).await,
                None => Ok(vec![]),
            };
            let slot = match open {
                Ok(slots) => slots.into_iter().find(|o| Some(o.slot.start) == start),
                Err(BookingError::Internal(error)) => return Err(error),
                Err(_) => None,
            };
            let Some(open) = slot else {
                return Ok(Outcome::said("portal-slot-refused", StatusCode::CONFLICT));
            };
            booking_store::set_blocked(pool, &site.id, open.slot.start, open.capacity, blocked)
                .await?;
            let action = if blocked {
                "slot-blocked"
            } else {
                "slot-unblocked"
            };
            let detail = open
                .slot
                .local_start(site.timezone)
                .format("%Y-%m-%d %H:%M")
                .to_string();
            accounts::audit(pool, session.account.id, action, Some(&site.id), &detail).await?;
            Ok(Outcome {
                date: local.map(|d| d.to_string()),
                ..Outcome::said(
                    if blocked {
                        "portal-slot-blocked"
                    } else {
                        "portal-slot-unblocked"
                    },
                    StatusCode::OK,
                )
            })
        }
        Action::WalkIn => {
            let service = field("service");
            let service = app::model::Service::from_code(&service).map(|s| s.code());
            let now = Utc::now();
            report_store::add_walk_in(pool, &site.id, now, service).await?;
            accounts::audit(
                pool,
                session.account.id,
                "walk-in",
                Some(&site.id),
                service.unwrap_or(""),
            )
            .await?;
            // Counted today: show today, with the new count.
            Ok(Outcome {
                date: Some(now.with_timezone(&site.timezone).date_naive().to_string()),
                ..Outcome::said("portal-walk-in-counted", StatusCode::OK)
            })
        }
    }
}

async fn reception(
    state: ServerState,
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    request: Request,
    action: Action,
) -> Response {
    let (mut parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    // The answer is the day view again.
    if let Ok(uri) = format!("/{}/staff/site/{}/bookings", lang.code(), site.id).parse() {
        parts.uri = uri;
    }
    let field = |name: &str| form.text(name).to_string();
    let outcome = match act(&state, &session, &site, action, field).await {
        Ok(outcome) => outcome,
        Err(error) => return internal(error),
    };
    let date = outcome.date.unwrap_or_else(|| field("date"));
    match day_view(&state, &session, &site, lang, Some(&date)).await {
        Ok(mut view) => {
            view.message = Some(outcome.message.to_string());
            view.checked = outcome.checked;
            render(&state, parts, PortalView::Day(view), outcome.status).await
        }
        Err(error) => internal(error),
    }
}

/// `POST /{lang}/staff/site/{id}/bookings/status`: arrived, seen, no-show
/// or cancelled.
pub async fn mark(
    State(state): State<ServerState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    reception(state, managed, request, Action::Mark).await
}

/// `POST /{lang}/staff/site/{id}/bookings/code`: the booking a client's
/// code belongs to, if it is at this site.
pub async fn check_code(
    State(state): State<ServerState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    reception(state, managed, request, Action::CheckCode).await
}

/// `POST /{lang}/staff/site/{id}/walk-ins`: one more person seen without
/// a booking.
pub async fn walk_in(
    State(state): State<ServerState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    reception(state, managed, request, Action::WalkIn).await
}

/// `POST /{lang}/staff/site/{id}/slots`: `blocked=1` blocks the slot at
/// `start`, `blocked=0` opens it again.
pub async fn block(
    State(state): State<ServerState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    reception(state, managed, request, Action::Block).await
}
