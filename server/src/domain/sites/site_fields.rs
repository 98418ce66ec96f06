//! How each field of a site row is read and checked, one small function
//! per field: ids, names, coordinates, services with their price, yes/no
//! answers, languages, hours, zones and dates; what a problem with one is
//! ([`SiteProblem`]); and which country's public holidays `PH` means.

use super::hours::Hours;
use crate::domain::index::latlon::{LatLon, LatLonError};
use chrono::NaiveDate;
use chrono_tz::Tz;
use vocabulary::forms::Column;
use vocabulary::{Kind, Precision, Service, ServiceOffer, SpokenLang};

/// Why one column of a site row is refused: the column, so a form can
/// mark its field, and the reason, for the people who fix the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteProblem {
    pub column: Column,
    pub reason: String,
}

impl SiteProblem {
    pub fn new(column: Column, reason: impl Into<String>) -> SiteProblem {
        SiteProblem {
            column,
            reason: reason.into(),
        }
    }
}

/// `column: reason`, as an import preview and the command line list it.
impl std::fmt::Display for SiteProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.column, self.reason)
    }
}

/// A field's value, or why it is refused.
pub type Field<T> = Result<T, SiteProblem>;

/// The country whose public holidays `PH` means at a site in `tz`.
pub fn country_of(tz: Tz) -> Option<&'static str> {
    const KAZAKHSTAN: [&str; 7] = [
        "Asia/Almaty",
        "Asia/Aqtau",
        "Asia/Aqtobe",
        "Asia/Atyrau",
        "Asia/Oral",
        "Asia/Qostanay",
        "Asia/Qyzylorda",
    ];
    KAZAKHSTAN.contains(&tz.name()).then_some("KZ")
}

pub fn parse_id(text: &str) -> Field<String> {
    let id = text.trim();
    let ok = !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then(|| id.to_string()).ok_or_else(|| {
        SiteProblem::new(
            Column::Id,
            format!("use 1-80 of a-z, 0-9 and '-', not {id:?}"),
        )
    })
}

/// A field that may not be empty, trimmed.
pub fn required(column: Column, text: &str) -> Field<String> {
    let value = text.trim();
    (!value.is_empty())
        .then(|| value.to_string())
        .ok_or_else(|| SiteProblem::new(column, "required"))
}

pub fn optional(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

pub fn parse_kind(text: &str) -> Field<Kind> {
    Kind::from_code(text.trim())
        .ok_or_else(|| SiteProblem::new(Column::Kind, format!("unknown value {text:?}")))
}

pub fn parse_precision(text: &str) -> Field<Precision> {
    Precision::from_code(text.trim()).ok_or_else(|| {
        let reason = format!("must be street or city, not {text:?}");
        SiteProblem::new(Column::Precision, reason)
    })
}

pub fn parse_location(lat: &str, lon: &str) -> Field<LatLon> {
    let number = |column: Column, text: &str| {
        text.trim()
            .parse::<f64>()
            .map_err(|_| SiteProblem::new(column, format!("not a number: {text:?}")))
    };
    let (lat, lon) = (number(Column::Lat, lat)?, number(Column::Lon, lon)?);
    LatLon::new(lat, lon).map_err(|error| {
        let column = match error {
            LatLonError::Latitude => Column::Lat,
            LatLonError::Longitude => Column::Lon,
        };
        SiteProblem::new(column, error.to_string())
    })
}

pub fn parse_hours(text: &str) -> Field<Option<Hours>> {
    match optional(text) {
        None => Ok(None),
        Some(raw) => Hours::parse(&raw).map(Some).map_err(|e| {
            let reason = format!("not valid OpenStreetMap syntax ({e})");
            SiteProblem::new(Column::OpeningHours, reason)
        }),
    }
}

pub fn parse_timezone(text: &str) -> Field<Tz> {
    text.trim()
        .parse::<Tz>()
        .map_err(|_| SiteProblem::new(Column::Timezone, format!("unknown IANA zone {text:?}")))
}

pub fn parse_demo(text: &str) -> Field<bool> {
    parse_yes_no(Column::Demo, text)?
        .ok_or_else(|| SiteProblem::new(Column::Demo, "must be yes or no"))
}

/// Where a row's facts come from: required unless it is a demo row.
pub fn parse_source_url(text: &str, demo: Option<bool>) -> Field<Option<String>> {
    let problem = |reason: &str| Err(SiteProblem::new(Column::SourceUrl, reason));
    match (optional(text), demo) {
        (Some(url), _) if !(url.starts_with("https://") || url.starts_with("http://")) => {
            problem("must start with http:// or https://")
        }
        (None, Some(false)) => problem("required for every row that is not demo"),
        (url, _) => Ok(url),
    }
}

pub fn parse_checked_on(text: &str) -> Field<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        let reason = format!("must be a date YYYY-MM-DD, not {text:?}");
        SiteProblem::new(Column::CheckedOn, reason)
    })
}

