//! What the staff portal's pages show. Filled in by the server, which has
//! already checked the session and the account's rights.

use serde::{Deserialize, Serialize};
use vocabulary::{BookingStatus, Role};

/// A form came without its session's anti-forgery token.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormExpired;

/// The sign-in form; `problem` is a translation key, `token` the form's
/// anti-forgery token (its cookie is set with the page).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoginPage {
    pub problem: Option<String>,
    pub token: String,
}

/// Changing one's own password; `message` is a translation key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PasswordPage {
    pub csrf: String,
    pub message: Option<String>,
    pub changed: bool,
}

/// Admins: what staff changed, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditView {
    pub rows: Vec<AuditRow>,
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
    /// People seen without a booking on this day.
    pub walk_ins: u32,
    /// The day's slots still to come, to block or unblock.
    pub slots: Vec<SlotRow>,
    /// The site is closed on this day (a closure, not the weekly hours).
    pub closed: bool,
    /// Bookings slowed down by a surge on this day (0: there was none).
    pub slowed: u32,
    /// The booking whose code reception just checked.
    pub checked: Option<DayRow>,
    /// A translation key: what happened to the last action.
    pub message: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotRow {
    /// RFC 3339 UTC: what the block form sends back.
    pub start: String,
    /// Local "HH:MM".
    pub time: String,
    pub booked: u32,
    pub capacity: u32,
    pub blocked: bool,
}

/// A site's bookings of one week, Monday first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekView {
    pub site_id: String,
    pub site_name: String,
    /// Each day: local date YYYY-MM-DD and its bookings.
    pub days: Vec<(String, Vec<DayRow>)>,
    /// The Mondays of the weeks before and after.
    pub previous: String,
    pub next: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayRow {
    /// The booking's opaque key, for the status forms.
    pub id: String,
    /// Local "YYYY-MM-DD" and "HH:MM".
    pub date: String,
    pub time: String,
    /// `None` once erased (cancelled, or past retention).
    pub nickname: Option<String>,
    pub service: Option<String>,
    pub status: BookingStatus,
    /// The marks reception may give it, in button order
    /// ([`BookingStatus::marks`]).
    pub next: Vec<BookingStatus>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalHome {
    pub username: String,
    pub role: Role,
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
    /// Coming days the site is closed, YYYY-MM-DD.
    pub closures: Vec<String>,
    /// A translation key: what the last closure change did.
    pub notice: Option<String>,
}

/// Counts, never names: one line of the indicators table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndicatorCounts {
    pub bookings: u32,
    pub arrived: u32,
    pub noshow: u32,
    pub cancelled: u32,
    /// Whole percent of kept bookings at evening or weekend times.
    pub evening_or_weekend_percent: Option<u32>,
    pub referred: u32,
    pub referred_arrived: u32,
    pub walk_ins: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRow {
    /// YYYY-MM-DD: the period's first day.
    pub period_start: String,
    pub site_name: String,
    /// A service code, `None` when not given.
    pub service: Option<String>,
    pub counts: IndicatorCounts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorsView {
    /// `week` or `month`.
    pub period: String,
    /// Whose bookings: `all`, `sites` or `organisation`.
    pub scope: String,
    pub rows: Vec<IndicatorRow>,
    /// Per period, oldest first: (first day, bookings, arrived).
    pub chart: Vec<(String, u32, u32)>,
}

/// A referral card made today, to hand over: the only place the
/// referrals page shows a nickname.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralRow {
    pub site_name: String,
    pub date: String,
    pub time: String,
    pub nickname: String,
    pub status: BookingStatus,
}

/// One site and service: how many referrals are in each status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralCountRow {
    pub site_name: String,
    /// A service code, `None` when not given.
    pub service: Option<String>,
    /// Per status, in the order of [`ReferralsView::statuses`].
    pub counts: Vec<u32>,
    pub total: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralsView {
    pub organisation: String,
    /// The statuses the count columns are for.
    pub statuses: Vec<BookingStatus>,
    pub counts: Vec<ReferralCountRow>,
    /// Cards made today, still to come.
    pub today: Vec<ReferralRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    pub username: String,
    pub role: Role,
    pub organisation: Option<String>,
    /// Names of the sites a staff account manages.
    pub sites: Vec<String>,
    /// The regions a coordinator keeps, in the page's language.
    pub regions: Vec<String>,
    pub disabled: bool,
    /// The signed-in admin's own account (cannot be disabled here).
    pub is_self: bool,
}

/// What was typed into the new-account form (never the password).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewAccountInput {
    pub username: String,
    pub role: String,
    pub sites: Vec<String>,
    /// Outreach: the id of an organisation picked from the list, or "".
    pub organisation_id: String,
    /// Outreach: the name of a new organisation, or "".
    pub organisation: String,
    /// Coordinators: regions' English names.
    pub regions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountsView {
    pub csrf: String,
    pub accounts: Vec<AccountRow>,
    /// Every site: (id, name), for the new-account form.
    pub sites: Vec<(String, String)>,
    /// Every region: (English name, name in the page's language).
    pub regions: Vec<(String, String)>,
    /// Every outreach organisation: (id, name).
    pub organisations: Vec<(i64, String)>,
    pub input: NewAccountInput,
    /// Translation keys: what went wrong, or what was done.
    pub problem: Option<String>,
    pub message: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    /// "YYYY-MM-DD HH:MM" UTC.
    pub at: String,
    pub username: String,
    pub action: String,
    pub site: Option<String>,
    pub detail: String,
}

/// A site's profile as stored, or as typed when it was refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileForm {
    pub site_id: String,
    pub site_name: String,
    pub csrf: String,
    pub name_ru: String,
    pub name_kk: String,
    pub name_en: String,
    pub address: String,
    pub lat: String,
    pub lon: String,
    /// `street` or `city`.
    pub precision: String,
    pub phone: String,
    pub notes: String,
    /// `yes`, `no` or "" (not known).
    pub requires_id: String,
    pub anonymous_testing: String,
    /// Per service code: `free`, `paid` or "" (not offered).
    pub services: Vec<(String, String)>,
    /// Codes of the languages spoken.
    pub languages: Vec<String>,
    /// The fields refused (`name_ru`, `lat`, …).
    pub problems: Vec<String>,
    pub saved: bool,
}

