//! The command line: `server` runs the app, `server import FILE` loads
//! sites, `server backup FILE -r age1…` writes an encrypted copy of the
//! database, `server user add …` creates a portal account. Configuration
//! comes from environment variables (README, "Configuration").

use crate::config::Config;
use crate::db::Db;
use crate::domain::access::account::{NewAccount, Role};
use crate::domain::formats::site_csv::RowError;
use crate::domain::sites::organisation::OrganisationChoice;
use crate::domain::sites::site::Site;
use crate::services::accounts::{self, AccountsError};
use crate::services::backup::{self, BackupError, Recipients};
use crate::services::directory;
use crate::services::import::format_of;
use crate::startup::Server;
use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

/// Senim: find the nearest friendly clinic and book a time anonymously.
/// Configured by environment variables (see the README, "Configuration").
#[derive(Parser)]
#[command(name = "server", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run Senim (what `server` alone does).
    Serve,
    /// Add or update sites from a CSV (data/README.md) or GeoJSON file:
    /// every row is checked first, and nothing is written if one is bad.
    Import {
        /// A `.csv`, `.geojson`, `.json` (GeoJSON) or `.hsds.json` file.
        file: PathBuf,
    },
    /// Write every site to FILE: `.csv`, `.geojson`, or `.hsds.json`
    /// (Open Referral HSDS 3.0 organizations), the formats `import` reads.
    Export {
        /// A file that does not exist yet.
        file: PathBuf,
    },
    /// Write a consistent copy of the database to FILE while Senim runs,
    /// encrypted to the operator's age public key(s): `age --decrypt
    /// --identity KEY FILE` on the machine that holds the private key
    /// gives the SQLite file back (on PostgreSQL, a `pg_dump` archive for
    /// `pg_restore`). See the README, "Backup and restore".
    Backup {
        /// A file that does not exist yet (created mode 0600).
        file: PathBuf,
        /// An age public key (age1…) to encrypt to (repeatable). Make the
        /// pair on another machine: `age-keygen -o senim-backup.key`.
        #[arg(short = 'r', long = "recipient", value_name = "AGE1…")]
        recipients: Vec<String>,
        /// A file of age public keys, one a line, `#` comments
        /// (repeatable).
        #[arg(short = 'R', long = "recipients-file", value_name = "FILE")]
        recipients_files: Vec<PathBuf>,
    },
    /// Portal accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a portal account; its password is read from stdin (one line).
    Add {
        /// The username: 3 to 40 of a-z, 0-9, '.', '_' and '-'.
        name: String,
        /// admin, staff, outreach or coordinator.
        #[arg(long)]
        role: String,
        /// A site a staff account manages (repeatable; staff only).
        #[arg(long = "site", value_name = "ID")]
        sites: Vec<String>,
        /// The organisation of an outreach account (outreach only): the
        /// one of that name, or a new one when there is none yet.
        #[arg(long = "organisation", visible_alias = "org", value_name = "NAME")]
        organisation: Option<String>,
        /// A region a coordinator keeps, as the settlements list names it
        /// in English, e.g. Karaganda (repeatable; coordinators only).
        #[arg(long = "region", value_name = "REGION")]
        regions: Vec<String>,
    },
}

pub async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::from_env()?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&config).await,
        Command::Import { file } => import(&config, &file).await,
        Command::Export { file } => export(&config, &file).await,
        Command::Backup {
            file,
            recipients,
            recipients_files,
        } => back_up(&config, &file, &recipients, &recipients_files).await,
        Command::User {
            command:
                UserCommand::Add {
                    name,
                    role,
                    sites,
                    organisation,
                    regions,
                },
        } => add_user(&config, &name, &role, sites, organisation, regions).await,
    }
}

async fn serve(config: &Config) -> anyhow::Result<()> {
    let server = Server::build(config).await?;
    println!("Senim is listening on http://{}", server.local_addr());
    server
        .run_until(shutdown_signal())
        .await
        .context("server stopped")
}

/// SIGTERM (from systemd, say) or Ctrl-C.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("stopping: finishing the requests under way");
}

