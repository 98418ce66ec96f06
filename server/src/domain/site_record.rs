//! A site as text, in the columns of `data/sites.csv` (see
//! data/README.md), and the one place where a site's fields are checked:
//! every source (CSV, GeoJSON, the database, the portal's forms) goes
//! through [`SiteRecord::parse`].

use super::gazetteer::kazakhstan;
use super::hours::Hours;
use super::site::{Names, Site};
use super::site_fields::{
    country_of, not_a_formula, optional, parse_languages, parse_location, parse_phone,
    parse_services, parse_yes_no, required, valid_id,
};
use super::site_place::check_place;
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use vocabulary::{Kind, Precision};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteRecord {
    pub id: String,
    pub name_ru: String,
    pub name_kk: String,
    pub name_en: String,
    pub kind: String,
    pub city: String,
    pub address: String,
    pub lat: String,
    pub lon: String,
    pub precision: String,
    pub services: String,
    pub requires_id: String,
    pub anonymous_testing: String,
    pub languages: String,
    pub phone: String,
    pub opening_hours: String,
    pub timezone: String,
    pub source_url: String,
    pub checked_on: String,
    pub demo: String,
}

impl SiteRecord {
    pub const COLUMNS: [&'static str; 20] = [
        "id",
        "name_ru",
        "name_kk",
        "name_en",
        "kind",
        "city",
        "address",
        "lat",
        "lon",
        "precision",
        "services",
        "requires_id",
        "anonymous_testing",
        "languages",
        "phone",
        "opening_hours",
        "timezone",
        "source_url",
        "checked_on",
        "demo",
    ];

    /// The columns named by [`Self::parse`]'s `column: reason` problems,
    /// once each, in order; a problem naming no column is about the
    /// location (`lat`).
    pub fn refused_columns(problems: &[String]) -> Vec<String> {
        let mut columns: Vec<String> = vec![];
        for problem in problems {
            let field = problem.split(':').next().unwrap_or("");
            let column = if Self::COLUMNS.contains(&field) {
                field
            } else {
                "lat"
            };
            if !columns.iter().any(|c| c == column) {
                columns.push(column.to_string());
            }
        }
        columns
    }

    /// Whether a site's staff may change this column of its profile in the
    /// portal: all but its id, kind, settlement, hours (they have their own
    /// form), time zone, source, checked date and demo mark.
    pub fn staff_may_edit(column: &str) -> bool {
        let fixed = [
            "id",
            "kind",
            "city",
            "opening_hours",
            "timezone",
            "source_url",
            "checked_on",
            "demo",
        ];
        Self::COLUMNS.contains(&column) && !fixed.contains(&column)
    }

    /// The values of [`Self::COLUMNS`], in their order.
    pub fn values(&self) -> [&str; 20] {
        [
            &self.id,
            &self.name_ru,
            &self.name_kk,
            &self.name_en,
            &self.kind,
            &self.city,
            &self.address,
            &self.lat,
            &self.lon,
            &self.precision,
            &self.services,
            &self.requires_id,
            &self.anonymous_testing,
            &self.languages,
            &self.phone,
            &self.opening_hours,
            &self.timezone,
            &self.source_url,
            &self.checked_on,
            &self.demo,
        ]
    }

    /// The value of the column named `column`, if it is one.
    pub fn value(&self, column: &str) -> Option<&str> {
        let index = Self::COLUMNS.iter().position(|c| *c == column)?;
        Some(self.values()[index])
    }

    /// Sets the column named `column` (one of [`Self::COLUMNS`]); `false`
    /// for a name that is not a column.
    pub fn set(&mut self, column: &str, value: String) -> bool {
        let field = match column {
            "id" => &mut self.id,
            "name_ru" => &mut self.name_ru,
            "name_kk" => &mut self.name_kk,
            "name_en" => &mut self.name_en,
            "kind" => &mut self.kind,
            "city" => &mut self.city,
            "address" => &mut self.address,
            "lat" => &mut self.lat,
            "lon" => &mut self.lon,
            "precision" => &mut self.precision,
            "services" => &mut self.services,
            "requires_id" => &mut self.requires_id,
            "anonymous_testing" => &mut self.anonymous_testing,
            "languages" => &mut self.languages,
            "phone" => &mut self.phone,
            "opening_hours" => &mut self.opening_hours,
            "timezone" => &mut self.timezone,
            "source_url" => &mut self.source_url,
            "checked_on" => &mut self.checked_on,
            "demo" => &mut self.demo,
            _ => return false,
        };
        *field = value;
        true
    }

    /// Checks every field, as every write of a site does (editor, profile
    /// form, each import format); on failure, every reason (not just the
    /// first).
    pub fn parse(&self) -> Result<Site, Vec<String>> {
        self.read(true)
    }

    /// Reads a row already stored: every rule but those a row written
    /// before them may break (no formula, a phone of digits, within 50 km
    /// of its settlement), so such a row stays published until someone
    /// edits it, and then it must meet them.
    pub fn parse_stored(&self) -> Result<Site, Vec<String>> {
        self.read(false)
    }

