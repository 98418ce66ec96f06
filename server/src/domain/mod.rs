//! Senim's domain: plain Rust, free of HTTP, SQL and Leptos. The words it
//! shares with the pages (kinds, services, languages) come from the
//! `vocabulary` crate.

pub mod access;
pub mod bookings;
pub mod clock;
pub mod day_keys;
pub mod formats;
pub mod index;
pub mod instant;
pub mod sites;
