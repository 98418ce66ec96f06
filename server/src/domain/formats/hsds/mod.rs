//! The directory in Open Referral's Human Services Data Specification 3.0
//! (HSDS, <https://docs.openreferral.org>): the objects Senim publishes
//! under `/api/hsds` and reads back with `server import FILE.hsds.json`.
//!
//! Each site is one organization with one location; each service it offers
//! is an HSDS service at that location, its price a cost option (amount 0:
//! free). What HSDS has no field for (kind, precision, the raw opening
//! hours, source and checked date, …) travels as attributes whose taxonomy
//! terms are Senim's own ([`TERMS`]), so an export imports back unchanged.
//! HSDS ids are UUIDs: Senim derives them from the site id ([`uuid_for`]),
//! so they stay the same from one export to the next.

mod export;
mod import;

pub use export::{Labels, organization, taxonomy, terms};
pub use import::read_sites;

use crate::domain::access::token::sha256_hex;
use serde::{Deserialize, Serialize};

/// The HSDS version published.
pub const VERSION: &str = "3.0";

/// Senim's taxonomy terms: one per site field HSDS has no place for.
pub const TERMS: [(&str, &str); 14] = [
    ("senim_id", "The site's id in Senim"),
    ("name_kk", "The name in Kazakh"),
    ("name_en", "The name in English"),
    (
        "kind",
        "What kind of place: aids_centre, friendly_cabinet, trust_point, ost_site, ngo, mobile, online",
    ),
    ("city", "The settlement"),
    ("address", "The street address, when known"),
    (
        "precision",
        "street, or city when only the settlement is known (the point is its centre)",
    ),
    (
        "requires_id",
        "yes or no: an identity document is asked for",
    ),
    (
        "anonymous_testing",
        "yes or no: HIV testing without giving a name",
    ),
    (
        "opening_hours",
        "The hours in OpenStreetMap opening_hours syntax",
    ),
    ("timezone", "The IANA time zone"),
    ("source_url", "Where the row was checked"),
    ("checked_on", "YYYY-MM-DD: when the row was last checked"),
    (
        "demo",
        "yes: made-up data for trying Senim out, not a real place",
    ),
];

/// The term that marks each HSDS service with Senim's service code.
pub const SERVICE_TERM: &str = "service";

/// A stable UUID (RFC 9562 version 8, from SHA-256) for `what` of `key`,
/// e.g. `uuid_for("organization", "almaty-aids-centre")`.
pub fn uuid_for(what: &str, key: &str) -> String {
    let hash = sha256_hex(&format!("senim:{what}:{key}"));
    let (a, rest) = hash.split_at(8);
    let (b, rest) = rest.split_at(4);
    let (_, rest) = rest.split_at(1);
    let (c, rest) = rest.split_at(3);
    let variant = u8::from_str_radix(&rest[..1], 16).expect("hex") & 0x3 | 0x8;
    let d = &rest[1..4];
    let e = &rest[4..16];
    format!("{a}-{b}-8{c}-{variant:x}{d}-{e}")
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    /// `active`: Senim publishes only what is open to people.
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<Organization>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cost_options: Vec<CostOption>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<Service>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Location {
    pub id: String,
    /// `physical`, or `virtual` for services reached online.
    pub location_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_identifier_type: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// One weekly rule: the days in `byday` open from `opens_at` to `closes_at`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Schedule {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wkst: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// Hours from UTC of the local times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostOption {
    pub id: String,
    pub service_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_description: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Phone {
    pub id: String,
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Language {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO 639-1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// A value of one of Senim's taxonomy terms, attached to an object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    pub link_type: String,
    pub link_entity: String,
    pub taxonomy_term_id: String,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxonomy_term: Option<TaxonomyTerm>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaxonomyTerm {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxonomy_id: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_stable_version_8_and_distinct() {
        let a = uuid_for("organization", "almaty-aids-centre");
        assert_eq!(a, uuid_for("organization", "almaty-aids-centre"));
        assert_ne!(a, uuid_for("location", "almaty-aids-centre"));
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('8'));
        assert!(matches!(&parts[3][..1], "8" | "9" | "a" | "b"));
    }
}
