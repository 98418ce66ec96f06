//! A consistent copy of the whole database, taken while Senim runs, read as
//! one stream of bytes so that `server backup` encrypts it as it writes.
//! SQLite: `VACUUM INTO` a file in a private directory (0700) beside the
//! database, removed when the copy has been read; PostgreSQL: the output of
//! `pg_dump --format=custom`, never written to disk in plain. A plaintext
//! copy left by a backup that was killed is removed by the next start or
//! backup: it would keep rows the retention has since deleted.

use super::{Backend, Db, DbError, Result};
use crate::private_files::{self, PrivateDir};
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

/// The copy being read. [`Dump::finish`] says whether it was whole.
pub struct Dump(Source);

enum Source {
    /// The `VACUUM INTO` file, open; its directory goes when this does.
    Sqlite { file: File, _plaintext: PrivateDir },
    /// `pg_dump` writing to us.
    Postgres { pg_dump: Child, output: ChildStdout },
}

impl Db {
    /// Starts a copy of the whole database: for SQLite a file that
    /// `sqlite3` opens, for PostgreSQL an archive that `pg_restore` reads.
    pub async fn dump(&self) -> Result<Dump> {
        match self.backend {
            Backend::Sqlite => self.vacuum_into_private_file().await,
            Backend::Postgres => start_pg_dump(&self.url),
        }
    }

    async fn vacuum_into_private_file(&self) -> Result<Dump> {
        let database = super::sqlite_file(&self.url)
            .ok_or_else(|| DbError::Backup("an in-memory database has no copy".into()))?;
        let beside = directory_of(&database);
        remove_abandoned_copies(&beside);
        let plaintext = PrivateDir::create_in(&beside, COPY_PREFIX).map_err(|e| {
            DbError::Backup(format!(
                "cannot create a private directory in {}: {e}",
                beside.display()
            ))
        })?;
        let copy = plaintext.path().join("copy.db");
        // VACUUM INTO writes into an empty file that exists: this one is 0600.
        private_files::create_new(&copy)
            .map_err(|e| DbError::Backup(format!("cannot create {}: {e}", copy.display())))?;
        sqlx::query("VACUUM INTO $1")
            .bind(copy.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await?;
        let file = File::open(&copy)
            .map_err(|e| DbError::Backup(format!("cannot read {}: {e}", copy.display())))?;
        Ok(Dump(Source::Sqlite {
            file,
            _plaintext: plaintext,
        }))
    }
}

/// The name every plaintext copy's directory starts with.
const COPY_PREFIX: &str = ".senim-backup-";

/// A copy's directory older than this is one a killed backup left.
const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

fn directory_of(database: &Path) -> PathBuf {
    match database.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => ".".into(),
    }
}

/// Removes the plaintext copies beside the SQLite `database` that a backup
/// killed before it finished left behind (older than an hour: a backup
/// under way keeps its own).
pub(super) fn remove_abandoned_copies_beside(database: &Path) {
    remove_abandoned_copies(&directory_of(database));
}

fn remove_abandoned_copies(directory: &Path) {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    for entry in entries.flatten() {
        let abandoned = entry.file_name().to_string_lossy().starts_with(COPY_PREFIX)
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|modified| modified.elapsed().unwrap_or_default() > ABANDONED_AFTER);
        if abandoned && std::fs::remove_dir_all(entry.path()).is_ok() {
            tracing::info!("removed a backup's plaintext copy left by a killed backup");
        }
    }
}

fn start_pg_dump(url: &str) -> Result<Dump> {
    let mut pg_dump = Command::new("pg_dump")
        .arg("--format=custom")
        .arg(format!("--dbname={url}"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| {
            DbError::Backup(match e.kind() {
                io::ErrorKind::NotFound => "pg_dump was not found: install PostgreSQL's client \
                                            tools (Debian: postgresql-client) of the server's \
                                            version"
                    .to_string(),
                _ => format!("cannot start pg_dump: {e}"),
            })
        })?;
    let output = pg_dump.stdout.take().expect("pg_dump's output is piped");
    Ok(Dump(Source::Postgres { pg_dump, output }))
}

impl Read for Dump {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        match &mut self.0 {
            Source::Sqlite { file, .. } => file.read(buffer),
            Source::Postgres { output, .. } => output.read(buffer),
        }
    }
}

impl Dump {
    /// Whether the copy read was whole: for PostgreSQL, whether `pg_dump`
    /// succeeded (its own message is on standard error). Removes SQLite's
    /// plaintext copy.
    pub fn finish(self) -> Result<()> {
        match self.0 {
            Source::Sqlite { .. } => Ok(()),
            Source::Postgres {
                mut pg_dump,
                output,
            } => {
                drop(output);
                let status = pg_dump
                    .wait()
                    .map_err(|e| DbError::Backup(format!("pg_dump: {e}")))?;
                if status.success() {
                    Ok(())
                } else {
                    Err(DbError::Backup(format!(
                        "pg_dump failed ({status}); its message is above"
                    )))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_a_killed_backup_left_is_removed_and_one_under_way_is_kept() {
        let dir = PrivateDir::create_in(&std::env::temp_dir(), "senim-test-").unwrap();
        let database = dir.path().join("senim.db");
        let left = PrivateDir::create_in(dir.path(), COPY_PREFIX).unwrap();
        std::fs::write(left.path().join("copy.db"), b"plaintext").unwrap();
        let two_hours_ago = std::time::SystemTime::now() - 2 * ABANDONED_AFTER;
        File::open(left.path())
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        let under_way = PrivateDir::create_in(dir.path(), COPY_PREFIX).unwrap();
        let other = dir.path().join("senim.db-wal");
        std::fs::write(&other, b"log").unwrap();

        remove_abandoned_copies_beside(&database);
        assert!(!left.path().exists());
        assert!(under_way.path().exists());
        assert!(other.exists());
    }
}
