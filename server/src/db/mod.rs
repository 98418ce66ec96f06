//! The database: the only place with SQL. Reads take the pool ([`Db`]);
//! writes take a transaction ([`Tx`]) that the services layer opens and
//! commits, so a change and its audit row are written together or not at
//! all. One module per group of tables; instants are stored as
//! [`crate::domain::instant`] writes them.

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod booking_queue;
pub mod bookings;
pub mod changes;
pub mod counts;
pub mod organisations;
pub mod reports;
pub mod schedule;
pub mod sessions;
pub mod site_reports;
pub mod sites;
pub mod staff_changes;
pub mod surges;
pub mod tries;
mod wal;

use crate::private_files;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::MigrateDatabase;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Any, AnyPool, Executor, Transaction};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Why the database could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL must start with sqlite:// or postgres://, not {0:?}")]
    Url(String),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    /// A stored value this version cannot read (an instant, a status).
    #[error("unreadable stored value: {0}")]
    Unreadable(String),
    /// The database file could not be created, or a copy not taken.
    #[error("{0}")]
    File(String),
    #[error("backup: {0}")]
    Backup(String),
    /// The SQLite booking writer has stopped (the server is stopping).
    #[error("the booking writer has stopped")]
    WriterStopped,
}

impl DbError {
    /// Whether the database cannot be reached just now (stopped,
    /// restarting, unreachable, or every connection busy for
    /// [`ACQUIRE_TIME_LIMIT`]): not a fault of the request, and over when
    /// it is back. The pool reconnects by itself.
    pub fn is_unavailable(&self) -> bool {
        match self {
            DbError::Sql(error) => is_unavailable(error),
            DbError::WriterStopped => true,
            _ => false,
        }
    }
}

/// Whether `error` is the database being unreachable (see
/// [`DbError::is_unavailable`]).
pub fn is_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL: class 08, connection exception; class 57P, the
        // server is shutting down or starting up.
        sqlx::Error::Database(error) => error
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

/// Whether `error`, or any error that caused it, is the database being
/// unreachable. (An error that wraps a [`DbError`] transparently shows the
/// `sqlx::Error` under it as its source, so both are asked.)
pub fn caused_by_unavailable(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(error) = cause {
        let db = error.downcast_ref::<DbError>();
        let sql = error.downcast_ref::<sqlx::Error>();
        if db.is_some_and(DbError::is_unavailable) || sql.is_some_and(is_unavailable) {
            return true;
        }
        cause = error.source();
    }
    false
}

/// How long a request waits for a connection before it is told the
/// database is unavailable (a `503`): short, so that while the database is
/// down every answer comes at once instead of at the request time limit.
pub const ACQUIRE_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Reads a stored instant.
fn instant(text: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    crate::domain::instant::parse(text).ok_or_else(|| DbError::Unreadable(text.to_string()))
}

/// Reads a stored booking status.
fn status(code: &str) -> Result<crate::domain::bookings::booking_status::BookingStatus> {
    crate::domain::bookings::booking_status::BookingStatus::from_code(code)
        .ok_or_else(|| DbError::Unreadable(code.to_string()))
}

pub type Result<T> = std::result::Result<T, DbError>;

/// Which database server `DATABASE_URL` names. The SQL is the same for
/// both, apart from the few places that ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// One file, embedded: the default.
    Sqlite,
    /// A shared server, for several instances.
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(DbError::Url(
                url.split(':').next().unwrap_or("").to_string(),
            ))
        }
    }
}

/// The connection pool.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    url: String,
    /// SQLite only: where bookings wait for their group commit.
    booking_queue: Option<booking_queue::BookingQueue>,
}

