//! Every limit a form states and the server checks, written once: the
//! pages put them in `min`/`max`/`minlength`/`maxlength`, the server's
//! checks use the same constants.

use std::ops::RangeInclusive;

/// The shortest and longest nickname, in characters of any script: the
/// booking form's `minlength`/`maxlength` and the server's check.
pub const NICKNAME_MIN_CHARS: usize = 2;
pub const NICKNAME_MAX_CHARS: usize = 40;

/// The longest note a "Something wrong here?" report may carry, in characters.
pub const REPORT_NOTE_MAX_CHARS: usize = 300;

/// The shortest password a portal account may have, in characters.
pub const PASSWORD_MIN_CHARS: usize = 12;

/// The longest note a site's staff may write on its profile, in characters.
pub const SITE_NOTES_MAX_CHARS: usize = 500;

/// The longest name of an organisation, in characters.
pub const ORGANISATION_NAME_MAX_CHARS: usize = 100;

/// A site's booking rules: minutes a slot lasts, people a slot takes, hours
/// of notice before a slot, days ahead a slot may be booked.
pub const SLOT_MINUTES: RangeInclusive<u32> = 10..=240;
pub const SLOT_CAPACITY: RangeInclusive<u32> = 1..=50;
pub const NOTICE_HOURS: RangeInclusive<u32> = 0..=72;
pub const DAYS_AHEAD: RangeInclusive<u32> = 1..=60;

/// Opening intervals a weekday may have in the hours form.
pub const INTERVALS_PER_DAY: usize = 3;

/// The hours form's field of weekday `day` (1-7, Monday first), interval
/// `i` (1-[`INTERVALS_PER_DAY`]), `end` "from" or "to".
pub fn hours_field(day: u8, i: usize, end: &str) -> String {
    format!("d{day}i{i}{end}")
}
