//! Sites from an HSDS file: a JSON array of full organizations (what
//! `server export FILE.hsds.json` writes), or a page whose `contents` are
//! such organizations. Every location of an organization becomes a site;
//! Senim's own fields are read from its attributes, and what HSDS carries
//! itself (name, position, languages, phone, weekly schedules, free or
//! paid) from the standard fields. All rows are checked by
//! `SiteRecord::parse`: one bad location refuses the whole file.

use super::{Attribute, Location, Organization, SERVICE_TERM, Schedule, uuid_for};
use crate::domain::bookings::weekly_hours::WeeklyHours;
use crate::domain::formats::site_csv::{RowError, checked_sites};
use crate::domain::sites::site::{Site, SiteRecord};
use chrono::NaiveTime;
use serde_json::Value;

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Every site of the file, or every reason it is refused; an error's
/// "line" is the organization's 1-based position in the file.
pub fn read_sites(text: &str) -> Result<Vec<Site>, Vec<RowError>> {
    let refuse = |line: u64, reason: String| vec![RowError { line, reason }];
    let document: Value = serde_json::from_str(text)
        .map_err(|e| refuse(e.line() as u64, format!("not JSON: {e}")))?;
    let items = match document {
        Value::Array(items) => items,
        Value::Object(mut page) => match page.remove("contents") {
            Some(Value::Array(items)) => items,
            _ => return Err(refuse(0, "not a list of HSDS organizations".into())),
        },
        _ => return Err(refuse(0, "not a list of HSDS organizations".into())),
    };
    let mut rows = vec![];
    for (index, item) in items.into_iter().enumerate() {
        let line = index as u64 + 1;
        match serde_json::from_value::<Organization>(item) {
            Ok(organization) if organization.locations.is_empty() => rows.push((
                line,
                Err(vec!["locations: an organization needs one".into()]),
            )),
            Ok(organization) => rows.extend(
                organization
                    .locations
                    .iter()
                    .map(|location| (line, Ok(record_of(&organization, location)))),
            ),
            Err(e) => rows.push((line, Err(vec![format!("not an HSDS organization: {e}")]))),
        }
    }
    checked_sites(rows)
}

fn record_of(organization: &Organization, location: &Location) -> SiteRecord {
    let attribute = |name: &str| value_of(&location.attributes, name);
    let name_ru = location
        .name
        .clone()
        .unwrap_or_else(|| organization.name.clone());
    let id = attribute("senim_id")
        .or_else(|| location.external_identifier.clone())
        .unwrap_or_default();
    let opening_hours = attribute("opening_hours")
        .or_else(|| weekly_osm(&location.schedules))
        .unwrap_or_default();
    let one_location = organization.locations.len() == 1;
    let services = organization
        .services
        .iter()
        .filter(|service| {
            (one_location && service.service_at_locations.is_empty())
                || service
                    .service_at_locations
                    .iter()
                    .any(|at| at.location_id == location.id)
        })
        .map(|service| {
            let code = value_of(&service.attributes, SERVICE_TERM).unwrap_or_default();
            let free = service.cost_options.iter().any(|c| c.amount == Some(0.0));
            format!("{code}:{}", if free { "free" } else { "paid" })
        })
        .collect::<Vec<_>>()
        .join("|");
    SiteRecord {
        id,
        name_kk: attribute("name_kk").unwrap_or_else(|| name_ru.clone()),
        name_en: attribute("name_en")
            .or_else(|| organization.alternate_name.clone())
            .unwrap_or_else(|| name_ru.clone()),
        name_ru,
        kind: attribute("kind").unwrap_or_default(),
        city: attribute("city").unwrap_or_default(),
        address: attribute("address").unwrap_or_default(),
        lat: location.latitude.map(|l| l.to_string()).unwrap_or_default(),
        lon: location
            .longitude
            .map(|l| l.to_string())
            .unwrap_or_default(),
        precision: attribute("precision").unwrap_or_default(),
        services,
        requires_id: attribute("requires_id").unwrap_or_default(),
        anonymous_testing: attribute("anonymous_testing").unwrap_or_default(),
        languages: location
            .languages
            .iter()
            .filter_map(|l| l.code.clone())
            .collect::<Vec<_>>()
            .join("|"),
        phone: location
            .phones
            .first()
            .map(|p| p.number.clone())
            .unwrap_or_default(),
        opening_hours,
        timezone: attribute("timezone").unwrap_or_default(),
        source_url: attribute("source_url").unwrap_or_default(),
        checked_on: attribute("checked_on").unwrap_or_default(),
        demo: attribute("demo").unwrap_or_default(),
    }
}

