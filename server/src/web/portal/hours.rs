//! A site's weekly hours and booking rules, in a form, and the days it is
//! closed whatever the weekly hours say.

use super::access::KeptSite;
use crate::domain::bookings::closures::parse_day;
use crate::domain::bookings::slots::SlotRules;
use crate::domain::bookings::weekly_hours::{INTERVALS_PER_DAY, WeeklyHours};
use crate::services::schedule::{self, ScheduleError};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageResult, refused};
use crate::web::render;
use app::portal_model::HoursForm;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::NaiveDate;
use vocabulary::forms;
use vocabulary::paths;

/// The form as stored: this week's hours and the site's booking rules.
async fn stored_form(state: &WebState, kept: &KeptSite) -> Result<HoursForm, ScheduleError> {
    let (site, lang) = (&kept.site, kept.lang);
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
        csrf: kept.session.csrf.clone(),
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

/// The hours page of `kept`'s site showing `form`.
async fn answer(
    state: &WebState,
    kept: &KeptSite,
    form: HoursForm,
    status: StatusCode,
) -> PageResult {
    let at = paths::SITE_HOURS.of(kept.lang, &kept.site.id);
    let page = form;
    Ok(render::portal(state, kept.lang, at, page, status).await)
}

/// `GET /{lang}/staff/site/{id}/hours`.
pub async fn form(State(state): State<WebState>, kept: KeptSite) -> PageResult {
    let form = stored_form(&state, &kept).await?;
    answer(&state, &kept, form, StatusCode::OK).await
}

/// A week and booking rules as the hours form gives them.
pub struct HoursChange {
    pub week: WeeklyHours,
    pub rules: SlotRules,
}

impl TryFrom<&forms::HoursForm> for HoursChange {
    type Error = ScheduleError;

    fn try_from(form: &forms::HoursForm) -> Result<HoursChange, ScheduleError> {
        let week = WeeklyHours::parse(&form.week()).map_err(ScheduleError::Hours)?;
        let number = |text: &str| {
            text.trim()
                .parse::<u32>()
                .map_err(|_| ScheduleError::RulesBad)
        };
        let rules = SlotRules::new(
            number(&form.slot_minutes)?,
            number(&form.capacity)?,
            number(&form.notice_hours)?,
            number(&form.days_ahead)?,
        )
        .ok_or(ScheduleError::RulesBad)?;
        Ok(HoursChange { week, rules })
    }
}

/// `POST /{lang}/staff/site/{id}/hours`: saves the week and the rules; the
/// public pages and slots change at once.
pub async fn save(
    State(state): State<WebState>,
    kept: KeptSite,
    CsrfForm(typed): CsrfForm<forms::HoursForm>,
) -> PageResult {
    // The form again, showing what was typed.
    let shown = HoursForm {
        days: typed.week(),
        slot_minutes: typed.slot_minutes.clone(),
        capacity: typed.capacity.clone(),
        notice_hours: typed.notice_hours.clone(),
        days_ahead: typed.days_ahead.clone(),
        ..stored_form(&state, &kept).await?
    };
    let saved = match HoursChange::try_from(&typed) {
        Ok(change) => {
            let site = &kept.site;
            schedule::save_hours(&state.app, kept.actor(), site, &change.week, &change.rules).await
        }
        Err(error) => Err(error),
    };
    let (form, status) = match saved {
        Ok(opening_hours) => {
            let saved = true;
            let form = HoursForm {
                opening_hours,
                saved,
                ..shown
            };
            (form, StatusCode::OK)
        }
        Err(error) => {
            let weekday = match &error {
                ScheduleError::Hours(hours) => Some(hours.weekday()),
                _ => None,
            };
            let (key, status) = refused(error)?;
            let problem = Some((key.to_string(), weekday));
            (HoursForm { problem, ..shown }, status)
        }
    };
    answer(&state, &kept, form, status).await
}

/// What the closures form asks.
pub enum ClosureChange {
    /// Close the days `from`..=`to` (no `to`: one day).
    Close {
        from: NaiveDate,
        to: Option<NaiveDate>,
    },
    /// Open a closed day again.
    Open(NaiveDate),
}

impl TryFrom<&forms::ClosureForm> for ClosureChange {
    type Error = ScheduleError;

    fn try_from(form: &forms::ClosureForm) -> Result<ClosureChange, ScheduleError> {
        let day = |text: &str| parse_day(text).ok_or(ScheduleError::ClosureBad);
        match form.intent.as_str() {
            "add" => Ok(ClosureChange::Close {
                from: day(&form.from)?,
                to: match form.to.trim() {
                    "" => None,
                    to => Some(day(to)?),
                },
            }),
            "remove" => Ok(ClosureChange::Open(day(&form.day)?)),
            _ => Err(ScheduleError::ClosureBad),
        }
    }
}

/// `POST /{lang}/staff/site/{id}/closures`: `intent=add` closes the days
/// `from`..=`to`; `intent=remove` opens `day` again. Slots on closed days
/// disappear from the public pages at once. Answered by the hours page.
pub async fn closures(
    State(state): State<WebState>,
    kept: KeptSite,
    CsrfForm(form): CsrfForm<forms::ClosureForm>,
) -> PageResult {
    let (app, actor, site) = (&state.app, kept.actor(), &kept.site);
    let changed = match ClosureChange::try_from(&form) {
        Ok(ClosureChange::Close { from, to }) => schedule::close_days(app, actor, site, from, to)
            .await
            .map(|()| "portal-closure-added"),
        Ok(ClosureChange::Open(day)) => schedule::open_day(app, actor, site, day)
            .await
            .map(|()| "portal-closure-removed"),
        Err(error) => Err(error),
    };
    let mut shown = stored_form(&state, &kept).await?;
    let status = match changed {
        Ok(key) => {
            shown.notice = Some(key.to_string());
            StatusCode::OK
        }
        Err(error) => {
            let (key, status) = refused(error)?;
            shown.problem = Some((key.to_string(), None));
            status
        }
    };
    answer(&state, &kept, shown, status).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hours_form_is_read_from_the_fields_the_page_posts() {
        let body = "csrf=t&d1i1from=09%3A00&d1i1to=13%3A00&d6i2from=18%3A00&d6i2to=22%3A30\
                    &slot_minutes=30&capacity=2&notice_hours=1&days_ahead=14";
        let form: forms::HoursForm = serde_html_form::from_str(body).unwrap();
        let change = HoursChange::try_from(&form).unwrap();
        assert_eq!(change.week.to_osm(), "Mo 09:00-13:00; Sa 18:00-22:30");
        assert_eq!(change.rules.capacity, 2);
        let form = forms::HoursForm {
            capacity: "51".into(),
            ..form
        };
        assert!(matches!(
            HoursChange::try_from(&form),
            Err(ScheduleError::RulesBad)
        ));
    }

    #[test]
    fn a_closure_is_a_range_to_close_or_a_day_to_open() {
        let form = |intent: &str, from: &str, to: &str| forms::ClosureForm {
            intent: intent.into(),
            from: from.into(),
            to: to.into(),
            day: from.into(),
        };
        let one_day = ClosureChange::try_from(&form("add", "2026-12-16", " "));
        assert!(matches!(one_day, Ok(ClosureChange::Close { to: None, .. })));
        let open = ClosureChange::try_from(&form("remove", "2026-12-16", ""));
        assert!(matches!(open, Ok(ClosureChange::Open(_))));
        for (intent, from) in [("add", "16.12.2026"), ("drop", "2026-12-16")] {
            let refused = ClosureChange::try_from(&form(intent, from, ""));
            assert!(matches!(refused, Err(ScheduleError::ClosureBad)));
        }
    }
}