    fn read(&self, written: bool) -> Result<Site, Vec<String>> {
        let mut problems = vec![];
        let mut check = |result: Result<(), String>| {
            if let Err(problem) = result {
                problems.push(problem);
            }
        };
        let id = self.id.trim().to_string();
        check(valid_id(&id));
        let names = Names {
            ru: self.name_ru.trim().to_string(),
            kk: self.name_kk.trim().to_string(),
            en: self.name_en.trim().to_string(),
        };
        for (field, value) in [
            ("name_ru", &names.ru),
            ("name_kk", &names.kk),
            ("name_en", &names.en),
        ] {
            check(required(field, value));
        }
        let kind = Kind::from_code(self.kind.trim());
        check(
            kind.map(|_| ())
                .ok_or_else(|| format!("kind: unknown value {:?}", self.kind)),
        );
        let city = self.city.trim().to_string();
        check(required("city", &city));
        let address = optional(&self.address);
        let location = parse_location(&self.lat, &self.lon);
        check(location.as_ref().map(|_| ()).map_err(Clone::clone));
        let precision = Precision::from_code(self.precision.trim());
        check(precision.map(|_| ()).ok_or_else(|| {
            format!(
                "precision: must be street or city, not {:?}",
                self.precision
            )
        }));
        if precision == Some(Precision::Street) && address.is_none() {
            check(Err("address: required when precision is street".into()));
        }
        let services = parse_services(&self.services);
        check(services.as_ref().map(|_| ()).map_err(Clone::clone));
        let requires_id = parse_yes_no("requires_id", &self.requires_id);
        check(requires_id.as_ref().map(|_| ()).map_err(Clone::clone));
        let anonymous_testing = parse_yes_no("anonymous_testing", &self.anonymous_testing);
        check(anonymous_testing.as_ref().map(|_| ()).map_err(Clone::clone));
        let languages = parse_languages(&self.languages);
        check(languages.as_ref().map(|_| ()).map_err(Clone::clone));
        let hours = match optional(&self.opening_hours) {
            None => Ok(None),
            Some(raw) => Hours::parse(&raw)
                .map(Some)
                .map_err(|e| format!("opening_hours: not valid OpenStreetMap syntax ({e})")),
        };
        check(hours.as_ref().map(|_| ()).map_err(Clone::clone));
        let timezone = self
            .timezone
            .trim()
            .parse::<Tz>()
            .map_err(|_| format!("timezone: unknown IANA zone {:?}", self.timezone));
        check(timezone.as_ref().map(|_| ()).map_err(Clone::clone));
        let hours = match (hours, &timezone) {
            (Ok(Some(hours)), Ok(tz)) => Ok(Some(match country_of(*tz) {
                Some(country) => hours.with_public_holidays(country),
                None => hours,
            })),
            (hours, _) => hours,
        };
        let demo = match parse_yes_no("demo", &self.demo) {
            Ok(Some(demo)) => Ok(demo),
            Ok(None) => Err("demo: must be yes or no".to_string()),
            Err(e) => Err(e),
        };
        check(demo.as_ref().map(|_| ()).map_err(Clone::clone));
        let source_url = optional(&self.source_url);
        match (&source_url, &demo) {
            (Some(url), _) if !(url.starts_with("https://") || url.starts_with("http://")) => {
                check(Err("source_url: must start with http:// or https://".into()))
            }
            (None, Ok(false)) => check(Err(
                "source_url: required for every row that is not demo".into()
            )),
            _ => {}
        }
        let phone = if written {
            parse_phone(&self.phone)
        } else {
            Ok(optional(&self.phone))
        };
        check(phone.as_ref().map(|_| ()).map_err(Clone::clone));
        if written {
            for column in Self::COLUMNS {
                if !["lat", "lon", "phone"].contains(&column) {
                    check(not_a_formula(column, self.value(column).unwrap_or("")));
                }
            }
            if let (Ok(location), Ok(timezone), false) = (&location, &timezone, city.is_empty()) {
                check(check_place(kazakhstan(), &city, *location, *timezone));
            }
        }
        let checked_on =
            NaiveDate::parse_from_str(self.checked_on.trim(), "%Y-%m-%d").map_err(|_| {
                format!(
                    "checked_on: must be a date YYYY-MM-DD, not {:?}",
                    self.checked_on
                )
            });
        check(checked_on.as_ref().map(|_| ()).map_err(Clone::clone));

        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Site {
            id,
            names,
            kind: kind.expect("checked"),
            city,
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
            source_url,
            checked_on: checked_on.expect("checked"),
            demo: demo.expect("checked"),
            notes: None,
            staff_checked_on: None,
            staff_changed_on: None,
        })
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
    fn every_column_can_be_set_by_name() {
        let mut record = SiteRecord::default();
        for column in SiteRecord::COLUMNS {
            assert!(record.set(column, column.to_string()), "{column}");
        }
        assert_eq!(record.phone, "phone");
        assert_eq!(record.value("timezone"), Some("timezone"));
        assert_eq!(record.values(), SiteRecord::COLUMNS);
        assert!(!record.set("notes", String::new()));
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
        assert!(problems.iter().any(|p| p.starts_with("source_url")));
    }
}
