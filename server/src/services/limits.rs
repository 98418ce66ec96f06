//! Limits on tries (booking-code look-ups and bookings per client,
//! bookings per outreach account, sign-in tries per username and client),
//! counted in the database so that every instance shares them, under a
//! keyed hash of the key. The hash is keyed with the current Senim day's
//! limiter key (`services::day_keys`): a window's count starts again at
//! midnight in Almaty at the latest, and once that day's key is destroyed
//! its hashes cannot be turned back, not even with the key file.

use crate::db::{self, DbError};
use crate::domain::access::spent_keys::SpentKeys;
use crate::domain::access::try_limit::TryLimit;
use crate::state::AppState;

/// Counts a try of `key`; returns the tries in its window, this one included.
pub async fn count_try(app: &AppState, limit: &TryLimit, key: &str) -> Result<u32, DbError> {
    let now = app.now();
    let key_hash = app.day_keys.limit_key_hash(limit.scope, key, now);
    let mut tx = app.db.begin().await?;
    let tries = db::tries::count(&mut tx, limit, &key_hash, now).await?;
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

/// Counts a try of `key` against every limit in `limits` (an hour's and a
/// day's, say); `false` when any of them is used up. Every window is read
/// first, so a key refused by a spent window writes nothing; the counts
/// of an allowed try are written together.
pub async fn allow_all(app: &AppState, limits: &[TryLimit], key: &str) -> Result<bool, DbError> {
    for limit in limits {
        if is_blocked(app, limit, key).await? {
            return Ok(false);
        }
    }
    let now = app.now();
    let mut tx = app.db.begin().await?;
    let mut allowed = true;
    for limit in limits {
        let key_hash = app.day_keys.limit_key_hash(limit.scope, key, now);
        allowed &= limit.allows(db::tries::count(&mut tx, limit, &key_hash, now).await?);
    }
    tx.commit().await?;
    Ok(allowed)
}

/// Whether `key` has used up its window, without counting a try. A key
/// the database said is spent is remembered (as its keyed hash) until its
/// window ends, and then refused without reading the database again.
pub async fn is_blocked(app: &AppState, limit: &TryLimit, key: &str) -> Result<bool, DbError> {
    let now = app.now();
    let key_hash = app.day_keys.limit_key_hash(limit.scope, key, now);
    let remembered = format!("{}:{key_hash}", limit.scope);
    if spent_keys(app).is_spent(&remembered, now) {
        return Ok(true);
    }
    let Some((tries, start)) = db::tries::window(&app.db, limit, &key_hash, now).await? else {
        return Ok(false);
    };
    let spent = limit.is_spent(tries);
    if spent {
        spent_keys(app).remember(remembered, start + limit.window, now);
    }
    Ok(spent)
}

fn spent_keys(app: &AppState) -> std::sync::MutexGuard<'_, SpentKeys> {
    app.spent_keys
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Forgets the tries of `key` (a sign-in that succeeded). No instance
/// remembers such a key as spent: a spent key is refused before it can
/// succeed.
pub async fn forget(app: &AppState, limit: &TryLimit, key: &str) -> Result<(), DbError> {
    let now = app.now();
    let key_hash = app.day_keys.limit_key_hash(limit.scope, key, now);
    let mut tx = app.db.begin().await?;
    db::tries::forget(&mut tx, limit, &key_hash).await?;
    tx.commit().await
}

/// Deletes every count whose window has ended (the retention job's sweep,
/// for keys that were not tried again).
pub async fn purge_ended(app: &AppState) -> Result<u64, DbError> {
    let now = app.now();
    let mut tx = app.db.begin().await?;
    let mut deleted = 0;
    for limit in TryLimit::ALL {
        deleted += db::tries::delete_ended(&mut tx, &limit, now).await?;
    }
    tx.commit().await?;
    Ok(deleted)
}
