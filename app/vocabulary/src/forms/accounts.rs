//! Signing in, and the admins' forms about accounts.

use serde::{Deserialize, Serialize};

/// Signing in: `/{lang}/staff/login`, with the login page's own
/// anti-forgery token (there is no session yet).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    pub username: String,
    pub password: String,
    pub sign_in_token: String,
}

/// Signing out: `/{lang}/staff/logout` (nothing but the anti-forgery
/// token, which the reader checks).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SignOutForm {}

/// A new account: `/{lang}/staff/accounts`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewAccountForm {
    pub username: String,
    /// A role's code.
    pub role: String,
    /// Staff: the sites' ids.
    pub site: Vec<String>,
    /// Coordinators: the regions' English names.
    pub region: Vec<String>,
    /// Outreach: an organisation picked by id, or
    pub organisation_id: String,
    /// one named anew.
    pub organisation: String,
    pub password: String,
}

/// An account disabled (`disabled=1`) or enabled again (`0`):
/// `/{lang}/staff/accounts/{id}/access`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountAccessForm {
    pub disabled: String,
}
