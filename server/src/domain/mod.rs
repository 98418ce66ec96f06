//! Senim's domain: plain Rust, free of HTTP, SQL and Leptos. The words it
//! shares with the pages (kinds, services, languages) come from the
//! `vocabulary` crate.

pub mod account;
pub mod booking;
pub mod booking_status;
pub mod calendar;
pub mod client_key;
pub mod closures;
pub mod date_reach;
pub mod directory;
pub mod directory_cache;
pub mod faceted_index;
pub mod fhir;
pub mod gazetteer;
pub mod geo_index;
pub mod help_lines;
pub mod hours;
pub mod hsds;
pub mod indicators;
pub mod instant;
pub mod latlon;
pub mod seats;
pub mod site;
pub mod site_csv;
pub mod site_days;
pub mod site_fields;
pub mod site_geojson;
pub mod site_record;
pub mod slots;
pub mod token;
pub mod try_limit;
pub mod weekly_hours;
