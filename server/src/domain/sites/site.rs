//! A site of the directory, as checked by [`SiteRecord::parse`].

use super::hours::Hours;
use crate::domain::index::latlon::LatLon;
use chrono::NaiveDate;
use chrono_tz::Tz;
use vocabulary::{Kind, Lang, Precision, Service, ServiceOffer, SpokenLang};

pub use super::site_record::SiteRecord;
pub use vocabulary::forms::Column;

#[derive(Clone, Debug, PartialEq)]
pub struct Names {
    pub ru: String,
    pub kk: String,
    pub en: String,
}

impl Names {
    /// The name in `lang`, or in the language `lang` shows names in.
    pub fn get(&self, lang: Lang) -> &str {
        match lang.names_in() {
            Lang::Kk => &self.kk,
            Lang::En => &self.en,
            _ => &self.ru,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub id: String,
    pub names: Names,
    pub kind: Kind,
    pub city: String,
    pub address: Option<String>,
    pub location: LatLon,
    pub precision: Precision,
    pub services: Vec<ServiceOffer>,
    pub requires_id: Option<bool>,
    pub anonymous_testing: Option<bool>,
    pub languages: Vec<SpokenLang>,
    pub phone: Option<String>,
    /// `None` when the hours are not known.
    pub hours: Option<Hours>,
    pub timezone: Tz,
    pub source_url: Option<String>,
    pub checked_on: NaiveDate,
    pub demo: bool,
    /// A note from the site's staff (portal only, not in the CSV).
    pub notes: Option<String>,
    /// When the site's staff last confirmed its profile in the portal.
    pub staff_checked_on: Option<NaiveDate>,
    /// The day of the latest change by its staff to its address,
    /// coordinates or phone, while no coordinator has reviewed it.
    pub staff_changed_on: Option<NaiveDate>,
}

/// The longest note staff can leave on a site's page.
pub const MAX_NOTES_CHARS: usize = vocabulary::limits::SITE_NOTES_MAX_CHARS;

impl Site {
    /// The site's name in `lang`.
    pub fn name(&self, lang: Lang) -> String {
        self.names.get(lang).to_string()
    }

    /// The site back as text, the inverse of [`SiteRecord::parse`].
    pub fn to_record(&self) -> SiteRecord {
        let yes_no = |value: Option<bool>| match value {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        SiteRecord {
            id: self.id.clone(),
            name_ru: self.names.ru.clone(),
            name_kk: self.names.kk.clone(),
            name_en: self.names.en.clone(),
            kind: self.kind.code().into(),
            city: self.city.clone(),
            address: self.address.clone().unwrap_or_default(),
            lat: self.location.lat().to_string(),
            lon: self.location.lon().to_string(),
            precision: self.precision.code().into(),
            services: self
                .services
                .iter()
                .map(|o| {
                    format!(
                        "{}:{}",
                        o.service.code(),
                        if o.free { "free" } else { "paid" }
                    )
                })
                .collect::<Vec<_>>()
                .join("|"),
            requires_id: yes_no(self.requires_id).into(),
            anonymous_testing: yes_no(self.anonymous_testing).into(),
            languages: self
                .languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join("|"),
            phone: self.phone.clone().unwrap_or_default(),
            opening_hours: self
                .hours
                .as_ref()
                .map(|h| h.raw().to_string())
                .unwrap_or_default(),
            timezone: self.timezone.name().into(),
            source_url: self.source_url.clone().unwrap_or_default(),
            checked_on: self.checked_on.format("%Y-%m-%d").to_string(),
            demo: yes_no(Some(self.demo)).into(),
        }
    }

    /// When the site was last checked: by research or by its staff.
    pub fn last_checked(&self) -> NaiveDate {
        self.staff_checked_on
            .map_or(self.checked_on, |staff| staff.max(self.checked_on))
    }

    /// The last check, when it is more than `max_age_days` before `today`.
    pub fn not_checked_since(&self, today: NaiveDate, max_age_days: u32) -> Option<NaiveDate> {
        let last = self.last_checked();
        ((today - last).num_days() > i64::from(max_age_days)).then_some(last)
    }

    /// Offers `service` for free.
    pub fn offers_free(&self, service: Service) -> bool {
        self.services.iter().any(|o| o.service == service && o.free)
    }

    pub fn offers(&self, service: Service) -> bool {
        self.services.iter().any(|o| o.service == service)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::sites::site_record::tests::record;
    use chrono::NaiveDate;

    #[test]
    fn a_site_is_stale_after_its_last_check_by_research_or_staff() {
        let mut site = record().parse().unwrap();
        site.checked_on = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert_eq!(site.not_checked_since(day(6, 30), 180), None, "180 days");
        assert_eq!(site.not_checked_since(day(7, 1), 180), Some(day(1, 1)));
        site.staff_checked_on = Some(day(5, 1));
        assert_eq!(site.not_checked_since(day(7, 1), 180), None);
        assert_eq!(site.not_checked_since(day(11, 1), 180), Some(day(5, 1)));
    }
}
