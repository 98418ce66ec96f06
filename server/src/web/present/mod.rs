//! From domain values to the view models the pages and the API show
//! (`app::model`, `app::booking_model`, `app::portal_model`).

pub mod booking;
pub mod calendar_file;
pub mod place;
pub mod site;

use chrono::DateTime;
use chrono_tz::Tz;

/// A local date as the pages take it, `YYYY-MM-DD`.
pub fn date(t: DateTime<Tz>) -> String {
    t.format("%Y-%m-%d").to_string()
}

/// A local time as the pages show it, `HH:MM`.
pub fn time(t: DateTime<Tz>) -> String {
    t.format("%H:%M").to_string()
}
