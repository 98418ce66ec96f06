//! Reception's views of a site: its bookings, slots and walk-ins of one
//! local day, and its bookings of one week.

use super::access::Reception;
use crate::db::bookings::StoredBooking;
use crate::domain::bookings::date_reach;
use crate::domain::sites::site::Site;
use crate::services::accounts::Session;
use crate::services::reception::{self, ReceptionError};
use crate::web::WebState;
use crate::web::page_error::PageResult;
use crate::web::present::{date, time};
use crate::web::render;
use app::portal_model::{DayRow, DayView, SlotRow, WeekView};
use axum::extract::{Query, RawQuery, State};
use axum::http::StatusCode;
use chrono::{Datelike, Duration, NaiveDate};
use chrono_tz::Tz;
use vocabulary::{Lang, paths};

/// The day or week asked for: `?date=YYYY-MM-DD` (today when absent or
/// not a date).
#[derive(Debug, Default, serde::Deserialize)]
pub struct DateQuery {
    date: Option<String>,
}

/// The local date asked for, today when absent or bad, and moved to within
/// two years of today (`domain::bookings::date_reach`) when further.
pub fn local_date(site: &Site, date: Option<&str>) -> NaiveDate {
    let today = chrono::Utc::now()
        .with_timezone(&site.timezone)
        .date_naive();
    date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or(today, |date| date_reach::clamp(date, today))
}

/// The day view of `site` for the local `date` (today when absent or bad).
pub async fn day_view(
    state: &WebState,
    session: &Session,
    site: &Site,
    lang: Lang,
    date: Option<&str>,
) -> Result<DayView, ReceptionError> {
    let tz = site.timezone;
    let date = local_date(site, date);
    let day = reception::day(&state.app, site, date).await?;
    Ok(DayView {
        site_id: site.id.clone(),
        site_name: site.name(lang),
        date: date.to_string(),
        previous: (date - Duration::days(1)).to_string(),
        next: (date + Duration::days(1)).to_string(),
        csrf: session.csrf.clone(),
        rows: day.bookings.iter().map(|b| day_row(b, tz)).collect(),
        walk_ins: day.walk_ins,
        slots: day
            .slots
            .iter()
            .map(|open| SlotRow {
                start: crate::domain::instant::format(open.slot.start),
                time: time(open.slot.start.with_timezone(&tz)),
                booked: open.booked,
                capacity: open.capacity,
                blocked: open.blocked,
            })
            .collect(),
        closed: day.closed,
        slowed: day.slowed,
        checked: None,
        message: None,
    })
}

pub fn day_row(booking: &StoredBooking, tz: Tz) -> DayRow {
    let start = booking.start.with_timezone(&tz);
    DayRow {
        date: date(start),
        time: time(start),
        id: booking.id.to_string(),
        nickname: booking.nickname.clone(),
        service: booking.service.clone(),
        status: booking.status,
        next: booking.status.marks(),
    }
}

/// `GET /{lang}/staff/site/{id}/bookings?date=YYYY-MM-DD`.
pub async fn day(
    State(state): State<WebState>,
    Reception {
        lang,
        session,
        site,
    }: Reception,
    Query(query): Query<DateQuery>,
    RawQuery(sent): RawQuery,
) -> PageResult {
    let view = day_view(&state, &session, &site, lang, query.date.as_deref()).await?;
    let at = render::with_query(paths::SITE_BOOKINGS.of(lang, &site.id), sent.as_deref());
    Ok(render::portal(&state, lang, at, view, StatusCode::OK).await)
}

/// `GET /{lang}/staff/site/{id}/week?date=YYYY-MM-DD`: the week holding
/// `date`, Monday first.
pub async fn week(
    State(state): State<WebState>,
    Reception { lang, site, .. }: Reception,
    Query(query): Query<DateQuery>,
    RawQuery(sent): RawQuery,
) -> PageResult {
    let date = local_date(&site, query.date.as_deref());
    let monday = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
    let bookings = reception::week(&state.app, &site, monday).await?;
    let rows: Vec<DayRow> = bookings.iter().map(|b| day_row(b, site.timezone)).collect();
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
        site_name: site.name(lang),
        days,
        previous: (monday - Duration::weeks(1)).to_string(),
        next: (monday + Duration::weeks(1)).to_string(),
    };
    let at = render::with_query(paths::SITE_WEEK.of(lang, &site.id), sent.as_deref());
    Ok(render::portal(&state, lang, at, view, StatusCode::OK).await)
}
