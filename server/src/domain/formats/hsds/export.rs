//! A site as an HSDS organization with its location and services.

use super::{
    Attribute, CostOption, Language, Location, Organization, Phone, SERVICE_TERM, Schedule,
    Service, ServiceAtLocation, TERMS, Taxonomy, TaxonomyTerm, uuid_for,
};
use crate::domain::bookings::weekly_hours::WeeklyHours;
use crate::domain::sites::site::Site;
use chrono::{NaiveDate, Offset, TimeZone};
use vocabulary::Kind;
use vocabulary::forms::Column;

/// The English label of a translation key (`service-prep`, `kind-ngo`,
/// `language-kk`): the caller's translations, so the domain needs none.
pub type Labels<'a> = &'a dyn Fn(&str) -> String;

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Senim's taxonomy, to which every attribute's term belongs.
pub fn taxonomy() -> Taxonomy {
    Taxonomy {
        id: uuid_for("taxonomy", "senim"),
        name: "Senim".into(),
        description: "Fields of Senim's directory that HSDS has no place for".into(),
        version: Some("1".into()),
    }
}

/// Every term of Senim's taxonomy.
pub fn terms() -> Vec<TaxonomyTerm> {
    let service = (
        SERVICE_TERM,
        "The service's code in Senim, e.g. hiv_rapid_test",
    );
    TERMS
        .iter()
        .chain(std::iter::once(&service))
        .map(|(name, description)| term(name, description))
        .collect()
}

fn term(name: &str, description: &str) -> TaxonomyTerm {
    TaxonomyTerm {
        id: uuid_for("term", name),
        name: name.into(),
        description: description.into(),
        code: Some(name.into()),
        taxonomy_id: Some(uuid_for("taxonomy", "senim")),
    }
}

/// The site as a full organization: its one location (with hours as
/// weekly schedules for the week from `today`) and one service per offer.
pub fn organization(site: &Site, labels: Labels, today: NaiveDate) -> Organization {
    let organization_id = uuid_for("organization", &site.id);
    let location = location(site, labels, today, &organization_id);
    let services = site
        .services
        .iter()
        .map(|offer| {
            let code = offer.service.code();
            let id = uuid_for("service", &format!("{}/{code}", site.id));
            let (amount, description) = if offer.free {
                (Some(0.0), "Free")
            } else {
                (None, "Paid: ask the site for the price")
            };
            Service {
                id: id.clone(),
                organization_id: organization_id.clone(),
                name: labels(&format!("service-{code}")),
                status: "active".into(),
                service_at_locations: vec![ServiceAtLocation {
                    id: uuid_for("service_at_location", &format!("{}/{code}", site.id)),
                    service_id: id.clone(),
                    location_id: location.id.clone(),
                    ..Default::default()
                }],
                cost_options: vec![CostOption {
                    id: uuid_for("cost_option", &format!("{}/{code}", site.id)),
                    service_id: id.clone(),
                    amount,
                    currency: Some("KZT".into()),
                    amount_description: Some(description.into()),
                }],
                languages: languages(site, labels, &id),
                attributes: vec![attribute(&id, "service", SERVICE_TERM, code)],
                ..Default::default()
            }
        })
        .collect();
    Organization {
        id: organization_id,
        name: site.names.ru.clone(),
        description: description(site, labels),
        alternate_name: Some(site.names.en.clone()).filter(|n| !n.is_empty()),
        services,
        locations: vec![location],
    }
}

fn description(site: &Site, labels: Labels) -> String {
    let mut text = format!(
        "{}, {}.",
        labels(&format!("kind-{}", site.kind.code())),
        site.city
    );
    if site.demo {
        text.insert_str(0, "DEMO, not a real place: ");
    }
    if let Some(source) = &site.source_url {
        text.push_str(&format!(" Source: {source}"));
    }
    text.push_str(&format!(
        ", checked {}.",
        site.checked_on.format("%Y-%m-%d")
    ));
    text
}

