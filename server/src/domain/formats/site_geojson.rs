//! The directory as a GeoJSON FeatureCollection: what `/api/v1/sites` serves
//! and what `server import` also accepts.

use super::site_csv::{RowError, checked_sites};
use crate::domain::sites::site::{Site, SiteRecord};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use vocabulary::{Kind, Precision, ServiceOffer, SpokenLang};

/// The directory as GeoJSON (RFC 7946); typed, so the OpenAPI document
/// describes exactly what is served.
#[derive(Debug, Serialize, ToSchema)]
pub struct SiteCollection {
    /// Always "FeatureCollection".
    #[serde(rename = "type")]
    #[schema(example = "FeatureCollection")]
    pub kind: &'static str,
    pub features: Vec<SiteFeature>,
}

/// One site: a Point at [lon, lat] and the columns of `data/sites.csv`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SiteFeature {
    /// Always "Feature".
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: String,
    pub geometry: Point,
    pub properties: SiteProperties,
}

/// A GeoJSON Point.
#[derive(Debug, Serialize, ToSchema)]
pub struct Point {
    /// Always "Point".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// [longitude, latitude] in degrees (WGS 84).
    pub coordinates: [f64; 2],
}

/// What is known of a site; `null` where it is not known.
#[derive(Debug, Serialize, ToSchema)]
pub struct SiteProperties {
    pub name_ru: String,
    pub name_kk: String,
    pub name_en: String,
    pub kind: Kind,
    pub city: String,
    pub address: Option<String>,
    /// `city`: only the settlement is known, the point is its centre.
    pub precision: Precision,
    pub services: Vec<ServiceOffer>,
    pub requires_id: Option<bool>,
    pub anonymous_testing: Option<bool>,
    pub languages: Vec<SpokenLang>,
    pub phone: Option<String>,
    /// OpenStreetMap `opening_hours` syntax; `null` when the hours are unknown.
    pub opening_hours: Option<String>,
    /// IANA time zone, e.g. "Asia/Almaty".
    pub timezone: String,
    pub source_url: Option<String>,
    /// YYYY-MM-DD: when the row was last checked against its source.
    pub checked_on: String,
    /// Made-up data for trying Senim out, not a real place.
    pub demo: bool,
}

pub fn feature_collection(sites: &[Site]) -> SiteCollection {
    SiteCollection {
        kind: "FeatureCollection",
        features: sites.iter().map(feature).collect(),
    }
}

fn feature(site: &Site) -> SiteFeature {
    SiteFeature {
        kind: "Feature",
        id: site.id.clone(),
        geometry: Point {
            kind: "Point",
            coordinates: [site.location.lon(), site.location.lat()],
        },
        properties: SiteProperties {
            name_ru: site.names.ru.clone(),
            name_kk: site.names.kk.clone(),
            name_en: site.names.en.clone(),
            kind: site.kind,
            city: site.city.clone(),
            address: site.address.clone(),
            precision: site.precision,
            services: site.services.clone(),
            requires_id: site.requires_id,
            anonymous_testing: site.anonymous_testing,
            languages: site.languages.clone(),
            phone: site.phone.clone(),
            opening_hours: site.hours.as_ref().map(|h| h.raw().to_string()),
            timezone: site.timezone.name().to_string(),
            source_url: site.source_url.clone(),
            checked_on: site.checked_on.format("%Y-%m-%d").to_string(),
            demo: site.demo,
        },
    }
}

/// Every site of a FeatureCollection, or every reason it is refused; a
/// feature's "line" is its 1-based position in `features`.
pub fn read_sites(text: &str) -> Result<Vec<Site>, Vec<RowError>> {
    let document: Value = serde_json::from_str(text).map_err(|e| {
        vec![RowError {
            line: e.line() as u64,
            reason: format!("not JSON: {e}"),
        }]
    })?;
    let features = document
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            vec![RowError {
                line: 0,
                reason: "not a GeoJSON FeatureCollection".into(),
            }]
        })?;
    let rows = features
        .iter()
        .enumerate()
        .map(|(index, feature)| (index as u64 + 1, record_of(feature)));
    checked_sites(rows)
}

fn record_of(feature: &Value) -> Result<SiteRecord, Vec<String>> {
    let coordinates = feature
        .pointer("/geometry/coordinates")
        .and_then(Value::as_array)
        .filter(|c| c.len() >= 2)
        .ok_or_else(|| vec!["geometry: a Point with [lon, lat] is required".to_string()])?;
    let properties = feature.get("properties").cloned().unwrap_or(Value::Null);
    let text = |name: &str| match properties.get(name) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let services = properties
        .get("services")
        .and_then(Value::as_array)
        .map(|offers| {
            offers
                .iter()
                .map(|offer| {
                    let service = offer.get("service").and_then(Value::as_str).unwrap_or("?");
                    let free = offer.get("free").and_then(Value::as_bool);
                    format!(
                        "{service}:{}",
                        if free == Some(true) { "free" } else { "paid" }
                    )
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .unwrap_or_default();
    let languages = properties
        .get("languages")
        .and_then(Value::as_array)
        .map(|langs| {
            langs
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("|")
        })
        .unwrap_or_default();
    let id = match feature.get("id") {
        Some(Value::String(id)) => id.clone(),
        _ => String::new(),
    };
    Ok(SiteRecord {
        id,
        name_ru: text("name_ru"),
        name_kk: text("name_kk"),
        name_en: text("name_en"),
        kind: text("kind"),
        city: text("city"),
        address: text("address"),
        lat: coordinates[1].to_string(),
        lon: coordinates[0].to_string(),
        precision: text("precision"),
        services,
        requires_id: text("requires_id"),
        anonymous_testing: text("anonymous_testing"),
        languages,
        phone: text("phone"),
        opening_hours: text("opening_hours"),
        timezone: text("timezone"),
        source_url: text("source_url"),
        checked_on: text("checked_on"),
        demo: text("demo"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sites::site_record::tests::record;

    #[test]
    fn exported_sites_import_back_the_same() {
        let site = record().parse().unwrap();
        let text = serde_json::to_string(&feature_collection(std::slice::from_ref(&site))).unwrap();
        assert_eq!(read_sites(&text).unwrap(), vec![site]);
    }

    #[test]
    fn a_feature_without_geometry_is_named() {
        let errors =
            read_sites(r#"{"type":"FeatureCollection","features":[{"id":"x"}]}"#).unwrap_err();
        assert_eq!(errors[0].line, 1);
    }
}
