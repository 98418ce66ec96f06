//! A search as a person or an API client asks for it: where from, which
//! filters, how many results. One parser for the page's form and the API.

use crate::codes::{Kind, Service, SpokenLang};
use serde::{Deserialize, Serialize};

/// Filters a person can set on a search; every one narrows the results.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchFilters {
    /// The site offers every one of these.
    pub services: Vec<Service>,
    pub kind: Option<Kind>,
    pub open_now: bool,
    /// Open after 18:00 local time on some day of the coming week.
    pub evening: bool,
    /// Open on Saturday or Sunday.
    pub weekend: bool,
    /// Known not to ask for an ID document.
    pub no_id: bool,
    /// The chosen services (or, with none chosen, some service) are free.
    pub free: bool,
    pub language: Option<SpokenLang>,
}

/// Where a search starts from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Origin {
    /// A settlement name typed or picked by the person ("I am in Taraz").
    Place(String),
    /// Coordinates, already rounded on the device.
    Coords { lat: f64, lon: f64 },
}

pub const DEFAULT_LIMIT: usize = 10;
pub const MAX_LIMIT: usize = 100;

/// A search as parsed from a query string: the page's form and the JSON API
/// share this one parser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchRequest {
    pub origin: Option<Origin>,
    pub filters: SearchFilters,
    pub limit: usize,
}

/// Why a search request was refused. Each has a translation key for the pages
/// and an English sentence for the API.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum InputError {
    MissingCoordinates,
    NotANumber(String),
    LatitudeOutOfRange,
    LongitudeOutOfRange,
    BadLimit,
    UnknownService(String),
    UnknownKind(String),
    UnknownLanguage(String),
    BadFlag(String),
}

impl InputError {
    /// The Fluent message id that explains this error to a person.
    pub fn message_key(&self) -> &'static str {
        match self {
            InputError::MissingCoordinates => "error-missing-coordinates",
            InputError::NotANumber(_) => "error-not-a-number",
            InputError::LatitudeOutOfRange => "error-latitude-range",
            InputError::LongitudeOutOfRange => "error-longitude-range",
            InputError::BadLimit => "error-bad-limit",
            InputError::UnknownService(_) => "error-unknown-service",
            InputError::UnknownKind(_) => "error-unknown-kind",
            InputError::UnknownLanguage(_) => "error-unknown-language",
            InputError::BadFlag(_) => "error-bad-flag",
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::MissingCoordinates => write!(f, "both lat and lon are required"),
            InputError::NotANumber(field) => write!(f, "{field} must be a number"),
            InputError::LatitudeOutOfRange => write!(f, "lat must be between -90 and 90"),
            InputError::LongitudeOutOfRange => write!(f, "lon must be between -180 and 180"),
            InputError::BadLimit => write!(f, "limit must be a whole number from 1 to {MAX_LIMIT}"),
            InputError::UnknownService(s) => write!(f, "unknown service: {s}"),
            InputError::UnknownKind(s) => write!(f, "unknown kind: {s}"),
            InputError::UnknownLanguage(s) => write!(f, "unknown language: {s}"),
            InputError::BadFlag(s) => write!(f, "{s} must be 1 or 0"),
        }
    }
}

