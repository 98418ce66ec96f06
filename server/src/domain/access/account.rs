//! Who may sign in to the staff and outreach portal, and what a new
//! account must say about its scope. Plain rules, no storage.

use crate::domain::sites::organisation::OrganisationChoice;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::fmt;

/// What an account may do, and which parts of the portal it opens: in
/// the vocabulary the pages share, so links and gates agree.
pub use vocabulary::Role;

/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = vocabulary::limits::PASSWORD_MIN_CHARS;

/// An account to create, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAccount {
    pub username: String,
    pub role: Role,
    /// Staff: the sites they manage (at least one).
    pub sites: Vec<String>,
    /// Outreach: their organisation, picked or named.
    pub organisation: Option<OrganisationChoice>,
    /// Coordinators: the regions they keep (at least one).
    pub regions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccountError {
    Username,
    ShortPassword,
    StaffWithoutSite,
    OutreachWithoutOrganisation,
    CoordinatorWithoutRegion,
    ScopeNotForRole,
    /// An organisation's name is too short, too long or not plain text.
    OrganisationName,
    /// The form both picked an organisation and named a new one.
    OrganisationTwice,
}

impl fmt::Display for AccountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AccountError::Username => {
                "a username is 3 to 40 characters: lower-case letters, digits, '.', '_' or '-'"
            }
            AccountError::ShortPassword => "a password has at least 12 characters",
            AccountError::StaffWithoutSite => "a staff account needs at least one --site",
            AccountError::OutreachWithoutOrganisation => "an outreach account needs --organisation",
            AccountError::CoordinatorWithoutRegion => {
                "a coordinator account needs at least one known --region"
            }
            AccountError::ScopeNotForRole => {
                "--site is only for staff and --organisation only for outreach accounts"
            }
            AccountError::OrganisationName => {
                "an organisation's name has 2 to 100 characters and no control characters"
            }
            AccountError::OrganisationTwice => "pick an organisation or name a new one, not both",
        })
    }
}

impl std::error::Error for AccountError {}

impl AccountError {
    /// The portal's translation key for this error.
    pub fn message_key(&self) -> &'static str {
        match self {
            AccountError::Username => "portal-account-bad-username",
            AccountError::ShortPassword => "portal-password-short",
            AccountError::StaffWithoutSite => "portal-account-needs-site",
            AccountError::OutreachWithoutOrganisation => "portal-account-needs-org",
            AccountError::CoordinatorWithoutRegion => "portal-account-needs-region",
            AccountError::ScopeNotForRole => "portal-account-scope",
            AccountError::OrganisationName => "portal-account-org-name",
            AccountError::OrganisationTwice => "portal-account-org-twice",
        }
    }
}

impl NewAccount {
    /// Checks the username and that the scope fits the role.
    pub fn new(
        username: &str,
        role: Role,
        sites: Vec<String>,
        organisation: Option<OrganisationChoice>,
    ) -> Result<NewAccount, AccountError> {
        let username = username.trim().to_string();
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c);
        if !(3..=40).contains(&username.len()) || !username.chars().all(allowed) {
            return Err(AccountError::Username);
        }
        match role {
            Role::Staff if sites.is_empty() => return Err(AccountError::StaffWithoutSite),
            Role::Outreach if organisation.is_none() => {
                return Err(AccountError::OutreachWithoutOrganisation);
            }
            Role::Staff if organisation.is_some() => return Err(AccountError::ScopeNotForRole),
            Role::Outreach if !sites.is_empty() => return Err(AccountError::ScopeNotForRole),
            Role::Admin if organisation.is_some() || !sites.is_empty() => {
                return Err(AccountError::ScopeNotForRole);
            }
            Role::Coordinator => return Err(AccountError::CoordinatorWithoutRegion),
            _ => {}
        }
        Ok(NewAccount {
            username,
            role,
            sites,
            organisation,
            regions: vec![],
        })
    }

    /// A coordinator keeping `regions` (region names of the settlements
    /// list, checked by the caller against it).
    pub fn coordinator(username: &str, regions: Vec<String>) -> Result<NewAccount, AccountError> {
        let mut regions: Vec<String> = regions
            .into_iter()
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect();
        regions.sort();
        regions.dedup();
        if regions.is_empty() {
            return Err(AccountError::CoordinatorWithoutRegion);
        }
        Ok(NewAccount {
            role: Role::Coordinator,
            regions,
            ..NewAccount::new(username, Role::Admin, vec![], None)?
        })
    }
}

/// Checks a new password's length (in characters, any script).
pub fn check_password(password: &str) -> Result<(), AccountError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::ShortPassword);
    }
    Ok(())
}

/// An argon2id hash of `password` in PHC form, with a fresh random salt.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches the stored `hash`.
pub fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// How long after its last recorded use a session's use is written down
/// again: once a minute at most (a write on every request would cost more
/// than the minute it gains), and within a thirtieth of the idle time, so
/// a session in use never reaches it.
///
/// # Units
/// Both durations are wall-clock time.
pub fn seen_again_after(idle: chrono::Duration) -> chrono::Duration {
    (idle / 30).min(chrono::Duration::minutes(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_in_use_is_written_down_at_most_once_a_minute() {
        use chrono::Duration;
        assert_eq!(
            seen_again_after(Duration::minutes(30)),
            Duration::minutes(1)
        );
        assert_eq!(seen_again_after(Duration::hours(8)), Duration::minutes(1));
        assert_eq!(
            seen_again_after(Duration::seconds(3)),
            Duration::milliseconds(100)
        );
    }

    #[test]
    fn each_role_needs_its_own_scope_and_no_other() {
        let site = || vec!["almaty-aids-centre".to_string()];
        let org = || OrganisationChoice::named("Amelia").unwrap();
        assert!(NewAccount::new("nurse.aigul", Role::Staff, site(), None).is_ok());
        assert!(NewAccount::new("outreach-1", Role::Outreach, vec![], org()).is_ok());
        assert!(NewAccount::new("root", Role::Admin, vec![], None).is_ok());
        assert_eq!(
            NewAccount::new("nurse", Role::Staff, vec![], None),
            Err(AccountError::StaffWithoutSite)
        );
        assert_eq!(
            NewAccount::new("walker", Role::Outreach, vec![], None),
            Err(AccountError::OutreachWithoutOrganisation)
        );
        assert_eq!(
            NewAccount::new("root", Role::Admin, site(), None),
            Err(AccountError::ScopeNotForRole)
        );
    }

    #[test]
    fn usernames_are_plain_and_passwords_long() {
        for bad in ["ab", "Aigul", "айгуль", "a b c", &"x".repeat(41)] {
            assert_eq!(
                NewAccount::new(bad, Role::Admin, vec![], None),
                Err(AccountError::Username),
                "{bad}"
            );
        }
        assert_eq!(check_password("short"), Err(AccountError::ShortPassword));
        assert!(check_password("сенім-құпия-сөз").is_ok());
    }

    #[test]
    fn passwords_are_kept_as_salted_argon2id_hashes() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("correct horse"));
        assert_ne!(
            hash,
            hash_password("correct horse battery").unwrap(),
            "salted"
        );
        assert!(password_matches("correct horse battery", &hash));
        assert!(!password_matches("correct horse battery!", &hash));
        assert!(!password_matches("anything", "not a hash"));
    }
}
