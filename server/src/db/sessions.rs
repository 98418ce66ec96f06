//! Portal sign-ins (`sessions`): only the SHA-256 of the cookie's token is
//! stored, with the session's anti-forgery token, its end and its last use
//! (written down at most once a minute).

use super::{Db, Result, Tx, instant};
use crate::domain::instant::format;
use chrono::{DateTime, Utc};

pub async fn insert(
    tx: &mut Tx,
    token_hash: &str,
    account_id: i64,
    csrf: &str,
    expires: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, account_id, csrf, expires_utc, last_seen_utc)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(csrf)
    .bind(format(expires))
    .bind(format(now))
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// A session that is still valid.
pub struct LiveSession {
    pub account_id: i64,
    /// The anti-forgery token of its forms.
    pub csrf: String,
    /// When its use was last written down.
    pub last_seen: DateTime<Utc>,
}

/// The session of `token_hash` if it has not expired at `now` and was
/// last seen after `unused_since`.
pub async fn live(
    db: &Db,
    token_hash: &str,
    now: DateTime<Utc>,
    unused_since: DateTime<Utc>,
) -> Result<Option<LiveSession>> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT account_id, csrf, last_seen_utc FROM sessions
         WHERE token_hash = $1 AND expires_utc > $2 AND last_seen_utc > $3",
    )
    .bind(token_hash)
    .bind(format(now))
    .bind(format(unused_since))
    .fetch_optional(&db.pool)
    .await?;
    row.map(|(account_id, csrf, last_seen)| {
        Ok(LiveSession {
            account_id,
            csrf,
            last_seen: instant(&last_seen)?,
        })
    })
    .transpose()
}

/// Writes down that the session of `token_hash` was used at `now`.
pub async fn seen(tx: &mut Tx, token_hash: &str, now: DateTime<Utc>) -> Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_utc = $1 WHERE token_hash = $2")
        .bind(format(now))
        .bind(token_hash)
        .execute(&mut *tx.0)
        .await?;
    Ok(())
}

/// Removes the sessions that expired by `now` or were last seen by
/// `unused_since`; returns how many.
pub async fn delete_expired(
    tx: &mut Tx,
    now: DateTime<Utc>,
    unused_since: DateTime<Utc>,
) -> Result<u64> {
    let deleted =
        sqlx::query("DELETE FROM sessions WHERE expires_utc <= $1 OR last_seen_utc <= $2")
            .bind(format(now))
            .bind(format(unused_since))
            .execute(&mut *tx.0)
            .await?;
    Ok(deleted.rows_affected())
}

pub async fn delete(tx: &mut Tx, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&mut *tx.0)
        .await?;
    Ok(())
}

/// Ends every session of an account but the one whose token hash is `keep`
/// (none kept when `keep` is `None`).
pub async fn delete_of_account(tx: &mut Tx, account_id: i64, keep: Option<&str>) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
        .bind(account_id)
        .bind(keep.unwrap_or(""))
        .execute(&mut *tx.0)
        .await?;
    Ok(())
}
