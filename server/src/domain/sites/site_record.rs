//! A site as text, in the columns of `data/sites.csv` (see
//! data/README.md), and the one place where a site's fields are checked:
//! every source (CSV, GeoJSON, the database, the portal's forms) goes
//! through [`SiteRecord::parse`].

use super::site::{Names, Site};
use super::site_fields::{
    Field, SiteProblem, country_of, not_a_formula, optional, parse_checked_on, parse_demo,
    parse_hours, parse_id, parse_kind, parse_languages, parse_location, parse_phone,
    parse_precision, parse_services, parse_source_url, parse_timezone, parse_yes_no, required,
};
use super::site_place::check_place;
use crate::domain::index::gazetteer::kazakhstan;
use serde::{Deserialize, Serialize};
use vocabulary::Precision;
use vocabulary::forms::Column;

/// Declares the record, one text field per [`Column`], and reads and sets
/// them by column: the field list is written here once, beside the
/// columns' codes in `vocabulary`.
macro_rules! record {
    ($($field:ident = $column:ident),+ $(,)?) => {
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct SiteRecord {
            $(pub $field: String,)+
        }

        impl SiteRecord {
            /// The text of `column`.
            pub fn value(&self, column: Column) -> &str {
                match column { $(Column::$column => &self.$field,)+ }
            }

            /// Sets the text of `column`.
            pub fn set(&mut self, column: Column, value: String) {
                match column { $(Column::$column => self.$field = value,)+ }
            }
        }
    };
}

record!(
    id = Id,
    name_ru = NameRu,
    name_kk = NameKk,
    name_en = NameEn,
    kind = Kind,
    city = City,
    address = Address,
    lat = Lat,
    lon = Lon,
    precision = Precision,
    services = Services,
    requires_id = RequiresId,
    anonymous_testing = AnonymousTesting,
    languages = Languages,
    phone = Phone,
    opening_hours = OpeningHours,
    timezone = Timezone,
    source_url = SourceUrl,
    checked_on = CheckedOn,
    demo = Demo,
);

/// The problems found so far while reading a row.
#[derive(Default)]
struct Problems(Vec<SiteProblem>);

impl Problems {
    /// The field's value, or `None` with its problem noted.
    fn take<T>(&mut self, field: Field<T>) -> Option<T> {
        field.map_err(|problem| self.0.push(problem)).ok()
    }
}

impl SiteRecord {
    /// The values of every column, in [`Column::ALL`]'s order.
    pub fn values(&self) -> Vec<&str> {
        Column::ALL.iter().map(|c| self.value(*c)).collect()
    }

    /// Checks every field, as every write of a site does (editor, profile
    /// form, each import format); on failure, every problem (not just the
    /// first).
    pub fn parse(&self) -> Result<Site, Vec<SiteProblem>> {
        self.read(true)
    }

    /// Reads a row already stored: every rule but those a row written
    /// before them may break (no formula, a phone of digits, within 50 km
    /// of its settlement), so such a row stays published until someone
    /// edits it, and then it must meet them.
    pub fn parse_stored(&self) -> Result<Site, Vec<SiteProblem>> {
        self.read(false)
    }

