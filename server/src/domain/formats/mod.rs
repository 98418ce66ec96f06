//! The open formats a directory is read from and written to: CSV, GeoJSON, HSDS and FHIR.

pub mod fhir;
pub mod hsds;
pub mod site_csv;
pub mod site_geojson;
