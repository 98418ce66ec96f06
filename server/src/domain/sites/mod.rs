//! A listed site and the rules its fields follow: the record, its fields, its place and opening hours, reports that it is closed, changes by its staff, organisations.

pub mod closed_reports;
pub mod hours;
pub mod organisation;
pub mod site;
pub mod site_fields;
pub mod site_place;
pub mod site_record;
pub mod staff_change;
