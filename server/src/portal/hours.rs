//! A site's weekly hours and booking rules, in a form, and the days it is
//! closed whatever the weekly hours say.

use super::access::ManagedSite;
use super::{Form, genuine_form, internal, lang_name};
use crate::accounts::{self};
use crate::booking_store;
use crate::db;
use crate::domain::slots::SlotRules;
use crate::domain::weekly_hours::{INTERVALS_PER_DAY, WeeklyHours};
use crate::page_render::render;
use crate::sessions::Session;
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::{HoursForm, PortalView};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Datelike, Duration, NaiveDate, Utc};

/// Booking rules offered for a site that has none yet.
const DEFAULT_RULES: SlotRules = SlotRules {
    length: Duration::minutes(30),
    capacity: 1,
    min_notice: Duration::hours(1),
    max_days_ahead: 14,
};

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
        closures: booking_store::closures(&state.app.pool, &site.id, today)
            .await?
            .iter()
            .map(|d| d.to_string())
            .collect(),
        notice: None,
    })
}

/// `GET /{lang}/staff/site/{id}/hours`.
pub async fn hours_form(
    State(state): State<ServerState>,
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match stored_form(&state, &session, &site, lang).await {
        Ok(form) => render(&state, parts, PortalView::Hours(form), StatusCode::OK).await,
        Err(error) => internal(error),
    }
}

/// Booking rules from the form, if every number is in range.
fn rules_from(form: &Form) -> Option<SlotRules> {
    let number = |name: &str, range: std::ops::RangeInclusive<u32>| {
        form.text(name)
            .trim()
            .parse::<u32>()
            .ok()
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
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    request: Request,
) -> Response {
    let (parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let mut shown = match stored_form(&state, &session, &site, lang).await {
        Ok(shown) => shown,
        Err(error) => return internal(error),
    };
    // Show what was typed, whatever happens next.
    for (index, day) in shown.days.iter_mut().enumerate() {
        for (i, (from, to)) in day.iter_mut().enumerate() {
            let field = |end: &str| {
                let name = crate::domain::weekly_hours::field_name(index as u8 + 1, i + 1, end);
                form.text(&name).to_string()
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
        *value = form.text(name).to_string();
    }
    let week = match WeeklyHours::from_form(|name| form.value(name)) {
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

/// The most days one closure may cover.
const LONGEST_CLOSURE_DAYS: i64 = 62;

/// The days from `from` to `to` (YYYY-MM-DD, inclusive), if they are a
/// range of at most `LONGEST_CLOSURE_DAYS` that does not start before `today`.
fn closure_days(from: &str, to: &str, today: NaiveDate) -> Option<Vec<NaiveDate>> {
    let from = NaiveDate::parse_from_str(from.trim(), "%Y-%m-%d").ok()?;
    let to = match to.trim() {
        "" => from,
        to => NaiveDate::parse_from_str(to, "%Y-%m-%d").ok()?,
    };
    let length = (to - from).num_days();
    if from < today || !(0..LONGEST_CLOSURE_DAYS).contains(&length) {
        return None;
    }
    Some(from.iter_days().take(length as usize + 1).collect())
}

/// `POST /{lang}/staff/site/{id}/closures`: `intent=add` closes the days
/// `from`..=`to`; `intent=remove` opens `day` again. Slots on closed days
/// disappear from the public pages at once.
pub async fn closures(
    State(state): State<ServerState>,
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    request: Request,
) -> Response {
    let (mut parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    if let Ok(uri) = format!("/{}/staff/site/{}/hours", lang.code(), site.id).parse() {
        parts.uri = uri;
    }
    let field = |name: &str| form.text(name);
    let today = Utc::now().with_timezone(&site.timezone).date_naive();
    let pool = &state.app.pool;
    let changed = async {
        match field("intent") {
            "add" => {
                let Some(days) = closure_days(field("from"), field("to"), today) else {
                    return anyhow::Ok(Err("portal-closure-bad"));
                };
                booking_store::add_closures(pool, &site.id, &days).await?;
                let detail = format!("{} – {}", days[0], days[days.len() - 1]);
                accounts::audit(
                    pool,
                    session.account.id,
                    "closure-added",
                    Some(&site.id),
                    &detail,
                )
                .await?;
                Ok(Ok("portal-closure-added"))
            }
            "remove" => {
                let day = NaiveDate::parse_from_str(field("day"), "%Y-%m-%d").ok();
                let removed = match day {
                    Some(day) => booking_store::remove_closure(pool, &site.id, day).await?,
                    None => false,
                };
                if !removed {
                    return Ok(Err("portal-closure-bad"));
                }
                accounts::audit(
                    pool,
                    session.account.id,
                    "closure-removed",
                    Some(&site.id),
                    field("day"),
                )
                .await?;
                Ok(Ok("portal-closure-removed"))
            }
            _ => Ok(Err("portal-closure-bad")),
        }
    };
    let outcome = match changed.await {
        Ok(outcome) => outcome,
        Err(error) => return internal(error),
    };
    let mut shown = match stored_form(&state, &session, &site, lang).await {
        Ok(shown) => shown,
        Err(error) => return internal(error),
    };
    let status = match outcome {
        Ok(key) => {
            shown.notice = Some(key.to_string());
            StatusCode::OK
        }
        Err(key) => {
            shown.problem = Some((key.to_string(), None));
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    render(&state, parts, PortalView::Hours(shown), status).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closure_is_a_short_range_from_today_on() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let days = closure_days("2026-12-16", "2026-12-17", today).unwrap();
        assert_eq!(days.len(), 2);
        assert_eq!(closure_days("2026-12-16", "", today).unwrap().len(), 1);
        assert_eq!(closure_days("2026-11-30", "", today), None, "in the past");
        assert_eq!(
            closure_days("2026-12-17", "2026-12-16", today),
            None,
            "backwards"
        );
        assert_eq!(
            closure_days("2026-12-01", "2027-03-01", today),
            None,
            "too long"
        );
        assert_eq!(closure_days("16.12.2026", "", today), None);
    }
}
