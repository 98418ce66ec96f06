//! Checkpoints of SQLite's write-ahead log, kept off the booking writer's
//! path as far as they can be. A checkpoint copies committed pages from the
//! log into the database file and syncs that file. Left to SQLite, the
//! commit that takes the log past 1,000 pages does a whole one
//! (`wal_autocheckpoint`), and every booking queued behind it waits: that
//! was most of the booking load's slowest hundredth.
//!
//! Here automatic checkpoints are off on every connection
//! (`SQLITE_SETTINGS`). A task copies the log into the database ten times a
//! second without waiting for anyone (PASSIVE). The log can only start
//! again from its beginning at a moment when all of it is copied and nobody
//! writes, so once it is longer than [`RESTART_AFTER_PAGES`] the booking
//! writer, between two groups, finishes the copy itself (only what came
//! since the last pass, without waiting for readers), and its next write
//! starts the log again: the log stays short. Durability does not
//! depend on any of this: a commit is on disk once its log is synced
//! (`synchronous = FULL`).

use super::Db;
use sqlx::Row;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::oneshot;

const EVERY: Duration = Duration::from_secs(1);

/// Log pages (4 KB each) past which the writer restarts the log.
const RESTART_AFTER_PAGES: i64 = 32_768;

/// The checkpoints of one database.
#[derive(Clone, Default)]
pub(super) struct Checkpoints {
    restart_wanted: Arc<AtomicBool>,
}

impl Checkpoints {
    /// Starts the passes over `db`; they stop when `stop` is dropped.
    pub(super) fn start(db: Db, mut stop: oneshot::Receiver<()>) -> Checkpoints {
        let checkpoints = Checkpoints::default();
        let restart_wanted = checkpoints.restart_wanted.clone();
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(EVERY);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = &mut stop => return,
                    _ = ticks.tick() => {}
                }
                match db.copy_log().await {
                    Ok(pages) if pages > RESTART_AFTER_PAGES => {
                        restart_wanted.store(true, Ordering::Relaxed)
                    }
                    Ok(_) => {}
                    Err(error) => tracing::warn!(%error, "write-ahead log checkpoint failed"),
                }
            }
        });
        checkpoints
    }

    /// Called by the writer between groups: once the log has grown long,
    /// copies the rest of it while nobody writes, so the next write starts
    /// it again from its beginning (unless a reader still reads from it;
    /// then a later pass tries again).
    pub(super) async fn between_writes(&self, db: &Db) {
        if self.restart_wanted.swap(false, Ordering::Relaxed)
            && let Err(error) = db.copy_log().await
        {
            tracing::warn!(%error, "write-ahead log restart failed");
        }
    }
}

impl Db {
    /// Copies what the log holds into the database file, as far as readers
    /// allow, without waiting for anyone; answers the log's length in pages.
    async fn copy_log(&self) -> super::Result<i64> {
        let row = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get(1)?)
    }

    /// SQLite: copies the whole log into the database file and truncates
    /// the log to nothing (waiting for readers and writers, up to the busy
    /// timeout), so rows erased or deleted before leave no copy in it.
    /// PostgreSQL: nothing (its log never holds a plain nickname).
    pub async fn truncate_log(&self) -> super::Result<()> {
        if self.backend == super::Backend::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.pool)
                .await?;
        }
        Ok(())
    }
}
