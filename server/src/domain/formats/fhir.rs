//! The directory as HL7 FHIR R4 resources: each site a `Location` and a
//! `HealthcareService` (its hours as `availableTime`); each site that takes
//! bookings a `Schedule` whose `Slot`s are free or busy-unavailable. A slot
//! says nothing about who booked it. Services reached online have no
//! Location. Ids are the sites' ids (FHIR allows `[A-Za-z0-9.-]{1,64}`).

use crate::domain::bookings::seats::OpenSlot;
use crate::domain::bookings::weekly_hours::WeeklyHours;
use crate::domain::sites::hours::Hours;
use crate::domain::sites::site::Site;
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde_json::{Value, json};
use vocabulary::Kind;

/// The English label of a translation key, as in `hsds::Labels`.
pub type Labels<'a> = &'a dyn Fn(&str) -> String;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Whether the site has a `Location` (it is at a place).
pub fn has_location(site: &Site) -> bool {
    site.kind != Kind::Online
}

pub fn location(site: &Site, labels: Labels, today: NaiveDate) -> Value {
    let mut description = vec![];
    if site.demo {
        description.push("DEMO: made-up data for trying Senim out, not a real place.".to_string());
    }
    if site.precision.code() == "city" {
        description.push(format!(
            "Only the city is known ({}); the position is its centre.",
            site.city
        ));
    }
    description.push(provenance(site));
    let aliases: Vec<&String> = [&site.names.kk, &site.names.en]
        .into_iter()
        .filter(|n| !n.is_empty() && **n != site.names.ru)
        .collect();
    let mut resource = json!({
        "resourceType": "Location",
        "id": site.id,
        "status": "active",
        "name": site.names.ru,
        "description": description.join(" "),
        "mode": "instance",
        "type": [{ "text": labels(&format!("kind-{}", site.kind.code())) }],
        "address": {
            "text": site.address.clone().unwrap_or_else(|| site.city.clone()),
            "city": site.city,
            "country": "KZ",
        },
        "position": { "longitude": site.location.lon(), "latitude": site.location.lat() },
    });
    if !aliases.is_empty() {
        resource["alias"] = json!(aliases);
    }
    if let Some(phone) = &site.phone {
        resource["telecom"] = json!([{ "system": "phone", "value": phone, "use": "work" }]);
    }
    if let Some(hours) = &site.hours {
        let opening: Vec<Value> = weekly(hours, today)
            .map(|(days, open, close)| {
                json!({ "daysOfWeek": days, "openingTime": open, "closingTime": close })
            })
            .collect();
        if !opening.is_empty() {
            resource["hoursOfOperation"] = json!(opening);
        }
    }
    resource
}