/// An open transaction: commit it, or dropping it rolls it back.
pub struct Tx(Transaction<'static, Any>, Backend);

/// What every SQLite connection is set to: the write-ahead log, full sync
/// (a committed booking survives a power cut), checkpoints left to a task
/// of their own (`wal`), waiting for a busy writer, foreign keys checked,
/// deleted content overwritten with zeros (`secure_delete`), and a log
/// cut back to 4 MiB whenever it starts again (`journal_size_limit`).
const SQLITE_SETTINGS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
     PRAGMA wal_autocheckpoint = 0; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;
     PRAGMA secure_delete = ON; PRAGMA journal_size_limit = 4194304;";

impl Db {
    /// Opens the database at `url`, creating it if missing, and migrates
    /// it. Several instances may start at once: migrations take a lock
    /// (PostgreSQL: an advisory lock; SQLite: the file's write lock).
    pub async fn connect(url: &str) -> Result<Db> {
        let backend = Backend::of(url)?;
        install_default_drivers();
        create_if_missing(url).await?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(ACQUIRE_TIME_LIMIT)
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        connection.execute(SQLITE_SETTINGS).await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        match backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await?,
            Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
        }
        let mut db = Db {
            pool,
            backend,
            url: url.to_string(),
            booking_queue: None,
        };
        if backend == Backend::Sqlite {
            db.booking_queue = Some(booking_queue::BookingQueue::start(db.clone()));
        }
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx(self.pool.begin().await?, self.backend))
    }

    /// Closes every connection for good: whatever needs the database then
    /// fails as it does while the database is unreachable (tests make an
    /// outage with it).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Creates the database if it does not exist yet (an SQLite file mode
/// 0600), and removes plaintext copies a killed backup left beside it.
/// Another instance may be creating it at the same moment: then it exists
/// afterwards all the same.
async fn create_if_missing(url: &str) -> Result<()> {
    if let Some(file) = sqlite_file(url) {
        create_private(&file)?;
        backup::remove_abandoned_copies_beside(&file);
    }
    if Any::database_exists(url).await? {
        return Ok(());
    }
    match Any::create_database(url).await {
        Ok(()) => Ok(()),
        Err(_) if Any::database_exists(url).await? => Ok(()),
        Err(error) => Err(error.into()),
    }
}

/// The file a SQLite `url` names; `None` for PostgreSQL or a database in
/// memory.
fn sqlite_file(url: &str) -> Option<PathBuf> {
    if Backend::of(url).ok()? != Backend::Sqlite {
        return None;
    }
    let options = SqliteConnectOptions::from_str(url).ok()?;
    let file = options.get_filename();
    let name = file.to_string_lossy();
    if name.is_empty() || name == ":memory:" || name.starts_with("file:") {
        return None;
    }
    Some(file.to_path_buf())
}

/// Creates the SQLite database file, empty and mode 0600, unless it exists:
/// SQLite gives its `-wal` and `-shm` files the database file's mode, so
/// none of them is readable by other users. An existing file open to
/// others is left as it is, with a warning.
fn create_private(file: &Path) -> Result<()> {
    match private_files::create_new(file) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            if let Err(open) = private_files::refuse_if_readable_by_others(file) {
                tracing::warn!(
                    "{open}; the database's -wal and -shm files take its mode (chmod 600 them too)"
                );
            }
            Ok(())
        }
        Err(error) => Err(DbError::File(format!(
            "cannot create the database file {}: {error}",
            file.display()
        ))),
    }
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        Ok(self.0.commit().await?)
    }
}

#[cfg(test)]
mod unavailable_tests {
    use super::*;

    #[test]
    fn an_unreachable_database_is_told_apart_from_a_fault() {
        for error in [
            sqlx::Error::PoolTimedOut,
            sqlx::Error::PoolClosed,
            sqlx::Error::Io(std::io::ErrorKind::ConnectionReset.into()),
        ] {
            assert!(caused_by_unavailable(&DbError::Sql(error)));
        }
        assert!(!caused_by_unavailable(&DbError::Unreadable("x".into())));
        assert!(!caused_by_unavailable(&DbError::Sql(
            sqlx::Error::RowNotFound
        )));
    }
}
