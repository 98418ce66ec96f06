//! What the booking pages show. Plain data, filled in by the server.

use crate::model::{Precision, Service};
use serde::{Deserialize, Serialize};

/// A free slot as a link on a site page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotOption {
    /// The slot's start, RFC 3339 UTC: what the booking form sends back.
    pub start: String,
    /// Local date, YYYY-MM-DD, and weekday 1 = Monday … 7 = Sunday.
    pub date: String,
    pub weekday: u8,
    /// Local "HH:MM".
    pub time: String,
    pub available: u32,
    pub evening: bool,
    pub weekend: bool,
}

/// The booking form for one slot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingForm {
    pub site_id: String,
    pub site_name: String,
    pub demo: bool,
    pub slot: SlotOption,
    pub end_time: String,
    pub services: Vec<Service>,
    /// A fresh random id: the same form submitted twice books once.
    pub request_id: String,
}

/// What was typed into the booking form, to show it again with an error.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BookingInput {
    pub nickname: String,
    pub service: String,
    /// "This is a referral by …" was ticked.
    pub referral: bool,
}

/// A signed-in outreach worker, on a public page rendered for this request
/// alone (never on one every visitor gets alike): the banner that says so,
/// and the booking form's "this is a referral by …" box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutreachSignedIn {
    pub organisation: String,
    /// The session's anti-forgery token, for the banner's sign-out form.
    pub csrf: String,
}

/// The page after a booking is made: the only time the code is shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingConfirmation {
    pub code: String,
    pub nickname: String,
    pub site_id: String,
    pub site_name: String,
    pub city: String,
    pub address: Option<String>,
    pub precision: Precision,
    pub phone: Option<String>,
    pub date: String,
    pub weekday: u8,
    pub start_time: String,
    pub end_time: String,
    /// The code as a QR code, an SVG document drawn on the server.
    pub qr_svg: String,
    /// An iCalendar file with neutral wording, as a `data:` URL.
    pub ics_data_url: String,
    pub demo: bool,
    /// The outreach organisation that booked for its client: this page is
    /// then the referral card.
    pub referral_org: Option<String>,
}

/// A booking found by its code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingSummary {
    pub site_id: String,
    pub site_name: String,
    pub date: String,
    pub weekday: u8,
    pub start_time: String,
    pub end_time: String,
    pub status: vocabulary::BookingStatus,
    pub nickname: Option<String>,
    /// Free slots at the same site to move the booking to.
    pub other_slots: Vec<SlotOption>,
}

/// What a POST to a booking page produced, handed to the page to render.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum BookingOutcome {
    Confirmed(BookingConfirmation),
    /// The form again, with what was typed and why it was refused.
    Refused {
        input: BookingInput,
        problem: String,
    },
    Found {
        code: String,
        booking: BookingSummary,
    },
    /// The booking now has another time (same code).
    Moved {
        code: String,
        booking: BookingSummary,
    },
    Cancelled,
    /// A translation key: no such code, too many tries, …
    LookupProblem(String),
}
