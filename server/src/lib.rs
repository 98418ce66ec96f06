//! Senim's server: everything only a server has. `domain` is plain Rust;
//! the rest adapts it to HTTP, SQL and the command line.

pub mod accounts;
pub mod api;
pub mod booking;
pub mod booking_pages;
pub mod booking_present;
pub mod booking_store;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod lookup_limit;
pub mod page_render;
pub mod portal;
pub mod present;
pub mod report_store;
pub mod sessions;
pub mod startup;
pub mod state;
