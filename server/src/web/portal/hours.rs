//! A site's weekly hours and booking rules, in a form, and the days it is
//! closed whatever the weekly hours say.

use super::access::{KeptSite, Posted};
use crate::domain::site::Site;
use crate::domain::weekly_hours::{INTERVALS_PER_DAY, field_name};
use crate::services::accounts::Session;
use crate::services::schedule::{self, ScheduleError};
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::form::Form;
use crate::web::render;
use app::portal_model::HoursForm;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use vocabulary::{Lang, paths};

/// The form as stored: this week's hours and the site's booking rules.
async fn stored_form(
    state: &WebState,
    session: &Session,
    site: &Site,
    lang: Lang,
) -> Result<HoursForm, ScheduleError> {
    let schedule = schedule::current(&state.app, site).await?;
    let days = schedule
        .week
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
    let rules = schedule.rules;
    Ok(HoursForm {
        site_id: site.id.clone(),
        site_name: site.name(lang),
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
        closures: schedule.closures.iter().map(|d| d.to_string()).collect(),
        notice: None,
    })
}

/// `GET /{lang}/staff/site/{id}/hours`.
pub async fn form(State(state): State<WebState>, managed: KeptSite) -> Response {
    match stored_form(&state, &managed.session, &managed.site, managed.lang).await {
        Ok(form) => {
            render::portal(
                &state,
                managed.lang,
                paths::SITE_HOURS.of(managed.lang, &managed.site.id),
                form,
                StatusCode::OK,
            )
            .await
        }
        Err(error) => internal(error),
    }
}

/// The form again, showing what was typed.
fn as_typed(mut shown: HoursForm, form: &Form) -> HoursForm {
    for (index, day) in shown.days.iter_mut().enumerate() {
        for (i, (from, to)) in day.iter_mut().enumerate() {
            let field = |end: &str| {
                form.text(&field_name(index as u8 + 1, i + 1, end))
                    .to_string()
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
    shown
}

/// `POST /{lang}/staff/site/{id}/hours`: saves the week and the rules; the
/// public pages and slots change at once.
pub async fn save(State(state): State<WebState>, posted: Posted<KeptSite>) -> Response {
    let Posted { who, form, .. } = posted;
    let (lang, session, site) = (who.lang, &who.session, &who.site);
    let shown = match stored_form(&state, session, site, lang).await {
        Ok(shown) => as_typed(shown, &form),
        Err(error) => return internal(error),
    };
    let saved = schedule::save_hours(&state.app, who.actor(), site, |name| form.value(name));
    let (view, status) = match saved.await {
        Ok(opening_hours) => (
            HoursForm {
                opening_hours,
                saved: true,
                ..shown
            },
            StatusCode::OK,
        ),
        Err(error) => {
            let weekday = match &error {
                ScheduleError::Hours(hours) => Some(hours.weekday()),
                _ => None,
            };
            match refusal(&error) {
                Some((key, status)) => (
                    HoursForm {
                        problem: Some((key.to_string(), weekday)),
                        ..shown
                    },
                    status,
                ),
                None => return failed(),
            }
        }
    };
    render::portal(
        &state,
        who.lang,
        paths::SITE_HOURS.of(who.lang, &who.site.id),
        view,
        status,
    )
    .await
}

/// `POST /{lang}/staff/site/{id}/closures`: `intent=add` closes the days
/// `from`..=`to`; `intent=remove` opens `day` again. Slots on closed days
/// disappear from the public pages at once.
pub async fn closures(State(state): State<WebState>, posted: Posted<KeptSite>) -> Response {
    let Posted { who, form, .. } = posted;
    let (lang, session, site) = (who.lang, &who.session, &who.site);
    let (app, actor) = (&state.app, who.actor());
    let changed = match form.text("intent") {
        "add" => schedule::close_days(app, actor, site, form.text("from"), form.text("to"))
            .await
            .map(|()| "portal-closure-added"),
        "remove" => schedule::open_day(app, actor, site, form.text("day"))
            .await
            .map(|()| "portal-closure-removed"),
        _ => Err(ScheduleError::ClosureBad),
    };
    let mut shown = match stored_form(&state, session, site, lang).await {
        Ok(shown) => shown,
        Err(error) => return internal(error),
    };
    let status = match changed {
        Ok(key) => {
            shown.notice = Some(key.to_string());
            StatusCode::OK
        }
        Err(error) => match refusal(&error) {
            Some((key, status)) => {
                shown.problem = Some((key.to_string(), None));
                status
            }
            None => return failed(),
        },
    };
    render::portal(
        &state,
        lang,
        paths::SITE_HOURS.of(lang, &site.id),
        shown,
        status,
    )
    .await
}
