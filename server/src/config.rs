//! Configuration from environment variables, with documented defaults
//! (README, "Configuration").

use anyhow::Context;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    /// `LEPTOS_SITE_ADDR`, default 127.0.0.1:3000; port 0 picks a free port.
    pub site_addr: SocketAddr,
    /// `DATABASE_URL`, default `sqlite://senim.db?mode=rwc`.
    pub database_url: String,
    /// `LEPTOS_SITE_ROOT`, default `target/site`: the built CSS, JS and WebAssembly.
    pub site_root: String,
    /// `SENIM_REFRESH_SECONDS`, default 2: how often to look for directory changes.
    pub refresh_every: Duration,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let var =
            |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
        Ok(Config {
            site_addr: var("LEPTOS_SITE_ADDR", "127.0.0.1:3000")
                .parse()
                .context("LEPTOS_SITE_ADDR must be an address like 127.0.0.1:3000")?,
            database_url: var("DATABASE_URL", "sqlite://senim.db?mode=rwc"),
            site_root: var("LEPTOS_SITE_ROOT", "target/site"),
            refresh_every: Duration::from_secs(
                var("SENIM_REFRESH_SECONDS", "2")
                    .parse()
                    .context("SENIM_REFRESH_SECONDS must be a whole number")?,
            ),
        })
    }
}
