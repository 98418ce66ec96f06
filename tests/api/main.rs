//! The JSON API and the server-rendered pages, over real HTTP.

mod booking_pages;
mod bookings;
mod nearest;
mod pages;
mod portal;
mod safety;
mod sites;