    fn read(&self, written: bool) -> Result<Site, Vec<SiteProblem>> {
        let mut problems = Problems::default();
        let p = &mut problems;
        let id = p.take(parse_id(&self.id));
        let names = Names {
            ru: p
                .take(required(Column::NameRu, &self.name_ru))
                .unwrap_or_default(),
            kk: p
                .take(required(Column::NameKk, &self.name_kk))
                .unwrap_or_default(),
            en: p
                .take(required(Column::NameEn, &self.name_en))
                .unwrap_or_default(),
        };
        let kind = p.take(parse_kind(&self.kind));
        let city = p.take(required(Column::City, &self.city));
        let address = optional(&self.address);
        let location = p.take(parse_location(&self.lat, &self.lon));
        let precision = p.take(parse_precision(&self.precision));
        if precision == Some(Precision::Street) && address.is_none() {
            p.take::<()>(Err(SiteProblem::new(
                Column::Address,
                "required when precision is street",
            )));
        }
        let services = p.take(parse_services(&self.services));
        let requires_id = p.take(parse_yes_no(Column::RequiresId, &self.requires_id));
        let anonymous_testing = p.take(parse_yes_no(
            Column::AnonymousTesting,
            &self.anonymous_testing,
        ));
        let languages = p.take(parse_languages(&self.languages));
        let timezone = p.take(parse_timezone(&self.timezone));
        let hours = p.take(parse_hours(&self.opening_hours)).map(|hours| {
            let country = timezone.and_then(country_of);
            match (hours, country) {
                (Some(hours), Some(country)) => Some(hours.with_public_holidays(country)),
                (hours, _) => hours,
            }
        });
        let demo = p.take(parse_demo(&self.demo));
        let source_url = p.take(parse_source_url(&self.source_url, demo));
        let phone = if written {
            p.take(parse_phone(&self.phone))
        } else {
            Some(optional(&self.phone))
        };
        if written {
            self.check_written(p, location, timezone);
        }
        let checked_on = p.take(parse_checked_on(&self.checked_on));
        if !problems.0.is_empty() {
            return Err(problems.0);
        }
        Ok(Site {
            id: id.expect("checked"),
            names,
            kind: kind.expect("checked"),
            city: city.expect("checked"),
            address,
            location: location.expect("checked"),
            precision: precision.expect("checked"),
            services: services.expect("checked"),
            requires_id: requires_id.expect("checked"),
            anonymous_testing: anonymous_testing.expect("checked"),
            languages: languages.expect("checked"),
            phone: phone.expect("checked"),
            hours: hours.expect("checked"),
            timezone: timezone.expect("checked"),
            source_url: source_url.expect("checked"),
            checked_on: checked_on.expect("checked"),
            demo: demo.expect("checked"),
            notes: None,
            staff_checked_on: None,
            staff_changed_on: None,
        })
    }

    /// The rules a row written now must meet beyond its fields' own: no
    /// text a spreadsheet would run, and a location near its settlement.
    fn check_written(
        &self,
        problems: &mut Problems,
        location: Option<crate::domain::index::latlon::LatLon>,
        timezone: Option<chrono_tz::Tz>,
    ) {
        for column in Column::ALL {
            if !matches!(column, Column::Lat | Column::Lon | Column::Phone) {
                problems.take(not_a_formula(*column, self.value(*column)));
            }
        }
        let city = self.city.trim();
        if let (Some(location), Some(timezone), false) = (location, timezone, city.is_empty()) {
            problems.take(check_place(kazakhstan(), city, location, timezone));
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use vocabulary::Service;

    pub fn record() -> SiteRecord {
        SiteRecord {
            id: "taraz-test".into(),
            name_ru: "Тест".into(),
            name_kk: "Тест".into(),
            name_en: "Test".into(),
            kind: "friendly_cabinet".into(),
            city: "Taraz".into(),
            lat: "42.9".into(),
            lon: "71.36667".into(),
            precision: "city".into(),
            services: "hiv_rapid_test:free|sti_treatment:paid".into(),
            requires_id: "no".into(),
            languages: "ru|kk".into(),
            opening_hours: "Mo-Fr 10:00-20:00".into(),
            timezone: "Asia/Almaty".into(),
            checked_on: "2026-11-22".into(),
            demo: "yes".into(),
            ..SiteRecord::default()
        }
    }

    #[test]
    fn a_record_survives_the_round_trip() {
        let site = record().parse().unwrap();
        assert_eq!(site.to_record().parse().unwrap(), site);
        assert!(site.offers_free(Service::HivRapidTest));
        assert!(!site.offers_free(Service::StiTreatment));
        assert_eq!(site.anonymous_testing, None);
    }

    #[test]
    fn every_column_is_set_and_read_by_its_column() {
        let mut record = SiteRecord::default();
        for column in Column::ALL {
            record.set(*column, column.code().to_string());
        }
        assert_eq!(record.phone, "phone");
        assert_eq!(record.value(Column::Timezone), "timezone");
        let codes: Vec<&str> = Column::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(record.values(), codes);
    }

    #[test]
    fn every_problem_of_a_row_is_reported() {
        let bad = SiteRecord {
            kind: "hospital".into(),
            lat: "north".into(),
            opening_hours: "sometimes".into(),
            demo: "no".into(),
            ..record()
        };
        let problems = bad.parse().unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
        let columns: Vec<Column> = problems.iter().map(|p| p.column).collect();
        assert_eq!(
            columns,
            [
                Column::Kind,
                Column::Lat,
                Column::OpeningHours,
                Column::SourceUrl
            ]
        );
    }
}
