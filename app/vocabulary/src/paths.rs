//! Every address of Senim's pages, written once. The server's router takes
//! its patterns from here, the pages build their links from here and the
//! page cache reads addresses with it: a page moves by changing one line.
//!
//! A [`Page`] has only the language in its address; a [`PageOf`] also
//! names one thing (a site, an account, a report), so a link to it cannot
//! be built without saying which.

use crate::Lang;

/// An address with the language as its only part: `/{lang}/…`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page(&'static str);

/// An address that names one thing: `/{lang}/…/{id}/…`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageOf(&'static str);

impl Page {
    /// The router's pattern, e.g. `/{lang}/staff/audit`.
    pub const fn pattern(self) -> &'static str {
        self.0
    }

    /// The address in `lang`, e.g. `/ru/staff/audit`.
    pub fn at(self, lang: Lang) -> String {
        self.0.replacen("{lang}", lang.code(), 1)
    }

    /// The address after its language, e.g. `/staff/audit`: what the
    /// pages' `href` prefixes with the page's language.
    pub fn tail(self) -> &'static str {
        self.0.trim_start_matches("/{lang}")
    }
}

impl PageOf {
    /// The router's pattern, e.g. `/{lang}/staff/site/{id}/hours`.
    pub const fn pattern(self) -> &'static str {
        self.0
    }

    /// The address in `lang` about `id`, e.g. `/ru/staff/site/x/hours`.
    pub fn of(self, lang: Lang, id: &str) -> String {
        self.0
            .replacen("{lang}", lang.code(), 1)
            .replacen("{id}", id, 1)
    }

    /// The address after its language, about `id`.
    pub fn tail(self, id: &str) -> String {
        self.0.trim_start_matches("/{lang}").replacen("{id}", id, 1)
    }
}

// The public pages.
pub const SEARCH: Page = Page("/{lang}");
pub const HELP: Page = Page("/{lang}/help");
pub const PRIVACY: Page = Page("/{lang}/privacy");
pub const FIND_BOOKING: Page = Page("/{lang}/booking");
pub const SITE: PageOf = PageOf("/{lang}/site/{id}");
pub const BOOK: PageOf = PageOf("/{lang}/book/{id}");

// The portal: signing in and out, and everyone's pages.
pub const HOME: Page = Page("/{lang}/staff");
pub const LOGIN: Page = Page("/{lang}/staff/login");
pub const LOGOUT: Page = Page("/{lang}/staff/logout");
pub const PASSWORD: Page = Page("/{lang}/staff/password");
pub const INDICATORS: Page = Page("/{lang}/staff/indicators");
pub const INDICATORS_CSV: Page = Page("/{lang}/staff/indicators.csv");
pub const REFERRALS: Page = Page("/{lang}/staff/referrals");

// One site: its reception (bookings) and its keeping (hours, profile).
pub const SITE_BOOKINGS: PageOf = PageOf("/{lang}/staff/site/{id}/bookings");
pub const SITE_BOOKING_STATUS: PageOf = PageOf("/{lang}/staff/site/{id}/bookings/status");
pub const SITE_BOOKING_CODE: PageOf = PageOf("/{lang}/staff/site/{id}/bookings/code");
pub const SITE_BOOKING_RELEASE: PageOf = PageOf("/{lang}/staff/site/{id}/bookings/release");
pub const SITE_SLOTS: PageOf = PageOf("/{lang}/staff/site/{id}/slots");
pub const SITE_WALK_INS: PageOf = PageOf("/{lang}/staff/site/{id}/walk-ins");
pub const SITE_WEEK: PageOf = PageOf("/{lang}/staff/site/{id}/week");
pub const SITE_HOURS: PageOf = PageOf("/{lang}/staff/site/{id}/hours");
pub const SITE_CLOSURES: PageOf = PageOf("/{lang}/staff/site/{id}/closures");
pub const SITE_PROFILE: PageOf = PageOf("/{lang}/staff/site/{id}/profile");

// Admins: accounts and the audit log.
pub const ACCOUNTS: Page = Page("/{lang}/staff/accounts");
pub const ACCOUNT_ACCESS: PageOf = PageOf("/{lang}/staff/accounts/{id}/access");
pub const AUDIT: Page = Page("/{lang}/staff/audit");

// Keepers of the directory: admins and coordinators.
pub const DIRECTORY: Page = Page("/{lang}/staff/directory");
pub const DIRECTORY_IMPORT: Page = Page("/{lang}/staff/directory/import");
pub const DIRECTORY_EXPORT_CSV: Page = Page("/{lang}/staff/directory/export.csv");
pub const DIRECTORY_EXPORT_GEOJSON: Page = Page("/{lang}/staff/directory/export.geojson");
pub const DIRECTORY_NEW: Page = Page("/{lang}/staff/directory/new");
pub const DIRECTORY_EDIT: PageOf = PageOf("/{lang}/staff/directory/{id}/edit");
pub const DIRECTORY_CLOSE: PageOf = PageOf("/{lang}/staff/directory/{id}/close");
pub const DIRECTORY_REOPEN: PageOf = PageOf("/{lang}/staff/directory/{id}/reopen");
pub const SITE_REPORTS: Page = Page("/{lang}/staff/site-reports");
pub const SITE_REPORT: PageOf = PageOf("/{lang}/staff/site-reports/{id}");
pub const SITE_CHANGES: Page = Page("/{lang}/staff/site-changes");
pub const SITE_CHANGE: PageOf = PageOf("/{lang}/staff/site-changes/{id}");

/// Whether `path` is a page of the portal (`/{lang}/staff…`), which is
/// never the same for everyone.
pub fn is_portal(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    let lang = segments.next().and_then(Lang::from_code);
    lang.is_some() && segments.next() == Some(HOME.tail().trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_built_from_their_patterns() {
        assert_eq!(AUDIT.at(Lang::Ru), "/ru/staff/audit");
        assert_eq!(SITE_HOURS.of(Lang::Kk, "a-b"), "/kk/staff/site/a-b/hours");
        assert_eq!(SITE_HOURS.pattern(), "/{lang}/staff/site/{id}/hours");
        assert_eq!(HOME.tail(), "/staff");
        assert_eq!(SITE_REPORT.tail("7"), "/staff/site-reports/7");
        assert_eq!(SEARCH.at(Lang::En), "/en");
    }

    #[test]
    fn portal_addresses_are_told_apart() {
        assert!(is_portal("/ru/staff"));
        assert!(is_portal("/ru/staff/site/x/hours"));
        assert!(!is_portal("/ru/staffing"));
        assert!(!is_portal("/ru/site/x"));
        assert!(!is_portal("/xx/staff"));
    }
}
