//! Outreach organisations: records with an id, named once. An outreach
//! account belongs to one, and a referral points at one, by id.

use crate::domain::access::account::AccountError;

/// A stored organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
}

/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = vocabulary::limits::ORGANISATION_NAME_MAX_CHARS;

/// An organisation's name: trimmed, inner white space collapsed to one
/// space, 2 to [`MAX_NAME_CHARS`] characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationName(String);

impl OrganisationName {
    pub fn parse(typed: &str) -> Result<OrganisationName, AccountError> {
        let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        let length = name.chars().count();
        if !(2..=MAX_NAME_CHARS).contains(&length) || name.chars().any(char::is_control) {
            return Err(AccountError::OrganisationName);
        }
        Ok(OrganisationName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Which organisation a new outreach account belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrganisationChoice {
    /// One already stored, picked by its id.
    Existing(i64),
    /// By name: the stored organisation of that name, or a new one.
    Named(OrganisationName),
}

impl OrganisationChoice {
    /// A typed name; `None` when blank.
    pub fn named(typed: &str) -> Result<Option<OrganisationChoice>, AccountError> {
        if typed.trim().is_empty() {
            return Ok(None);
        }
        OrganisationName::parse(typed).map(|name| Some(OrganisationChoice::Named(name)))
    }

    /// What the admins' form says: an organisation picked from the list
    /// (`picked`, its id) or a new name typed (`typed`), not both; `None`
    /// when neither.
    pub fn from_form(
        picked: &str,
        typed: &str,
    ) -> Result<Option<OrganisationChoice>, AccountError> {
        let typed = OrganisationChoice::named(typed)?;
        match (picked.trim(), typed) {
            ("", typed) => Ok(typed),
            (_, Some(_)) => Err(AccountError::OrganisationTwice),
            (id, None) => id
                .parse::<i64>()
                .map(|id| Some(OrganisationChoice::Existing(id)))
                .map_err(|_| AccountError::OutreachWithoutOrganisation),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_collapsed_and_must_be_plain_text() {
        let name = OrganisationName::parse("  Amelia \t Almaty ").unwrap();
        assert_eq!(name.as_str(), "Amelia Almaty");
        assert_eq!(
            OrganisationName::parse("Сенім қоры").unwrap().as_str(),
            "Сенім қоры"
        );
        for bad in ["", " ", "A", "bell\u{7}", &"x".repeat(MAX_NAME_CHARS + 1)] {
            assert_eq!(
                OrganisationName::parse(bad),
                Err(AccountError::OrganisationName),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_form_picks_one_or_names_one_but_not_both() {
        let amelia = || OrganisationName::parse("Amelia").unwrap();
        assert_eq!(OrganisationChoice::from_form("", " "), Ok(None));
        assert_eq!(
            OrganisationChoice::from_form("7", ""),
            Ok(Some(OrganisationChoice::Existing(7)))
        );
        assert_eq!(
            OrganisationChoice::from_form("", "Amelia"),
            Ok(Some(OrganisationChoice::Named(amelia())))
        );
        assert_eq!(
            OrganisationChoice::from_form("7", "Amelia"),
            Err(AccountError::OrganisationTwice)
        );
        assert_eq!(
            OrganisationChoice::from_form("seven", ""),
            Err(AccountError::OutreachWithoutOrganisation)
        );
    }
}
