//! The command line: `server` runs the app, `server import FILE` loads sites.

use crate::config::Config;
use crate::domain::site::Site;
use crate::domain::site_csv::RowError;
use crate::domain::{site_csv, site_geojson};
use crate::{db, startup::Server};
use anyhow::Context;

const USAGE: &str = "usage:
  server                 run Senim (configuration: README, \"Configuration\")
  server import FILE     add or update sites from a CSV (data/README.md) or GeoJSON file";

pub async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = Config::from_env()?;
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["serve"] => serve(&config).await,
        ["import", file] => import(&config, file).await,
        _ => {
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    }
}

async fn serve(config: &Config) -> anyhow::Result<()> {
    let server = Server::build(config).await?;
    println!("Senim is listening on http://{}", server.local_addr());
    server.run().await.context("server stopped")
}

/// Parses the whole file first; writes only if every row is valid.
async fn import(config: &Config, file: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
    let sites = match read_file(file, &text) {
        Ok(sites) => sites,
        Err(errors) => {
            eprintln!(
                "{file}: not imported, nothing changed. {} problem(s):",
                errors.len()
            );
            for error in errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let pool = db::connect(&config.database_url).await?;
    db::upsert_sites(&pool, &sites).await?;
    println!("{file}: {} site(s) imported", sites.len());
    Ok(())
}

/// GeoJSON by extension (`.geojson`, `.json`), CSV otherwise.
pub fn read_file(name: &str, text: &str) -> Result<Vec<Site>, Vec<RowError>> {
    let lower = name.to_lowercase();
    if lower.ends_with(".geojson") || lower.ends_with(".json") {
        site_geojson::read_sites(text)
    } else {
        site_csv::read_sites(text)
    }
}
