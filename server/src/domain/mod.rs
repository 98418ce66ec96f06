//! Senim's domain: plain Rust, free of HTTP, SQL and Leptos.

pub mod account;
pub mod booking;
pub mod directory;
pub mod gazetteer;
pub mod geo_index;
pub mod hours;
pub mod indicators;
pub mod latlon;
pub mod site;
pub mod site_csv;
pub mod site_geojson;
pub mod slots;
pub mod weekly_hours;
