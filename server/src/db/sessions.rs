//! Portal sign-ins (`sessions`): only the SHA-256 of the cookie's token is
//! stored, with the session's anti-forgery token.

use super::{Db, Result, Tx};
use crate::domain::instant::format;
use chrono::{DateTime, Utc};

pub async fn insert(
    tx: &mut Tx,
    token_hash: &str,
    account_id: i64,
    csrf: &str,
    expires: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, account_id, csrf, expires_utc) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(csrf)
    .bind(format(expires))
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// The account and anti-forgery token of a session that has not expired
/// at `now`.
pub async fn live(db: &Db, token_hash: &str, now: DateTime<Utc>) -> Result<Option<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT account_id, csrf FROM sessions WHERE token_hash = $1 AND expires_utc > $2",
    )
    .bind(token_hash)
    .bind(format(now))
    .fetch_optional(&db.pool)
    .await?)
}

/// Removes the sessions that expired before `now`; returns how many.
pub async fn delete_expired(tx: &mut Tx, now: DateTime<Utc>) -> Result<u64> {
    let deleted = sqlx::query("DELETE FROM sessions WHERE expires_utc <= $1")
        .bind(format(now))
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
