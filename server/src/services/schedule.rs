//! A site's weekly hours and booking rules, and the days it is closed
//! whatever its hours say. Saved with their audit row, then the index is
//! rebuilt so the public pages and slots change at once.

use super::{Actor, audit, directory, service_error};
use crate::db::{self, DbError};
use crate::domain::bookings::closures::closure_days;
use crate::domain::bookings::slots::SlotRules;
use crate::domain::bookings::weekly_hours::{WeeklyHours, WeeklyHoursError};
use crate::domain::sites::site::Site;
use crate::state::AppState;
use chrono::{Datelike, Duration, NaiveDate};

#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("the weekly hours are not valid")]
    Hours(WeeklyHoursError),
    #[error("the booking rules are out of range")]
    RulesBad,
    #[error("not a day or range of days that can be closed or opened")]
    ClosureBad,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ScheduleError {
    Hours(error) => (Invalid, error.message_key()),
    RulesBad => (Invalid, "portal-rules-bad"),
    ClosureBad => (Invalid, "portal-closure-bad"),
    Internal(_) => (Internal, "error-internal"),
});

/// A site's schedule as its staff edit it.
pub struct Schedule {
    /// This week's hours, Monday first.
    pub week: WeeklyHours,
    /// Its booking rules, or the defaults offered to a site without any.
    pub rules: SlotRules,
    /// The closed days from today on.
    pub closures: Vec<NaiveDate>,
}

fn today_at(app: &AppState, site: &Site) -> NaiveDate {
    app.now().with_timezone(&site.timezone).date_naive()
}

pub async fn current(app: &AppState, site: &Site) -> Result<Schedule, ScheduleError> {
    let today = today_at(app, site);
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let week = site
        .hours
        .as_ref()
        .map(|hours| WeeklyHours::from_hours(hours, monday))
        .unwrap_or_default();
    let rules = db::schedule::rules(&app.db, &site.id).await?;
    Ok(Schedule {
        week,
        rules: rules.unwrap_or(SlotRules::DEFAULT),
        closures: db::schedule::closures(&app.db, &site.id, today).await?,
    })
}

/// Saves the week and the booking rules; returns the hours in
/// `opening_hours` syntax.
pub async fn save_hours(
    app: &AppState,
    actor: Actor,
    site: &Site,
    week: &WeeklyHours,
    rules: &SlotRules,
) -> Result<String, ScheduleError> {
    let opening_hours = week.to_osm();
    let mut tx = app.db.begin().await?;
    // Site writers take the directory's lock first, in one order.
    db::sites::hold_directory(&mut tx).await?;
    db::sites::set_opening_hours(&mut tx, &site.id, &opening_hours).await?;
    db::schedule::set_rules(&mut tx, &site.id, rules).await?;
    let before = site.hours.as_ref().map_or("", |hours| hours.raw());
    let detail = format!("opening_hours: {before} → {opening_hours}");
    audit(&mut tx, actor, "hours", Some(&site.id), &detail).await?;
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(opening_hours)
}

/// Closes the site on the days `from`..=`to` (no `to`: one day).
pub async fn close_days(
    app: &AppState,
    actor: Actor,
    site: &Site,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> Result<(), ScheduleError> {
    let days = closure_days(from, to, today_at(app, site)).ok_or(ScheduleError::ClosureBad)?;
    let detail = format!("{} – {}", days[0], days[days.len() - 1]);
    let mut tx = app.db.begin().await?;
    db::schedule::add_closures(&mut tx, &site.id, &days).await?;
    audit(&mut tx, actor, "closure-added", Some(&site.id), &detail).await?;
    tx.commit().await?;
    Ok(())
}

/// Opens a closed day again.
pub async fn open_day(
    app: &AppState,
    actor: Actor,
    site: &Site,
    day: NaiveDate,
) -> Result<(), ScheduleError> {
    let mut tx = app.db.begin().await?;
    if !db::schedule::remove_closure(&mut tx, &site.id, day).await? {
        return Err(ScheduleError::ClosureBad);
    }
    audit(
        &mut tx,
        actor,
        "closure-removed",
        Some(&site.id),
        &day.to_string(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