pub fn healthcare_service(site: &Site, labels: Labels, today: NaiveDate) -> Value {
    let types: Vec<Value> = site
        .services
        .iter()
        .map(|o| json!({ "text": labels(&format!("service-{}", o.service.code())) }))
        .collect();
    let priced = |free: bool| {
        site.services
            .iter()
            .filter(|o| o.free == free)
            .map(|o| labels(&format!("service-{}", o.service.code())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut details = vec![];
    for (free, word) in [(true, "Free"), (false, "Paid")] {
        let list = priced(free);
        if !list.is_empty() {
            details.push(format!("{word}: {list}."));
        }
    }
    details.push(provenance(site));
    let mut resource = json!({
        "resourceType": "HealthcareService",
        "id": site.id,
        "active": true,
        "name": site.names.ru,
        "category": [{ "text": labels(&format!("kind-{}", site.kind.code())) }],
        "extraDetails": details.join(" "),
        "appointmentRequired": false,
    });
    if !types.is_empty() {
        resource["type"] = json!(types);
    }
    if has_location(site) {
        resource["location"] = json!([{ "reference": format!("Location/{}", site.id) }]);
    }
    let mut telecom = vec![];
    if let Some(phone) = &site.phone {
        telecom.push(json!({ "system": "phone", "value": phone, "use": "work" }));
    }
    if let (Kind::Online, Some(url)) = (site.kind, &site.source_url) {
        telecom.push(json!({ "system": "url", "value": url }));
    }
    if !telecom.is_empty() {
        resource["telecom"] = json!(telecom);
    }
    let languages: Vec<Value> = site
        .languages
        .iter()
        .map(|l| json!({ "coding": [{ "system": "urn:ietf:bcp:47", "code": l.code() }] }))
        .collect();
    if !languages.is_empty() {
        resource["communication"] = json!(languages);
    }
    if let Some(hours) = &site.hours {
        let available: Vec<Value> = weekly(hours, today)
            .map(|(days, open, close)| {
                json!({ "daysOfWeek": days, "availableStartTime": open, "availableEndTime": close })
            })
            .collect();
        if !available.is_empty() {
            resource["availableTime"] = json!(available);
        }
    }
    resource
}

/// The booking calendar of a site that takes bookings.
pub fn schedule(site: &Site) -> Value {
    let mut actors = vec![json!({ "reference": format!("HealthcareService/{}", site.id) })];
    if has_location(site) {
        actors.push(json!({ "reference": format!("Location/{}", site.id) }));
    }
    json!({
        "resourceType": "Schedule",
        "id": site.id,
        "active": true,
        "actor": actors,
        "comment": "Anonymous booking under a nickname at Senim; no account or document needed.",
    })
}

/// One slot: `free` while a seat is left, `busy-unavailable` when full or
/// blocked by staff.
pub fn slot(site_id: &str, slot: &OpenSlot, tz: Tz) -> Value {
    let start = slot.slot.start.with_timezone(&tz);
    json!({
        "resourceType": "Slot",
        "id": format!("{site_id}.{}", start.format("%Y%m%dT%H%M")),
        "schedule": { "reference": format!("Schedule/{site_id}") },
        "status": if slot.available > 0 { "free" } else { "busy-unavailable" },
        "start": start.to_rfc3339(),
        "end": slot.slot.end.with_timezone(&tz).to_rfc3339(),
    })
}

/// A `searchset` Bundle of `resources`.
pub fn bundle(resources: Vec<Value>) -> Value {
    json!({
        "resourceType": "Bundle",
        "type": "searchset",
        "total": resources.len(),
        "entry": resources
            .into_iter()
            .map(|resource| json!({
                "fullUrl": format!("{}/{}", resource["resourceType"].as_str().unwrap_or(""), resource["id"].as_str().unwrap_or("")),
                "resource": resource,
                "search": { "mode": "match" },
            }))
            .collect::<Vec<_>>(),
    })
}

/// The answer to a request FHIR cannot serve: an `OperationOutcome`.
pub fn outcome(code: &str, text: &str) -> Value {
    json!({
        "resourceType": "OperationOutcome",
        "issue": [{ "severity": "error", "code": code, "diagnostics": text }],
    })
}

fn provenance(site: &Site) -> String {
    let checked = site.checked_on.format("%Y-%m-%d");
    match &site.source_url {
        Some(url) => format!("Source: {url}, checked {checked}."),
        None => format!("Checked {checked}."),
    }
}

/// The week from `today` as FHIR day sets with opening and closing times;
/// days with the same intervals share one entry.
fn weekly(
    hours: &Hours,
    today: NaiveDate,
) -> impl Iterator<Item = (Vec<&'static str>, String, String)> {
    let week = WeeklyHours::from_hours(hours, today);
    let mut grouped: Vec<(Vec<&'static str>, String, String)> = vec![];
    for (day, intervals) in DAYS.iter().zip(&week.days) {
        for (open, close) in intervals {
            let open = open.format("%H:%M:00").to_string();
            let close = close.format("%H:%M:00").to_string();
            match grouped
                .iter_mut()
                .find(|(_, o, c)| *o == open && *c == close)
            {
                Some((days, _, _)) => days.push(day),
                None => grouped.push((vec![day], open, close)),
            }
        }
    }
    grouped.into_iter()
}
