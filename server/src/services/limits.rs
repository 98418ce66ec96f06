//! Limits on tries (booking-code look-ups per client, sign-in tries per
//! username and client), counted in the database so that every instance
//! shares them, under a keyed hash of the key.

use crate::db::{self, DbError};
use crate::domain::try_limit::TryLimit;
use crate::state::AppState;
use chrono::Utc;

/// Counts a try of `key`; returns the tries in its window, this one included.
pub async fn count_try(app: &AppState, limit: &TryLimit, key: &str) -> Result<u32, DbError> {
    let key_hash = app.code_key.limit_key_hash(limit.scope, key);
    let mut tx = app.db.begin().await?;
    let tries = db::tries::count(&mut tx, limit, &key_hash, Utc::now()).await?;
    tx.commit().await?;
    Ok(tries)
}

/// Counts a try of `key`; `false` when its window is used up. A key whose
/// window is already spent is refused by a read alone: a refused try
/// writes nothing.
pub async fn allow(app: &AppState, limit: &TryLimit, key: &str) -> Result<bool, DbError> {
    if is_blocked(app, limit, key).await? {
        return Ok(false);
    }
    Ok(limit.allows(count_try(app, limit, key).await?))
}

/// Whether `key` has used up its window, without counting a try.
pub async fn is_blocked(app: &AppState, limit: &TryLimit, key: &str) -> Result<bool, DbError> {
    let key_hash = app.code_key.limit_key_hash(limit.scope, key);
    let tries = db::tries::tries(&app.db, limit, &key_hash, Utc::now()).await?;
    Ok(limit.is_spent(tries))
}

/// Forgets the tries of `key` (a sign-in that succeeded).
pub async fn forget(app: &AppState, limit: &TryLimit, key: &str) -> Result<(), DbError> {
    let key_hash = app.code_key.limit_key_hash(limit.scope, key);
    let mut tx = app.db.begin().await?;
    db::tries::forget(&mut tx, limit, &key_hash).await?;
    tx.commit().await
}

/// Deletes every count whose window has ended (the retention job's sweep,
/// for keys that were not tried again).
pub async fn purge_ended(app: &AppState) -> Result<u64, DbError> {
    let now = Utc::now();
    let mut tx = app.db.begin().await?;
    let mut deleted = 0;
    for limit in [
        TryLimit::LOOKUPS,
        TryLimit::REPORTS,
        TryLimit::SIGN_INS,
        TryLimit::SIGN_INS_PER_USERNAME,
    ] {
        deleted += db::tries::delete_ended(&mut tx, &limit, now).await?;
    }
    tx.commit().await?;
    Ok(deleted)
}
