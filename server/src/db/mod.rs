//! The database: the only place with SQL. Reads take the pool ([`Db`]);
//! writes take a transaction ([`Tx`]) that the services layer opens and
//! commits, so a change and its audit row are written together or not at
//! all. One module per group of tables; instants are stored as
//! [`crate::domain::instant`] writes them.

pub mod accounts;
pub mod audit;
pub mod bookings;
pub mod reports;
pub mod schedule;
pub mod sessions;
pub mod sites;
pub mod tries;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use std::str::FromStr;

/// Why the database could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL is not a valid SQLite URL: {0}")]
    Url(sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    /// A stored value this version cannot read (an instant, a status).
    #[error("unreadable stored value: {0}")]
    Unreadable(String),
}

/// Reads a stored instant.
fn instant(text: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    crate::domain::instant::parse(text).ok_or_else(|| DbError::Unreadable(text.to_string()))
}

/// Reads a stored booking status.
fn status(code: &str) -> Result<crate::domain::booking_status::BookingStatus> {
    crate::domain::booking_status::BookingStatus::from_code(code)
        .ok_or_else(|| DbError::Unreadable(code.to_string()))
}

pub type Result<T> = std::result::Result<T, DbError>;

/// The connection pool.
#[derive(Clone, Debug)]
pub struct Db {
    pool: SqlitePool,
}

/// An open transaction: commit it, or dropping it rolls it back.
pub struct Tx(Transaction<'static, Sqlite>);

impl Db {
    /// Opens (creating if missing) and migrates the database at `url`.
    pub async fn connect(url: &str) -> Result<Db> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(DbError::Url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(std::time::Duration::from_secs(5))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Db { pool })
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx(self.pool.begin().await?))
    }
}

impl Db {
    /// Writes a consistent copy of the whole database to `path`, while the
    /// server runs (SQLite's `VACUUM INTO`). The file must not exist yet.
    pub async fn back_up_to(&self, path: &std::path::Path) -> Result<()> {
        sqlx::query("VACUUM INTO $1")
            .bind(path.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        Ok(self.0.commit().await?)
    }
}
