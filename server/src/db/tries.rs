//! Counts of tries per limit and key (`try_counts`), under a keyed hash of
//! the key. A window starts at a key's first try; rows whose window has
//! ended are deleted as tries come in.

use super::{Db, Result, Tx, instant};
use crate::domain::access::try_limit::TryLimit;
use crate::domain::instant::format;
use chrono::{DateTime, Utc};

/// Counts a try of `key_hash` at `now`; returns the tries in its window,
/// this one included.
pub async fn count(
    tx: &mut Tx,
    limit: &TryLimit,
    key_hash: &str,
    now: DateTime<Utc>,
) -> Result<u32> {
    let ended = format(now - limit.window);
    let tries: i64 = sqlx::query_scalar(
        "INSERT INTO try_counts (scope, key_hash, window_start_utc, tries) VALUES ($1, $2, $3, 1)
         ON CONFLICT (scope, key_hash) DO UPDATE SET
            tries = CASE WHEN try_counts.window_start_utc <= $4 THEN 1 ELSE try_counts.tries + 1 END,
            window_start_utc = CASE WHEN try_counts.window_start_utc <= $4
                THEN excluded.window_start_utc ELSE try_counts.window_start_utc END
         RETURNING tries",
    )
    .bind(limit.scope)
    .bind(key_hash)
    .bind(format(now))
    .bind(&ended)
    .fetch_one(&mut *tx.0)
    .await?;
    delete_ended(tx, limit, now).await?;
    Ok(tries as u32)
}

/// Deletes the counts of `limit` whose window ended by `now`; returns how
/// many.
pub async fn delete_ended(tx: &mut Tx, limit: &TryLimit, now: DateTime<Utc>) -> Result<u64> {
    let deleted = sqlx::query("DELETE FROM try_counts WHERE scope = $1 AND window_start_utc <= $2")
        .bind(limit.scope)
        .bind(format(now - limit.window))
        .execute(&mut *tx.0)
        .await?;
    Ok(deleted.rows_affected())
}

/// The tries of `key_hash` in its current window at `now`.
pub async fn tries(db: &Db, limit: &TryLimit, key_hash: &str, now: DateTime<Utc>) -> Result<u32> {
    Ok(window(db, limit, key_hash, now)
        .await?
        .map_or(0, |(tries, _)| tries))
}

/// The tries of `key_hash` in its current window at `now`, and when that
/// window started; `None` when it has no window open.
pub async fn window(
    db: &Db,
    limit: &TryLimit,
    key_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<(u32, DateTime<Utc>)>> {
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT tries, window_start_utc FROM try_counts
         WHERE scope = $1 AND key_hash = $2 AND window_start_utc > $3",
    )
    .bind(limit.scope)
    .bind(key_hash)
    .bind(format(now - limit.window))
    .fetch_optional(&db.pool)
    .await?;
    row.map(|(tries, start)| Ok((tries as u32, instant(&start)?)))
        .transpose()
}

/// Forgets the tries of `key_hash` (a sign-in that succeeded).
pub async fn forget(tx: &mut Tx, limit: &TryLimit, key_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM try_counts WHERE scope = $1 AND key_hash = $2")
        .bind(limit.scope)
        .bind(key_hash)
        .execute(&mut *tx.0)
        .await?;
    Ok(())
}
