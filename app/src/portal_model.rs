//! What the staff portal's pages show. Filled in by the server, which has
//! already checked the session and the account's rights.

use serde::{Deserialize, Serialize};

/// The portal page to render, with its data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PortalView {
    /// Sign-in form; `problem` is a translation key.
    Login { problem: Option<String> },
    /// The signed-in account's start page.
    Home(PortalHome),
    /// One site's weekly hours and booking rules.
    Hours(HoursForm),
    /// One site's bookings of one day.
    Day(DayView),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayView {
    pub site_id: String,
    pub site_name: String,
    /// Local date, YYYY-MM-DD, and the days before and after.
    pub date: String,
    pub previous: String,
    pub next: String,
    pub csrf: String,
    pub rows: Vec<DayRow>,
    /// A translation key: what happened to the last action.
    pub message: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayRow {
    /// The booking's opaque key, for the status forms.
    pub id: String,
    /// Local "HH:MM".
    pub time: String,
    /// `None` once erased (cancelled, or past retention).
    pub nickname: Option<String>,
    pub service: Option<String>,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalHome {
    pub username: String,
    /// `admin`, `staff` or `outreach`.
    pub role: String,
    /// The sites this account manages: (id, name).
    pub sites: Vec<(String, String)>,
    /// The session's anti-forgery token, sent back by every form.
    pub csrf: String,
}

/// The hours form as filled in (from the database, or as typed when it was
/// refused).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoursForm {
    pub site_id: String,
    pub site_name: String,
    pub csrf: String,
    /// Monday first; per day, up to three (from, to) "HH:MM" pairs, "" when empty.
    pub days: Vec<Vec<(String, String)>>,
    pub slot_minutes: String,
    pub capacity: String,
    pub notice_hours: String,
    pub days_ahead: String,
    /// The resulting `opening_hours` text.
    pub opening_hours: String,
    /// A translation key and the weekday (1-7) it concerns, if any.
    pub problem: Option<(String, Option<u8>)>,
    pub saved: bool,
}
