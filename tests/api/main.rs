//! The JSON API and the server-rendered pages, over real HTTP.

mod booking_pages;
mod bookings;
mod faults;
mod hsds;
mod nearest;
mod page_cache;
mod pages;
mod portal;
mod portal_access;
mod portal_admin;
mod portal_coordinators;
mod portal_directory;
mod portal_import;
mod portal_profile;
mod portal_reception;
mod portal_reports;
mod portal_schedule;
mod portal_support;
mod proxy;
mod safety;
mod same_status;
mod site_reports;
mod sites;
mod staleness;