/// Parses the whole file first; writes only if every row is valid.
async fn import(config: &Config, file: &Path) -> anyhow::Result<()> {
    let name = file.display();
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {name}"))?;
    let sites = match read_file(&name.to_string(), &text) {
        Ok(sites) => sites,
        Err(errors) => {
            eprintln!(
                "{name}: not imported, nothing changed. {} problem(s):",
                errors.len()
            );
            for error in errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let db = Db::connect(&config.database_url).await?;
    directory::import(&db, &sites).await?;
    println!("{name}: {} site(s) imported", sites.len());
    Ok(())
}

async fn export(config: &Config, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        anyhow::bail!("{} exists already: name a new file", file.display());
    }
    let db = Db::connect(&config.database_url).await?;
    let sites = directory::all_sites(&db).await?;
    let today = chrono::Utc::now().date_naive();
    let text = write_file(&file.display().to_string(), &sites, today);
    std::fs::write(file, text).with_context(|| format!("cannot write {}", file.display()))?;
    println!("{}: {} site(s) exported", file.display(), sites.len());
    Ok(())
}

/// Refuses before it touches the database if no public key is given.
async fn back_up(
    config: &Config,
    file: &Path,
    keys: &[String],
    key_files: &[PathBuf],
) -> anyhow::Result<()> {
    let files = key_files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Ok((path.display().to_string(), text))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let recipients = Recipients::parse(keys, &files)?;
    if file.exists() {
        return Err(BackupError::Exists(file.display().to_string()).into());
    }
    let db = Db::connect(&config.database_url).await?;
    backup::write_encrypted(&db, &recipients, file).await?;
    println!(
        "database copied to {}, encrypted to {} public key(s); read it with \
         age --decrypt --identity KEY {}",
        file.display(),
        recipients.len(),
        file.display()
    );
    Ok(())
}

pub fn read_file(name: &str, text: &str) -> Result<Vec<Site>, Vec<RowError>> {
    crate::services::import::read_file(name, text)
}

/// The sites in the format `name` ends with; HSDS schedules show the week
/// from `today`.
pub fn write_file(name: &str, sites: &[Site], today: chrono::NaiveDate) -> String {
    format_of(name).write(sites, today)
}

/// `server user add`: checks everything, then stores the account with an
/// argon2id hash of the password read from stdin.
async fn add_user(
    config: &Config,
    name: &str,
    role: &str,
    sites: Vec<String>,
    organisation: Option<String>,
    regions: Vec<String>,
) -> anyhow::Result<()> {
    let refuse = |error: AccountsError| -> ! {
        let message = match error {
            AccountsError::UnknownRole => {
                "--role is admin, staff, outreach or coordinator".to_string()
            }
            AccountsError::UsernameTaken => format!("{name} already exists"),
            other => other.to_string(),
        };
        eprintln!("user not added: {message}");
        std::process::exit(1);
    };
    let role = Role::from_code(role).unwrap_or_else(|| refuse(AccountsError::UnknownRole));
    let account = match role {
        Role::Coordinator => accounts::new_account(
            &crate::startup::gazetteer()?,
            name,
            role,
            vec![],
            None,
            regions,
        )
        .unwrap_or_else(|e| refuse(e)),
        _ => OrganisationChoice::named(organisation.as_deref().unwrap_or_default())
            .and_then(|organisation| NewAccount::new(name, role, sites, organisation))
            .unwrap_or_else(|e| refuse(e.into())),
    };
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .context("cannot read the password from stdin")?;
    let password = password.trim_end_matches(['\r', '\n']);
    let db = Db::connect(&config.database_url).await?;
    directory::seed_if_empty(&db).await?;
    match accounts::create(&db, None, &account, password).await {
        Ok(()) => {
            match &account.organisation {
                Some(OrganisationChoice::Named(organisation)) => println!(
                    "account added (role: {}, organisation: {})",
                    account.role.code(),
                    organisation.as_str()
                ),
                _ => println!("account added (role: {})", account.role.code()),
            }
            Ok(())
        }
        Err(error) => refuse(error),
    }
}
