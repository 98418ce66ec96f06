//! What the running server holds: fields only. The services read and change
//! it; `startup` fills it.

use crate::db::Db;
use crate::domain::access::spent_keys::SpentKeys;
use crate::domain::bookings::booking::CodeKey;
use crate::domain::bookings::surge::Surges;
use crate::domain::clock::Clock;
use crate::domain::index::directory::Directory;
use crate::domain::index::directory_cache::DirectoryCache;
use crate::domain::index::gazetteer::Gazetteer;
use crate::services::day_keys::DayKeys;
use crate::services::passwords::Passwords;
use std::sync::{Arc, Mutex};

pub struct AppState {
    pub db: Db,
    /// The time (tests move it forward).
    pub clock: Clock,
    /// The published directory's index, rebuilt when it changes.
    pub directory: DirectoryCache,
    /// The settlements people search from.
    pub gazetteer: Gazetteer,
    /// The secret booking codes are derived and hashed with.
    pub code_key: CodeKey,
    /// The day keys nicknames are sealed under and limiter hashes keyed
    /// with (the key state file beside the key file).
    pub day_keys: DayKeys,
    /// The site is served over HTTPS: responses carry HSTS, and the
    /// portal cookie is `__Host-` and `Secure`.
    pub secure_cookies: bool,
    /// Password checks, off the async workers and a few at a time.
    pub passwords: Passwords,
    /// A portal session unused this long ends.
    pub session_idle: chrono::Duration,
    /// `SENIM_RETENTION_DAYS`: how long after a visit's day what it left
    /// is kept at most.
    pub retention_days: u32,
    /// `SENIM_AUDIT_DAYS`: how long an audit row lives.
    pub audit_days: u32,
    /// Days after its last check that a site shows "not checked since".
    pub stale_after_days: u32,
    /// `SENIM_LOAD_TEST`: no booking caps and no surge slow-down.
    pub load_test: bool,
    /// Limit keys the database said are spent, until their window ends.
    pub spent_keys: Mutex<SpentKeys>,
    /// The bookings arriving at each site this minute (this instance's).
    pub surges: Mutex<Surges>,
}

impl AppState {
    /// The current directory index (cheap: an `Arc`).
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.get()
    }

    /// Now, by the server's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}
