//! The JSON API and the server-rendered pages, over real HTTP.

mod nearest;
mod pages;
mod sites;