/// The open reports and, after an action, its message key.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteReportsView {
    pub csrf: String,
    pub reports: Vec<SiteReportRow>,
    pub message: Option<String>,
}

/// One open report: nothing about who sent it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteReportRow {
    pub id: i64,
    pub site_id: String,
    /// The site's name in the language the page shows names in.
    pub site: String,
    /// `closed`, `moved`, `hours`, `phone` or `other`.
    pub problem: String,
    pub note: String,
    /// YYYY-MM-DD.
    pub reported_on: String,
    /// A coordinator confirmed it (a "closed" report).
    pub confirmed: bool,
}

/// The directory as admins keep it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DirectoryView {
    pub csrf: String,
    /// Published sites, least recently checked first.
    pub sites: Vec<DirectoryRow>,
    pub closed: Vec<ClosedRow>,
    /// After an action: its message key.
    pub message: Option<String>,
    /// After closing a site: the local starts ("YYYY-MM-DD HH:MM") of its
    /// bookings still to come.
    pub affected: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryRow {
    pub id: String,
    pub name: String,
    pub city: String,
    /// YYYY-MM-DD: the last check, by research or by the site's staff.
    pub last_checked: String,
    /// Older than the server's staleness limit.
    pub stale: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClosedRow {
    pub id: String,
    pub name: String,
    /// YYYY-MM-DD.
    pub closed_on: String,
}

/// Every column of a directory row, as stored or as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteEditForm {
    pub csrf: String,
    /// The site's id when correcting one; `None` when adding.
    pub editing: Option<String>,
    /// (column, value), in the order of `data/sites.csv`.
    pub fields: Vec<(String, String)>,
    /// The columns refused.
    pub bad: Vec<String>,
    /// After saving: its message key.
    pub message: Option<String>,
}

/// The import page: a file's preview row by row, or what was applied.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportView {
    pub csrf: String,
    /// The file's name (its format is read from its ending).
    pub name: String,
    pub rows: Vec<ImportRow>,
    /// The file's text, sent back to confirm it; only when no row is refused.
    pub text: Option<String>,
    /// After confirming: how many sites were added or changed.
    pub applied: Option<usize>,
    /// A message key: why nothing was imported.
    pub problem: Option<String>,
}

/// One row of the preview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportRow {
    pub line: u64,
    pub id: String,
    /// `new`, `changed`, `unchanged` or `refused`.
    pub outcome: String,
    /// Changed: "column: before → after" each; refused: the reason.
    pub details: Vec<String>,
}

/// Changes by sites' own staff to where and how to reach them, waiting
/// for the region's coordinators (or admins) to confirm or undo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteChangesView {
    pub csrf: String,
    pub changes: Vec<SiteChangeRow>,
    /// A translation key: what the last confirm or undo did.
    pub message: Option<String>,
}

/// One site's change waiting for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteChangeRow {
    pub site_id: String,
    /// The site's name in the language the page shows names in.
    pub site: String,
    /// YYYY-MM-DD.
    pub changed_on: String,
    /// "column: before → now" for each field changed.
    pub lines: Vec<String>,
}
