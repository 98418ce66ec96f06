//! Argon2 off the async workers. A password check runs on tokio's blocking
//! threads, at most [`CHECKS_AT_ONCE`] at a time, so a flood of sign-ins
//! waits here instead of stalling every page; a try for a username that
//! has no enabled account is checked against a dummy hash, so it costs the
//! same work and takes the same time as one that has.

use crate::domain::access::account::{hash_password, password_matches};
use crate::domain::access::token::random_hex;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::Semaphore;

/// Password checks that may run at once: one. Each takes ~19 MiB and one
/// core for a few tens of milliseconds (argon2id's defaults); on the
/// two-core server one check at a time leaves the other core to pages and
/// bookings however many sign-ins arrive, and staff sign in a few times a
/// day, so they never notice the queue.
pub const CHECKS_AT_ONCE: usize = 1;

#[derive(Debug, thiserror::Error)]
#[error("the password check did not run: {0}")]
pub struct PasswordError(String);

/// The gate every password check passes, and the dummy hash.
pub struct Passwords {
    gate: Semaphore,
    /// A hash of a random password nobody knows, made with the same
    /// parameters as every account's.
    dummy: String,
    checks: AtomicU64,
}

impl Passwords {
    /// Makes the dummy hash (one argon2id run).
    pub fn new() -> Passwords {
        let dummy =
            hash_password(&random_hex::<16>()).expect("hashing a random password cannot fail");
        Passwords {
            gate: Semaphore::new(CHECKS_AT_ONCE),
            dummy,
            checks: AtomicU64::new(0),
        }
    }

    /// Whether `password` matches `hash`, the stored hash of an enabled
    /// account. Without one (no such account, or a disabled one) the same
    /// check runs against the dummy hash, and the answer is `false`.
    pub async fn matches(&self, password: &str, hash: Option<&str>) -> Result<bool, PasswordError> {
        let password = password.to_string();
        let known = hash.is_some();
        let hash = hash.unwrap_or(self.dummy.as_str()).to_string();
        let _turn = self
            .gate
            .acquire()
            .await
            .map_err(|e| PasswordError(e.to_string()))?;
        self.checks.fetch_add(1, Ordering::Relaxed);
        let matches = tokio::task::spawn_blocking(move || password_matches(&password, &hash))
            .await
            .map_err(|e| PasswordError(e.to_string()))?;
        Ok(known && matches)
    }

    /// How many checks have run since start (the tests count them).
    pub fn checks(&self) -> u64 {
        self.checks.load(Ordering::Relaxed)
    }
}

impl Default for Passwords {
    fn default() -> Passwords {
        Passwords::new()
    }
}

/// An argon2id hash of a new password, made on a blocking thread (only
/// signed-in accounts and the command line make them).
pub async fn hash(password: &str) -> Result<String, PasswordError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| PasswordError(e.to_string()))?
        .map_err(|e| PasswordError(e.to_string()))
}
