//! The forms that keep the directory: closing and reopening a site,
//! reviewing a change by a site's staff, ending a visitor's report.

use serde::{Deserialize, Serialize};

/// A button whose form sends only its anti-forgery token: closing a site
/// (`/{lang}/staff/directory/{id}/close`) or reopening one (`…/reopen`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ButtonForm {}

/// A change by a site's staff, reviewed:
/// `/{lang}/staff/site-changes/{id}`, `verdict` `confirm` or `undo`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    pub verdict: String,
}

/// A "Something wrong here?" report, ended:
/// `/{lang}/staff/site-reports/{id}`, `outcome` `resolved`, `dismissed`
/// or `confirmed` (a "closed" report).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    pub outcome: String,
}
