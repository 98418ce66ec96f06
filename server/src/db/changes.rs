//! How an instance hears that the directory changed. PostgreSQL announces
//! each change on a channel (NOTIFY, delivered when the change commits), so
//! every instance rebuilds its index at once; SQLite has no such thing, and
//! the refresher looks at `directory_version` on a timer.

use super::{Backend, Db, Result, Tx};
use sqlx::postgres::PgListener;

const CHANNEL: &str = "senim_directory";

/// A subscription to directory changes.
pub struct DirectoryChanges(Option<PgListener>);

impl Db {
    /// Subscribes to directory changes (on SQLite, none will be announced).
    pub async fn directory_changes(&self) -> Result<DirectoryChanges> {
        if self.backend != Backend::Postgres {
            return Ok(DirectoryChanges(None));
        }
        let mut listener = PgListener::connect(&self.url).await?;
        listener.listen(CHANNEL).await?;
        Ok(DirectoryChanges(Some(listener)))
    }
}

impl DirectoryChanges {
    /// Waits for the next announced change; on SQLite, forever. When the
    /// connection was lost it says so once, and listens again on the next
    /// call (changes made meanwhile are found by the timer).
    pub async fn next(&mut self) -> Result<()> {
        match &mut self.0 {
            Some(listener) => {
                listener.recv().await?;
                Ok(())
            }
            None => std::future::pending().await,
        }
    }
}

/// Announces, when `tx` commits, that the directory changed.
pub(super) async fn announce(tx: &mut Tx) -> Result<()> {
    if tx.1 == Backend::Postgres {
        sqlx::query(&format!("NOTIFY {CHANNEL}"))
            .execute(&mut *tx.0)
            .await?;
    }
    Ok(())
}
