//! The directory as a GeoJSON FeatureCollection: what `/api/v1/sites` serves
//! and what `server import` also accepts.

use super::site::{Site, SiteRecord};
use super::site_csv::{RowError, checked_sites};
use serde_json::{Value, json};

pub fn feature_collection(sites: &[Site]) -> Value {
    json!({
        "type": "FeatureCollection",
        "features": sites.iter().map(feature).collect::<Vec<_>>(),
    })
}

fn feature(site: &Site) -> Value {
    json!({
        "type": "Feature",
        "id": site.id,
        "geometry": { "type": "Point", "coordinates": [site.location.lon(), site.location.lat()] },
        "properties": {
            "name_ru": site.names.ru,
            "name_kk": site.names.kk,
            "name_en": site.names.en,
            "kind": site.kind,
            "city": site.city,
            "address": site.address,
            "precision": site.precision,
            "services": site.services,
            "requires_id": site.requires_id,
            "anonymous_testing": site.anonymous_testing,
            "languages": site.languages,
            "phone": site.phone,
            "opening_hours": site.hours.as_ref().map(|h| h.raw()),
            "timezone": site.timezone.name(),
            "source_url": site.source_url,
            "checked_on": site.checked_on.format("%Y-%m-%d").to_string(),
            "demo": site.demo,
        }
    })
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
    use crate::domain::site_record::tests::record;

    #[test]
    fn exported_sites_import_back_the_same() {
        let site = record().parse().unwrap();
        let text = feature_collection(std::slice::from_ref(&site)).to_string();
        assert_eq!(read_sites(&text).unwrap(), vec![site]);
    }

    #[test]
    fn a_feature_without_geometry_is_named() {
        let errors =
            read_sites(r#"{"type":"FeatureCollection","features":[{"id":"x"}]}"#).unwrap_err();
        assert_eq!(errors[0].line, 1);
    }
}
