//! Reception's forms on a site's day view (`/{lang}/staff/site/{id}/…`).
//! Each also sends the day shown (`date`), to show it again after.

use serde::{Deserialize, Serialize};

/// A booking marked: `…/bookings/status`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MarkForm {
    /// The booking's number.
    pub booking: String,
    /// A booking status's code.
    pub status: String,
    pub date: String,
}

/// A client's code checked: `…/bookings/code`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
    pub date: String,
}

/// A slot blocked (`blocked=1`) or opened again (`0`): `…/slots`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlotForm {
    pub start: String,
    pub blocked: String,
    pub date: String,
}

/// One more person seen without a booking: `…/walk-ins`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WalkInForm {
    /// A service's code, or empty.
    pub service: String,
    pub date: String,
}

/// The coming bookings of chosen slots (`start`, repeated) or of the whole
/// day shown (`whole_day=1`) released: `…/bookings/release`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReleaseForm {
    pub start: Vec<String>,
    pub whole_day: String,
    pub date: String,
}
