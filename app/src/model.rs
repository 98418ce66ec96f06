//! The vocabulary shared by the pages, the JSON API and the server's domain:
//! site kinds, services, languages, search requests and what a result shows.
//! Plain data, no I/O: it compiles for the server and for WebAssembly alike.

use serde::{Deserialize, Serialize};

/// Declares an enum whose variants have a stable snake_case code, used in
/// URLs, CSV files, the JSON API and translation keys.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

code_enum!(
    /// What kind of place a site is.
    Kind {
        AidsCentre = "aids_centre",
        FriendlyCabinet = "friendly_cabinet",
        TrustPoint = "trust_point",
        OstSite = "ost_site",
        Ngo = "ngo",
        Mobile = "mobile",
    }
);

code_enum!(
    /// A service a site can offer (PRODUCT.md, "Domain facts").
    Service {
        HivRapidTest = "hiv_rapid_test",
        HivSelfTest = "hiv_self_test",
        StiTesting = "sti_testing",
        StiTreatment = "sti_treatment",
        Gynaecology = "gynaecology",
        Prep = "prep",
        Pep = "pep",
        Art = "art",
        Ost = "ost",
        Condoms = "condoms",
        NeedlesSyringes = "needles_syringes",
        Legal = "legal",
        Psychological = "psychological",
        ViolenceSupport = "violence_support",
    }
);

code_enum!(
    /// A language a site's staff speak (ISO 639-1).
    SpokenLang {
        Ru = "ru",
        Kk = "kk",
        En = "en",
        Uz = "uz",
        Ky = "ky",
        Tg = "tg",
    }
);

code_enum!(
    /// How precisely a site's location is known.
    Precision {
        Street = "street",
        City = "city",
    }
);

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

/// One opening interval in the site's local time, "HH:MM".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub start: String,
    pub end: String,
    /// Reaches past 18:00 local time.
    pub evening: bool,
}

/// What is known of a site's hours on one day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", content = "intervals", rename_all = "snake_case")]
pub enum DayHours {
    Unknown,
    Closed,
    Open(Vec<Interval>),
}

/// Yes/no facts shown as badges on a result.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Badges {
    pub open_now: bool,
    pub evening: bool,
    pub weekend: bool,
    pub no_id: bool,
    pub free: bool,
    pub anonymous_testing: bool,
}

/// A search result, as the results list and `/api/v1/nearest` show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteCard {
    pub id: String,
    /// The name in the language asked for.
    pub name: String,
    pub kind: Kind,
    pub lat: f64,
    pub lon: f64,
    /// Great-circle distance from the search origin.
    ///
    /// # Units
    /// Metres.
    pub distance_m: f64,
    pub city: String,
    pub address: Option<String>,
    pub precision: Precision,
    pub today: DayHours,
    pub badges: Badges,
    pub demo: bool,
}

/// A service a site offers and whether it is free.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceOffer {
    pub service: Service,
    pub free: bool,
}

/// One day of the coming week on a site page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekDay {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// The local date, YYYY-MM-DD.
    pub date: String,
    pub weekend: bool,
    pub hours: DayHours,
}

/// Everything known about one site, for its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteDetails {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub city: String,
    pub address: Option<String>,
    pub precision: Precision,
    pub phone: Option<String>,
    pub services: Vec<ServiceOffer>,
    pub requires_id: Option<bool>,
    pub anonymous_testing: Option<bool>,
    pub languages: Vec<SpokenLang>,
    /// The week from today, in the site's local time; empty when hours are unknown.
    pub week: Vec<WeekDay>,
    pub open_now: bool,
    pub timezone: String,
    pub source_url: Option<String>,
    /// YYYY-MM-DD.
    pub checked_on: String,
    pub demo: bool,
    /// A note from the site's staff.
    pub notes: Option<String>,
    /// YYYY-MM-DD: when the site's staff last confirmed this page.
    pub staff_checked_on: Option<String>,
}

/// A settlement offered by the place picker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceOption {
    /// The name in the language asked for.
    pub name: String,
    pub region: String,
    /// The name in the other interface languages, for typeahead matching.
    pub other_names: Vec<String>,
}

/// What the search page shows for one request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchOutcome {
    /// The settlement searched from, when the search was by place.
    pub place: Option<PlaceOption>,
    /// Where the search started, as (latitude, longitude) in degrees: the
    /// settlement's centre or the device's rounded position.
    pub origin: Option<(f64, f64)>,
    pub results: Vec<SiteCard>,
    /// A translation key explaining why nothing could be searched.
    pub problem: Option<String>,
    /// Settlements that start like an unknown place name.
    pub suggestions: Vec<PlaceOption>,
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