pub fn parse_services(text: &str) -> Field<Vec<ServiceOffer>> {
    let problem = |reason: String| SiteProblem::new(Column::Services, reason);
    let mut offers: Vec<ServiceOffer> = vec![];
    for item in text.split('|').map(str::trim).filter(|s| !s.is_empty()) {
        let (code, price) = item
            .split_once(':')
            .ok_or_else(|| problem(format!("{item:?} must look like hiv_rapid_test:free")))?;
        let service = Service::from_code(code.trim())
            .ok_or_else(|| problem(format!("unknown service {code:?}")))?;
        let free = match price.trim() {
            "free" => true,
            "paid" => false,
            other => {
                return Err(problem(format!(
                    "price must be free or paid, not {other:?}"
                )));
            }
        };
        if offers.iter().any(|o| o.service == service) {
            return Err(problem(format!("{code} listed twice")));
        }
        offers.push(ServiceOffer { service, free });
    }
    Ok(offers)
}

pub fn parse_yes_no(column: Column, text: &str) -> Field<Option<bool>> {
    match text.trim() {
        "" => Ok(None),
        "yes" => Ok(Some(true)),
        "no" => Ok(Some(false)),
        other => Err(SiteProblem::new(
            column,
            format!("must be yes, no or empty, not {other:?}"),
        )),
    }
}

pub fn parse_languages(text: &str) -> Field<Vec<SpokenLang>> {
    text.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|code| {
            SpokenLang::from_code(code).ok_or_else(|| {
                SiteProblem::new(Column::Languages, format!("unknown language {code:?}"))
            })
        })
        .collect()
}

/// The characters a spreadsheet starts a formula with.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// Refuses text a spreadsheet would run as a formula once exported to CSV
/// (it starts with `=`, `+`, `-` or `@`), so that export and import stay
/// identical and no one can plant a formula in a coordinator's sheet.
pub fn not_a_formula(column: Column, value: &str) -> Field<()> {
    match value.trim().chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) => Err(SiteProblem::new(
            column,
            format!("must not start with {first} (a spreadsheet would run it as a formula)"),
        )),
        _ => Ok(()),
    }
}

/// A phone number: digits and only `+ ( ) - , . /` and spaces between
/// them (`+7 727 225 88 97`, `8 (7142)-39-05-80`, `65-05-29, +77718191940`).
/// With no letter, a spreadsheet reading one as a formula can at most do
/// arithmetic: it can call no function and reach nothing outside the sheet.
pub fn parse_phone(text: &str) -> Field<Option<String>> {
    let Some(phone) = optional(text) else {
        return Ok(None);
    };
    let allowed = |c: char| c.is_ascii_digit() || " +()-,./".contains(c);
    if phone.chars().all(allowed) && phone.chars().any(|c| c.is_ascii_digit()) {
        Ok(Some(phone))
    } else {
        let reason = format!("only digits, spaces and + ( ) - , . / please, not {phone:?}");
        Err(SiteProblem::new(Column::Phone, reason))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_a_spreadsheet_would_run_is_refused() {
        for value in ["=HYPERLINK(\"x\")", " +1", "-2+3", "@SUM(A1)"] {
            assert!(not_a_formula(Column::NameEn, value).is_err(), "{value}");
        }
        for value in ["Clinic = care", "", "A+", "№5"] {
            assert!(not_a_formula(Column::NameEn, value).is_ok(), "{value}");
        }
    }

    #[test]
    fn a_phone_is_digits_and_punctuation_only() {
        for phone in [
            "+7 727 225 88 97",
            "8 (7142)-39-05-80",
            "65-05-29, +77718191940",
            "38-15-85",
        ] {
            assert_eq!(parse_phone(phone), Ok(Some(phone.to_string())));
        }
        assert_eq!(parse_phone("  "), Ok(None));
        for phone in ["=1+1", "+7 CALL", "+", "+7|cmd"] {
            assert!(parse_phone(phone).is_err(), "{phone}");
        }
    }
}
