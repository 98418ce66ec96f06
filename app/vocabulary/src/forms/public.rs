//! The public pages' forms, which work without JavaScript: booking a slot,
//! finding a booking by its code, and "Something wrong here?".

use serde::{Deserialize, Serialize};

/// Booking one slot: `/{lang}/book/{site}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BookSlotForm {
    pub start: String,
    pub request_id: String,
    pub nickname: String,
    /// A service's code, or empty for none.
    pub service: String,
    /// `yes` when an outreach worker ticked "this is a referral".
    pub referral: String,
}

/// Finding, moving or cancelling a booking by its code: `/{lang}/booking`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FindBookingForm {
    /// `find`, `reschedule` or `cancel`.
    pub intent: String,
    pub code: String,
    /// The new start, for `reschedule`.
    pub start: String,
}

/// "Something wrong here?" on a site's page: `/{lang}/site/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SiteReportForm {
    /// A report problem's code.
    pub problem: String,
    pub note: String,
}
