//! The forms that keep a site: its weekly hours and booking rules, the
//! days it is closed, its profile and the directory's editor; and the
//! columns of a site row, which name the fields of the last two.

use crate::codes::code_enum;
use crate::limits::{INTERVALS_PER_DAY, hours_field};
use crate::{Service, SpokenLang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

code_enum!(
    /// A column of a site row (`data/sites.csv`, the GeoJSON properties,
    /// the database), and the name of its field in the profile form and
    /// the directory's editor. Written once: the server's `SiteRecord`
    /// reads and sets its fields by `Column`. The variants are in the order
    /// of the file's header.
    Column ("portal-site-field") {
    Id = "id",
    NameRu = "name_ru",
    NameKk = "name_kk",
    NameEn = "name_en",
    Kind = "kind",
    City = "city",
    Address = "address",
    Lat = "lat",
    Lon = "lon",
    Precision = "precision",
    Services = "services",
    RequiresId = "requires_id",
    AnonymousTesting = "anonymous_testing",
    Languages = "languages",
    Phone = "phone",
    OpeningHours = "opening_hours",
    Timezone = "timezone",
    SourceUrl = "source_url",
    CheckedOn = "checked_on",
    Demo = "demo",
    }
);

impl Column {
    /// Whether a site's own staff may change this column in the profile
    /// form: all but its id, kind, settlement, hours (they have their own
    /// form), time zone, source, checked date and demo mark.
    pub fn staff_may_edit(self) -> bool {
        !matches!(
            self,
            Column::Id
                | Column::Kind
                | Column::City
                | Column::OpeningHours
                | Column::Timezone
                | Column::SourceUrl
                | Column::CheckedOn
                | Column::Demo
        )
    }
}

impl std::fmt::Display for Column {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Every column of a site, as the directory's editor posts it (each input
/// named by its column's code): `/{lang}/staff/directory/new` and
/// `…/{id}/edit`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<(String, String)>")]
pub struct SiteForm {
    typed: BTreeMap<Column, String>,
}

impl From<Vec<(String, String)>> for SiteForm {
    fn from(fields: Vec<(String, String)>) -> SiteForm {
        let typed = fields
            .into_iter()
            .filter_map(|(name, value)| Some((Column::from_code(&name)?, value)))
            .collect();
        SiteForm { typed }
    }
}

impl SiteForm {
    /// What was typed into `column`'s field, trimmed ("" when not sent).
    pub fn value(&self, column: Column) -> &str {
        self.typed.get(&column).map_or("", |v| v.trim())
    }
}

/// The price field of `service` in the profile form.
pub fn price_field(service: Service) -> String {
    format!("service-{}", service.code())
}

/// A site's profile as its staff post it: `/{lang}/staff/site/{id}/profile`.
/// The columns staff may edit ([`Column::staff_may_edit`]) but services
/// and languages, each named by its code; a price field per service
/// ([`price_field`]: `free`, `paid` or empty); a `language` checkbox per
/// spoken language; and `notes`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<(String, String)>")]
pub struct ProfileForm {
    typed: BTreeMap<Column, String>,
    prices: BTreeMap<Service, String>,
    /// The languages ticked that the form offers, in the order sent.
    pub languages: Vec<SpokenLang>,
    pub notes: String,
}

impl From<Vec<(String, String)>> for ProfileForm {
    fn from(fields: Vec<(String, String)>) -> ProfileForm {
        let mut form = ProfileForm::default();
        for (name, value) in fields {
            if let Some(column) = Column::from_code(&name) {
                form.typed.insert(column, value);
            } else if let Some(service) = Service::ALL.iter().find(|s| price_field(**s) == name) {
                form.prices.insert(*service, value);
            } else if name == "language" {
                form.languages.extend(SpokenLang::from_code(&value));
            } else if name == "notes" {
                form.notes = value;
            }
        }
        form
    }
}

impl ProfileForm {
    /// What was typed into `column`'s field, trimmed ("" when not sent).
    pub fn value(&self, column: Column) -> &str {
        self.typed.get(&column).map_or("", |v| v.trim())
    }

    /// The price chosen for `service`, trimmed ("" for not offered).
    pub fn price(&self, service: Service) -> &str {
        self.prices.get(&service).map_or("", |v| v.trim())
    }
}

/// A site's week and booking rules: `/{lang}/staff/site/{id}/hours`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HoursForm {
    pub slot_minutes: String,
    pub capacity: String,
    pub notice_hours: String,
    pub days_ahead: String,
    /// The opening intervals' ends, by field name
    /// ([`hours_field`]: `d1i1from`, `d1i1to`, …); read with [`Self::week`].
    #[serde(flatten)]
    pub times: BTreeMap<String, String>,
}

impl HoursForm {
    /// The week as typed, Monday first: each weekday's
    /// [`INTERVALS_PER_DAY`] (from, to) pairs, trimmed, "" when empty.
    pub fn week(&self) -> Vec<Vec<(String, String)>> {
        let typed = |day: u8, i: usize, end: &str| {
            let value = self.times.get(&hours_field(day, i, end));
            value.map_or("", |v| v.trim()).to_string()
        };
        (1..=7)
            .map(|day| {
                (1..=INTERVALS_PER_DAY)
                    .map(|i| (typed(day, i, "from"), typed(day, i, "to")))
                    .collect()
            })
            .collect()
    }
}

/// Closing days or opening one again: `/{lang}/staff/site/{id}/closures`.
/// `intent` is `add` (close `from`..=`to`, YYYY-MM-DD, `to` empty for one
/// day) or `remove` (open `day` again).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClosureForm {
    pub intent: String,
    pub from: String,
    pub to: String,
    pub day: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_week_is_read_from_the_fields_the_page_names() {
        let mut form = HoursForm::default();
        form.times
            .insert(hours_field(1, 1, "from"), " 09:00".into());
        form.times.insert(hours_field(7, 3, "to"), "20:00".into());
        let week = form.week();
        assert_eq!(week.len(), 7);
        assert_eq!(week[0][0], ("09:00".to_string(), String::new()));
        assert_eq!(week[6][INTERVALS_PER_DAY - 1].1, "20:00");
    }

    #[test]
    fn every_column_is_read_back_from_its_code() {
        assert_eq!(Column::ALL.len(), 20);
        for column in Column::ALL {
            assert_eq!(Column::from_code(column.code()), Some(*column));
        }
        assert_eq!(Column::from_code("notes"), None);
    }

    #[test]
    fn the_profile_form_reads_columns_prices_languages_and_notes() {
        let sent = [
            ("name_en", " Clinic "),
            ("service-prep", "free"),
            ("language", "kk"),
            ("language", "xx"),
            ("language", "ru"),
            ("notes", "ring twice"),
            ("csrf", "t"),
        ];
        let form = ProfileForm::from(
            sent.iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect::<Vec<_>>(),
        );
        assert_eq!(form.value(Column::NameEn), "Clinic");
        assert_eq!(form.price(Service::Prep), "free");
        assert_eq!(form.price(Service::Pep), "");
        assert_eq!(form.languages, [SpokenLang::Kk, SpokenLang::Ru]);
        assert_eq!(form.notes, "ring twice");
    }
}
