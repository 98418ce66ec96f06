//! The directory in memory and how it is searched: the faceted and geographic indexes, opening day by day, place names, distances and the help lines.

pub mod directory;
pub mod directory_cache;
pub mod faceted_index;
pub mod gazetteer;
pub mod geo_index;
pub mod help_lines;
pub mod latlon;
pub mod site_days;