fn location(site: &Site, labels: Labels, today: NaiveDate, organization_id: &str) -> Location {
    let id = uuid_for("location", &site.id);
    let online = site.kind == Kind::Online;
    let note = match (&site.address, site.precision.code()) {
        (Some(address), _) => address.clone(),
        (None, "city") => format!(
            "{}: only the city is known; the point is its centre",
            site.city
        ),
        (None, _) => site.city.clone(),
    };
    Location {
        id: id.clone(),
        location_type: if online { "virtual" } else { "physical" }.into(),
        organization_id: Some(organization_id.into()),
        name: Some(site.names.ru.clone()),
        description: Some(note),
        url: site.source_url.clone().filter(|_| online),
        latitude: Some(site.location.lat()),
        longitude: Some(site.location.lon()),
        external_identifier: Some(site.id.clone()),
        external_identifier_type: Some("senim".into()),
        languages: languages(site, labels, &id),
        phones: site
            .phone
            .iter()
            .map(|number| Phone {
                id: uuid_for("phone", &site.id),
                number: number.clone(),
                location_id: Some(id.clone()),
                kind: Some("voice".into()),
            })
            .collect(),
        schedules: schedules(site, today, &id),
        attributes: site_attributes(site, &id),
    }
}

fn languages(site: &Site, labels: Labels, owner: &str) -> Vec<Language> {
    site.languages
        .iter()
        .map(|lang| Language {
            id: uuid_for("language", &format!("{owner}/{}", lang.code())),
            name: Some(labels(&format!("language-{}", lang.code()))),
            code: Some(lang.code().into()),
        })
        .collect()
}

/// The hours of the week from `today`, one schedule per weekday interval.
fn schedules(site: &Site, today: NaiveDate, location_id: &str) -> Vec<Schedule> {
    let Some(hours) = &site.hours else {
        return vec![];
    };
    let noon = today.and_hms_opt(12, 0, 0).expect("a valid time");
    let offset = site
        .timezone
        .from_utc_datetime(&noon)
        .offset()
        .fix()
        .local_minus_utc();
    let week = WeeklyHours::from_hours(hours, today);
    let mut schedules = vec![];
    for (day, intervals) in DAYS.iter().zip(&week.days) {
        for (i, (opens, closes)) in intervals.iter().enumerate() {
            schedules.push(Schedule {
                id: uuid_for("schedule", &format!("{}/{day}/{i}", site.id)),
                location_id: Some(location_id.into()),
                freq: Some("WEEKLY".into()),
                wkst: Some("MO".into()),
                byday: Some((*day).into()),
                opens_at: Some(opens.format("%H:%M").to_string()),
                closes_at: Some(closes.format("%H:%M").to_string()),
                timezone: Some(f64::from(offset) / 3600.0),
                description: Some(format!("Opening hours: {}", hours.raw())),
            });
        }
    }
    schedules
}

fn site_attributes(site: &Site, location_id: &str) -> Vec<Attribute> {
    let record = site.to_record();
    let value = |name: &str| match name {
        "senim_id" => record.id.clone(),
        other => Column::from_code(other)
            .map_or("", |column| record.value(column))
            .to_string(),
    };
    TERMS
        .iter()
        .map(|(name, _)| (name, value(name)))
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| attribute(location_id, "location", name, &value))
        .collect()
}

/// An attribute of `link_id` with Senim's term `term_name` (listed under
/// `/api/hsds/taxonomy_terms`).
fn attribute(link_id: &str, entity: &str, term_name: &str, value: &str) -> Attribute {
    Attribute {
        id: uuid_for("attribute", &format!("{link_id}/{term_name}")),
        link_id: link_id.into(),
        link_type: "senim".into(),
        link_entity: entity.into(),
        taxonomy_term_id: uuid_for("term", term_name),
        value: value.into(),
        taxonomy_term: None,
    }
}
