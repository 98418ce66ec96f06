//! The command line: `server` runs the app, `server import FILE` loads
//! sites, `server user add …` creates a portal account.

use crate::accounts::{self, Created};
use crate::config::Config;
use crate::domain::account::{NewAccount, Role, check_password};
use crate::domain::site::Site;
use crate::domain::site_csv::RowError;
use crate::domain::{site_csv, site_geojson};
use crate::{db, startup::Server};
use anyhow::Context;

const USAGE: &str = "usage:
  server                 run Senim (configuration: README, \"Configuration\")
  server import FILE     add or update sites from a CSV (data/README.md) or GeoJSON file
  server user add NAME --role admin|staff|outreach [--site ID]... [--org NAME]
                         create a portal account; the password is read from stdin";

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
        ["user", "add", name, options @ ..] => add_user(&config, name, options).await,
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

/// `server user add`: checks everything, then stores the account with an
/// argon2id hash of the password read from stdin (one line).
async fn add_user(config: &Config, name: &str, options: &[&str]) -> anyhow::Result<()> {
    let fail = |message: &str| -> ! {
        eprintln!("user not added: {message}");
        std::process::exit(1);
    };
    let mut role = None;
    let mut sites = vec![];
    let mut organisation = None;
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let Some(value) = rest.next() else {
            fail(&format!("{option} needs a value"));
        };
        match *option {
            "--role" => {
                role = Some(
                    Role::from_code(value)
                        .unwrap_or_else(|| fail("--role is admin, staff or outreach")),
                )
            }
            "--site" => sites.push(value.to_string()),
            "--org" => organisation = Some(value.to_string()),
            _ => fail(&format!("unknown option {option}")),
        }
    }
    let role = role.unwrap_or_else(|| fail("--role is required"));
    let account =
        NewAccount::new(name, role, sites, organisation).unwrap_or_else(|e| fail(&e.to_string()));
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .context("cannot read the password from stdin")?;
    let password = password.trim_end_matches(['\r', '\n']);
    if let Err(e) = check_password(password) {
        fail(&e.to_string());
    }
    let hash = accounts::hash_password(password)?;
    let pool = db::connect(&config.database_url).await?;
    db::seed_if_empty(&pool).await?;
    match accounts::create(&pool, &account, &hash).await? {
        Created::Created => {
            println!("account added (role: {})", role.code());
            Ok(())
        }
        Created::UsernameTaken => fail(&format!("{} already exists", account.username)),
        Created::UnknownSite(site) => fail(&format!("no site {site} in the directory")),
    }
}
