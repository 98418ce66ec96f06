//! Turns domain sites into what pages and the API show: names in the asked
//! language, hours in the site's local time, badges.

use super::place::city_name;
use crate::domain::bookings::calendar::is_weekend;
use crate::domain::index::directory::{Directory, Hit, is_free, local_time};
use crate::domain::sites::hours::Day;
use crate::domain::sites::site::Site;
use crate::domain::sites::staff_change;
use crate::state::AppState;
use app::i18n::Lang;
use app::model::{
    Badges, DayHours, Interval, OnlineService, SearchFilters, SiteCard, SiteDetails, WeekDay,
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// A search hit as the results list and `/api/v1/nearest` show it.
pub fn card(
    app: &AppState,
    directory: &Directory,
    hit: &Hit,
    lang: Lang,
    now: DateTime<Utc>,
) -> SiteCard {
    let site = hit.site;
    let week = directory.week_facts(hit.position);
    let today = local_time(site, now).date();
    SiteCard {
        id: site.id.clone(),
        name: site.name(lang),
        kind: site.kind,
        lat: site.location.lat(),
        lon: site.location.lon(),
        distance_m: hit.distance_m,
        city: city_name(app, &site.city, lang),
        address: site.address.clone(),
        precision: site.precision,
        today: day_hours(directory.day(hit.position, today)),
        badges: Badges {
            open_now: directory.is_open(hit.position, now),
            evening: week.evening,
            weekend: week.weekend,
            no_id: site.requires_id == Some(false),
            free: is_free(site, &SearchFilters::default()),
            anonymous_testing: site.anonymous_testing == Some(true),
        },
        demo: site.demo,
        not_checked_since: not_checked_since(app, site, today),
    }
}

/// The last check of `site`, as YYYY-MM-DD, when it is too old on `today`.
fn not_checked_since(app: &AppState, site: &Site, today: NaiveDate) -> Option<String> {
    site.not_checked_since(today, app.stale_after_days)
        .map(|date| date.format("%Y-%m-%d").to_string())
}

/// Everything a site page shows, of the site at `position`.
pub fn details(
    app: &AppState,
    directory: &Directory,
    position: usize,
    lang: Lang,
    now: DateTime<Utc>,
) -> SiteDetails {
    let site = &directory.sites()[position];
    let today = local_time(site, now).date();
    let week = match &site.hours {
        None => vec![],
        Some(_) => today
            .iter_days()
            .take(7)
            .map(|date| WeekDay {
                weekday: date.weekday().number_from_monday() as u8,
                date: date.format("%Y-%m-%d").to_string(),
                weekend: is_weekend(date),
                hours: day_hours(directory.day(position, date)),
            })
            .collect(),
    };
    SiteDetails {
        id: site.id.clone(),
        name: site.name(lang),
        kind: site.kind,
        city: city_name(app, &site.city, lang),
        address: site.address.clone(),
        precision: site.precision,
        phone: site.phone.clone(),
        services: site.services.clone(),
        requires_id: site.requires_id,
        anonymous_testing: site.anonymous_testing,
        languages: site.languages.clone(),
        week,
        open_now: directory.is_open(position, now),
        timezone: site.timezone.name().to_string(),
        source_url: site.source_url.clone(),
        checked_on: site.checked_on.format("%Y-%m-%d").to_string(),
        demo: site.demo,
        notes: site.notes.clone(),
        staff_checked_on: site.staff_checked_on.map(|d| d.to_string()),
        staff_changed_on: site
            .staff_changed_on
            .filter(|day| staff_change::is_shown(*day, today))
            .map(|d| d.to_string()),
        not_checked_since: not_checked_since(app, site, today),
        reported_closed_on: None,
    }
}

/// A directory entry reached online, as a search shows it.
pub fn online_service(site: &Site, lang: Lang) -> OnlineService {
    OnlineService {
        id: site.id.clone(),
        name: site.name(lang),
        source_url: site.source_url.clone().unwrap_or_default(),
        checked_on: site.checked_on.format("%Y-%m-%d").to_string(),
    }
}

fn day_hours(day: Day) -> DayHours {
    match day {
        Day::Unknown => DayHours::Unknown,
        Day::Closed => DayHours::Closed,
        Day::Open(intervals) => DayHours::Open(
            intervals
                .into_iter()
                .map(|i| Interval {
                    start: i.start.format("%H:%M").to_string(),
                    end: i
                        .end
                        .map_or_else(|| "24:00".to_string(), |e| e.format("%H:%M").to_string()),
                    evening: i.reaches_evening(),
                })
                .collect(),
        ),
    }
}