impl SearchRequest {
    /// Parses query-string pairs (`lat`, `lon`, `place`, `limit`, `service`
    /// (repeatable), `kind`, `open_now`, `evening`, `weekend`, `no_id`, `free`,
    /// `lang`). Empty values count as absent, as plain HTML forms send them.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<SearchRequest, InputError> {
        let mut lat = None;
        let mut lon = None;
        let mut place = None;
        let mut limit = DEFAULT_LIMIT;
        let mut filters = SearchFilters::default();
        for (key, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                "lat" => lat = Some(parse_number("lat", value)?),
                "lon" => lon = Some(parse_number("lon", value)?),
                "place" => place = Some(value.to_string()),
                "limit" => {
                    limit = value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=MAX_LIMIT).contains(n))
                        .ok_or(InputError::BadLimit)?
                }
                "service" => {
                    let service = Service::from_code(value)
                        .ok_or_else(|| InputError::UnknownService(value.to_string()))?;
                    if !filters.services.contains(&service) {
                        filters.services.push(service);
                    }
                }
                "kind" => {
                    filters.kind = Some(
                        Kind::from_code(value)
                            .ok_or_else(|| InputError::UnknownKind(value.to_string()))?,
                    )
                }
                "lang" => {
                    filters.language = Some(
                        SpokenLang::from_code(value)
                            .ok_or_else(|| InputError::UnknownLanguage(value.to_string()))?,
                    )
                }
                "open_now" => filters.open_now = parse_flag(key, value)?,
                "evening" => filters.evening = parse_flag(key, value)?,
                "weekend" => filters.weekend = parse_flag(key, value)?,
                "no_id" => filters.no_id = parse_flag(key, value)?,
                "free" => filters.free = parse_flag(key, value)?,
                _ => {}
            }
        }
        let origin = match (lat, lon) {
            (Some(lat), Some(lon)) => {
                if !(-90.0..=90.0).contains(&lat) {
                    return Err(InputError::LatitudeOutOfRange);
                }
                if !(-180.0..=180.0).contains(&lon) {
                    return Err(InputError::LongitudeOutOfRange);
                }
                Some(Origin::Coords { lat, lon })
            }
            (None, None) => place.map(Origin::Place),
            _ => return Err(InputError::MissingCoordinates),
        };
        Ok(SearchRequest {
            origin,
            filters,
            limit,
        })
    }
}

fn parse_number(field: &str, value: &str) -> Result<f64, InputError> {
    value
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| InputError::NotANumber(field.to_string()))
}

fn parse_flag(field: &str, value: &str) -> Result<bool, InputError> {
    match value {
        "1" | "on" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(InputError::BadFlag(field.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &[(&'static str, &'static str)]) -> Result<SearchRequest, InputError> {
        SearchRequest::from_pairs(query.iter().copied())
    }

    #[test]
    fn coordinates_filters_and_limit_are_parsed() {
        let request = parse(&[
            ("lat", "42.9"),
            ("lon", "71.37"),
            ("limit", "5"),
            ("service", "hiv_rapid_test"),
            ("service", "prep"),
            ("evening", "1"),
            ("no_id", "on"),
            ("lang", "uz"),
        ])
        .unwrap();
        assert_eq!(
            request.origin,
            Some(Origin::Coords {
                lat: 42.9,
                lon: 71.37
            })
        );
        assert_eq!(request.limit, 5);
        assert_eq!(
            request.filters.services,
            vec![Service::HivRapidTest, Service::Prep]
        );
        assert!(request.filters.evening && request.filters.no_id && !request.filters.weekend);
        assert_eq!(request.filters.language, Some(SpokenLang::Uz));
    }

    #[test]
    fn empty_form_fields_count_as_absent() {
        let request = parse(&[("place", ""), ("kind", ""), ("lat", "")]).unwrap();
        assert_eq!(request.origin, None);
        assert_eq!(request.filters, SearchFilters::default());
        assert_eq!(request.limit, DEFAULT_LIMIT);
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(parse(&[("lat", "1")]), Err(InputError::MissingCoordinates));
        assert_eq!(
            parse(&[("lat", "north"), ("lon", "1")]),
            Err(InputError::NotANumber("lat".into()))
        );
        assert_eq!(
            parse(&[("lat", "NaN"), ("lon", "1")]),
            Err(InputError::NotANumber("lat".into()))
        );
        assert_eq!(
            parse(&[("lat", "91"), ("lon", "1")]),
            Err(InputError::LatitudeOutOfRange)
        );
        assert_eq!(
            parse(&[("lat", "1"), ("lon", "-180.5")]),
            Err(InputError::LongitudeOutOfRange)
        );
        assert_eq!(parse(&[("limit", "0")]), Err(InputError::BadLimit));
        assert_eq!(parse(&[("limit", "101")]), Err(InputError::BadLimit));
        assert_eq!(
            parse(&[("service", "x")]),
            Err(InputError::UnknownService("x".into()))
        );
        assert_eq!(
            parse(&[("free", "yes")]),
            Err(InputError::BadFlag("free".into()))
        );
    }

    #[test]
    fn codes_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(*kind));
        }
        for service in Service::ALL {
            assert_eq!(Service::from_code(service.code()), Some(*service));
        }
    }
}