/// The value of Senim's term `name` among `attributes`, found by the
/// term's id or, when the term is given inline, by its code or name.
fn value_of(attributes: &[Attribute], name: &str) -> Option<String> {
    let id = uuid_for("term", name);
    attributes
        .iter()
        .find(|a| {
            a.taxonomy_term_id == id
                || a.taxonomy_term
                    .as_ref()
                    .is_some_and(|t| t.code.as_deref() == Some(name) || t.name == name)
        })
        .map(|a| a.value.clone())
}

/// Weekly schedules as `opening_hours` text; `None` when there are none or
/// one is not a plain weekly rule with times.
fn weekly_osm(schedules: &[Schedule]) -> Option<String> {
    if schedules.is_empty() {
        return None;
    }
    let mut week = WeeklyHours::default();
    for schedule in schedules {
        if schedule.freq.as_deref().is_some_and(|f| f != "WEEKLY") {
            return None;
        }
        let time = |t: &Option<String>| {
            let t = t.as_deref()?;
            NaiveTime::parse_from_str(t.get(..5)?, "%H:%M").ok()
        };
        let (opens, closes) = (time(&schedule.opens_at)?, time(&schedule.closes_at)?);
        for day in schedule.byday.as_deref()?.split(',') {
            let index = DAYS.iter().position(|d| *d == day.trim())?;
            week.days[index].push((opens, closes));
        }
    }
    Some(week.to_osm())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::formats::hsds::organization;
    use crate::domain::sites::site_record::tests::record;
    use chrono::NaiveDate;

    fn label(key: &str) -> String {
        format!("label of {key}")
    }

    #[test]
    fn an_exported_site_imports_back_the_same() {
        let site = record().parse().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let text = serde_json::to_string(&[organization(&site, &label, today)]).unwrap();
        assert_eq!(read_sites(&text).unwrap(), vec![site]);
    }

    #[test]
    fn schedules_stand_in_for_missing_hours_text() {
        let site = record().parse().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut exported = organization(&site, &label, today);
        let location = &mut exported.locations[0];
        location
            .attributes
            .retain(|a| a.taxonomy_term_id != uuid_for("term", "opening_hours"));
        let text = serde_json::to_string(&[exported]).unwrap();
        let imported = read_sites(&text).unwrap();
        let expected = WeeklyHours::from_hours(site.hours.as_ref().unwrap(), today).to_osm();
        assert_eq!(imported[0].hours.as_ref().unwrap().raw(), expected);
    }

    #[test]
    fn a_location_without_kind_is_refused_with_its_position() {
        let site = record().parse().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let good = organization(&site, &label, today);
        let mut bad = good.clone();
        bad.locations[0]
            .attributes
            .retain(|a| a.taxonomy_term_id != uuid_for("term", "kind"));
        bad.locations[0].attributes.iter_mut().for_each(|a| {
            if a.taxonomy_term_id == uuid_for("term", "senim_id") {
                a.value = "another-site".into();
            }
        });
        let text = serde_json::to_string(&[good, bad]).unwrap();
        let errors = read_sites(&text).unwrap_err();
        assert!(errors.iter().all(|e| e.line == 2), "{errors:?}");
        assert!(
            errors.iter().any(|e| e.reason.contains("kind")),
            "{errors:?}"
        );
    }
}
