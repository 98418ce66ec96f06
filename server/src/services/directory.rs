//! The directory: loading it into the in-memory index, keeping that index
//! current when the directory changes (here or in another instance) and
//! each new day, importing sites, and seeding an empty database.

use crate::db::{self, Db, DbError};
use crate::domain::bookings::slots::SlotRules;
use crate::domain::formats::site_csv::{self, RowError};
use crate::domain::index::directory::Directory;
use crate::domain::index::directory_cache::DirectoryCache;
use crate::domain::sites::site::Site;
use crate::state::AppState;
use chrono::Utc;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Every bad row, with its line number and reason; nothing was written.
    #[error("{} bad row(s)", .0.len())]
    Invalid(Vec<RowError>),
    #[error(transparent)]
    Internal(#[from] DbError),
}

/// The index of the directory as stored now.
pub async fn load(db: &Db) -> Result<DirectoryCache, DbError> {
    let version = db::sites::version(db).await?;
    let now = Utc::now();
    let directory = Directory::build(db::sites::load_all(db).await?, now);
    Ok(DirectoryCache::new(directory, (version, now.date_naive())))
}

/// Rebuilds the index if the directory changed or a day passed; `true`
/// when it did.
pub async fn refresh(app: &AppState) -> Result<bool, DbError> {
    let version = db::sites::version(&app.db).await?;
    let now = Utc::now();
    if app.directory.built_for() == (version, now.date_naive()) {
        return Ok(false);
    }
    let directory = Directory::build(db::sites::load_all(&app.db).await?, now);
    app.directory
        .replace(directory, (version, now.date_naive()));
    tracing::info!(version, "directory index rebuilt");
    Ok(true)
}

/// Adds or updates `sites`, all of them or none; every instance rebuilds
/// its index.
pub async fn import(db: &Db, sites: &[Site]) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    db::sites::upsert(&mut tx, sites).await?;
    tx.commit().await
}

/// Every site in the database, for an export.
pub async fn all_sites(db: &Db) -> Result<Vec<Site>, DbError> {
    db::sites::load_all(db).await
}

/// Loads the shipped directory (`data/sites.csv`) into an empty database;
/// its demo sites take bookings by [`SlotRules::DEMO`]. Returns how
/// many sites were added.
pub async fn seed_if_empty(db: &Db) -> Result<usize, ImportError> {
    if db::sites::count(db).await? > 0 {
        return Ok(0);
    }
    let sites = site_csv::read_sites(include_str!("../../../data/sites.csv"))
        .map_err(ImportError::Invalid)?;
    let mut tx = db.begin().await?;
    db::sites::upsert(&mut tx, &sites).await?;
    for site in sites.iter().filter(|s| s.demo && s.hours.is_some()) {
        db::schedule::set_rules(&mut tx, &site.id, &SlotRules::DEMO).await?;
    }
    tx.commit().await?;
    tracing::info!(sites = sites.len(), "directory seeded from data/sites.csv");
    Ok(sites.len())
}

/// Rebuilds the index after a change made here, so its author sees it at
/// once. A failure is logged, not returned: the change is saved, and the
/// background refresher rebuilds the index soon.
pub async fn refresh_after_change(app: &AppState) {
    if let Err(error) = refresh(app).await {
        tracing::error!(%error, "directory refresh after a change failed");
    }
}
