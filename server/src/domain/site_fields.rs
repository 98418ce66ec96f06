//! How each field of a site row is read and checked: ids, names,
//! coordinates, services with their price, yes/no answers, languages, and
//! which country's public holidays `PH` means.

use super::latlon::LatLon;
use chrono_tz::Tz;
use vocabulary::{Service, ServiceOffer, SpokenLang};

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

pub fn valid_id(id: &str) -> Result<(), String> {
    let ok = !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then_some(())
        .ok_or_else(|| format!("id: use 1-80 of a-z, 0-9 and '-', not {id:?}"))
}

pub fn required(field: &str, value: &str) -> Result<(), String> {
    (!value.is_empty())
        .then_some(())
        .ok_or_else(|| format!("{field}: required"))
}

pub fn optional(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

pub fn parse_location(lat: &str, lon: &str) -> Result<LatLon, String> {
    let lat: f64 = lat
        .trim()
        .parse()
        .map_err(|_| format!("lat: not a number: {lat:?}"))?;
    let lon: f64 = lon
        .trim()
        .parse()
        .map_err(|_| format!("lon: not a number: {lon:?}"))?;
    LatLon::new(lat, lon).map_err(|e| e.to_string())
}

pub fn parse_services(text: &str) -> Result<Vec<ServiceOffer>, String> {
    let mut offers: Vec<ServiceOffer> = vec![];
    for item in text.split('|').map(str::trim).filter(|s| !s.is_empty()) {
        let (code, price) = item
            .split_once(':')
            .ok_or_else(|| format!("services: {item:?} must look like hiv_rapid_test:free"))?;
        let service = Service::from_code(code.trim())
            .ok_or_else(|| format!("services: unknown service {code:?}"))?;
        let free = match price.trim() {
            "free" => true,
            "paid" => false,
            other => {
                return Err(format!(
                    "services: price must be free or paid, not {other:?}"
                ));
            }
        };
        if offers.iter().any(|o| o.service == service) {
            return Err(format!("services: {code} listed twice"));
        }
        offers.push(ServiceOffer { service, free });
    }
    Ok(offers)
}

pub fn parse_yes_no(field: &str, text: &str) -> Result<Option<bool>, String> {
    match text.trim() {
        "" => Ok(None),
        "yes" => Ok(Some(true)),
        "no" => Ok(Some(false)),
        other => Err(format!("{field}: must be yes, no or empty, not {other:?}")),
    }
}

pub fn parse_languages(text: &str) -> Result<Vec<SpokenLang>, String> {
    text.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|code| {
            SpokenLang::from_code(code)
                .ok_or_else(|| format!("languages: unknown language {code:?}"))
        })
        .collect()
}

/// The characters a spreadsheet starts a formula with.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// Refuses text a spreadsheet would run as a formula once exported to CSV
/// (it starts with `=`, `+`, `-` or `@`), so that export and import stay
/// identical and no one can plant a formula in a coordinator's sheet.
pub fn not_a_formula(field: &str, value: &str) -> Result<(), String> {
    match value.trim().chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) => Err(format!(
            "{field}: must not start with {first} (a spreadsheet would run it as a formula)"
        )),
        _ => Ok(()),
    }
}

/// A phone number: digits and only `+ ( ) - , . /` and spaces between
/// them (`+7 727 225 88 97`, `8 (7142)-39-05-80`, `65-05-29, +77718191940`).
/// With no letter, a spreadsheet reading one as a formula can at most do
/// arithmetic: it can call no function and reach nothing outside the sheet.
pub fn parse_phone(text: &str) -> Result<Option<String>, String> {
    let Some(phone) = optional(text) else {
        return Ok(None);
    };
    let allowed = |c: char| c.is_ascii_digit() || " +()-,./".contains(c);
    if phone.chars().all(allowed) && phone.chars().any(|c| c.is_ascii_digit()) {
        Ok(Some(phone))
    } else {
        Err(format!(
            "phone: only digits, spaces and + ( ) - , . / please, not {phone:?}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_a_spreadsheet_would_run_is_refused() {
        for value in ["=HYPERLINK(\"x\")", " +1", "-2+3", "@SUM(A1)"] {
            assert!(not_a_formula("name_en", value).is_err(), "{value}");
        }
        for value in ["Clinic = care", "", "A+", "№5"] {
            assert!(not_a_formula("name_en", value).is_ok(), "{value}");
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
