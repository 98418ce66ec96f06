//! What the pages and the JSON API show of sites and searches: plain data
//! filled in by the server. The words they are made of (kinds, services,
//! filters) come from the `vocabulary` crate.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};
pub use vocabulary::{
    DEFAULT_LIMIT, InputError, Kind, MAX_LIMIT, Origin, Precision, SearchFilters, SearchRequest,
    Service, ServiceOffer, SpokenLang,
};

/// One opening interval in the site's local time, "HH:MM".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Interval {
    pub start: String,
    pub end: String,
    /// Reaches past 18:00 local time.
    pub evening: bool,
}

/// What is known of a site's hours on one day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", content = "intervals", rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum DayHours {
    Unknown,
    Closed,
    Open(Vec<Interval>),
}

/// Yes/no facts shown as badges on a result.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
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
    /// YYYY-MM-DD: the last check, when it is older than the server's
    /// `SENIM_STALE_AFTER_DAYS` (default 180); `null` otherwise.
    pub not_checked_since: Option<String>,
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
    /// YYYY-MM-DD: when the site's staff changed its address, coordinates
    /// or phone, for two weeks unless a coordinator reviewed it; shown
    /// instead of `staff_checked_on`.
    pub staff_changed_on: Option<String>,
    /// YYYY-MM-DD: the last check, when it is too old (see [`SiteCard`]).
    pub not_checked_since: Option<String>,
    /// YYYY-MM-DD: the first open "closed" report, while it is being checked.
    pub reported_closed_on: Option<String>,
}

/// What became of a "Something wrong here?" report posted from a site page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReportOutcome {
    Sent,
    /// Not stored: the site already has its day's share of reports.
    Enough,
    /// Refused: the message key, and what was typed, to show again.
    Refused {
        message: String,
        problem: String,
        note: String,
    },
}

/// The server refused a form another site posted (`Sec-Fetch-Site`):
/// the page says so instead of its own content.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossSiteRefusal;

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
    /// Services ordered online that answer the search (an HIV self-test
    /// for a self-test search), whatever the distance.
    pub online: Vec<OnlineService>,
}

/// A directory entry reached online rather than at a place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnlineService {
    pub id: String,
    pub name: String,
    /// Where to order, and where the entry was taken from.
    pub source_url: String,
    /// YYYY-MM-DD.
    pub checked_on: String,
}

/// A national help line on Help now (its name and purpose are translated by
/// id: `helpline-{id}`, `helpline-{id}-for`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpLine {
    pub id: String,
    /// Numbers to call; none for a service reached as its source says.
    pub phones: Vec<String>,
    pub source_url: String,
    /// YYYY-MM-DD.
    pub checked_on: String,
}

/// Why the server could not answer a page (already logged there): the
/// page says so instead of its content, with [`PortError::status`]. The
/// server's explainer of failures also puts it in the context of a page
/// it renders for a failed request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortError {
    /// The database cannot be reached just now: try again in a few minutes.
    Unavailable,
    /// Something went wrong that is not the asker's doing.
    Fault,
}

impl PortError {
    /// The HTTP status of a page that could not be made.
    pub fn status(self) -> u16 {
        match self {
            PortError::Unavailable => 503,
            PortError::Fault => 500,
        }
    }

    /// The translation keys of the page's title and sentence.
    pub fn message_keys(self) -> (&'static str, &'static str) {
        match self {
            PortError::Unavailable => ("unavailable-title", "error-unavailable"),
            PortError::Fault => ("fault-title", "error-fault"),
        }
    }
}

/// A server function that fails on the way (a lost connection, a body it
/// cannot read) failed for a reason that is not the asker's.
impl FromServerFnError for PortError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        PortError::Fault
    }
}
