//! What staff changed, and when (`audit_log`), for the admins; reception's
//! actions on bookings and walk-ins only per day, as counts
//! (`audit_day_counts`). Both expire after `SENIM_AUDIT_DAYS`.

use super::{Db, Result, Tx, instant};
use crate::domain::instant::format;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::FromRow;

/// One staff action: who did what, at which site, with what detail.
pub struct Action<'a> {
    pub account_id: i64,
    pub action: &'a str,
    pub site_id: Option<&'a str>,
    pub detail: &'a str,
}

/// Records a staff action, in the transaction of the change it describes.
pub async fn record(tx: &mut Tx, action: &Action<'_>, at: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at_utc, account_id, action, site_id, detail) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(format(at))
    .bind(action.account_id)
    .bind(action.action)
    .bind(action.site_id)
    .bind(action.detail)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Counts a reception action on a booking or a walk-in on its Senim
/// `day`: no time, no row of its own, no order.
pub async fn count_on_day(tx: &mut Tx, action: &Action<'_>, day: NaiveDate) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_day_counts (day, account_id, site_id, action, detail, count)
         VALUES ($1, $2, $3, $4, $5, 1)
         ON CONFLICT (day, account_id, site_id, action, detail)
         DO UPDATE SET count = audit_day_counts.count + 1",
    )
    .bind(day.format("%Y-%m-%d").to_string())
    .bind(action.account_id)
    .bind(action.site_id.unwrap_or(""))
    .bind(action.action)
    .bind(action.detail)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Deletes the actions recorded before `at` and the day counts of days
/// before `day`; returns how many rows went.
pub async fn forget_before(tx: &mut Tx, at: DateTime<Utc>, day: NaiveDate) -> Result<u64> {
    let timed = sqlx::query("DELETE FROM audit_log WHERE at_utc < $1")
        .bind(format(at))
        .execute(&mut *tx.0)
        .await?;
    let counted = sqlx::query("DELETE FROM audit_day_counts WHERE day < $1")
        .bind(day.format("%Y-%m-%d").to_string())
        .execute(&mut *tx.0)
        .await?;
    Ok(timed.rows_affected() + counted.rows_affected())
}

/// When an action was recorded: to the second, or (reception's actions on
/// bookings and walk-ins) only the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    At(DateTime<Utc>),
    Day(NaiveDate),
}

impl When {
    /// The Senim day, for ordering both kinds together.
    pub fn day(self) -> NaiveDate {
        match self {
            When::At(at) => crate::domain::day_keys::senim_day(at),
            When::Day(day) => day,
        }
    }
}

/// One recorded action, as the audit page lists it.
#[derive(Debug, PartialEq)]
pub struct AuditEntry {
    pub when: When,
    /// How many times (more than one only for a day's count).
    pub count: u32,
    pub username: String,
    pub action: String,
    pub site_id: Option<String>,
    pub detail: String,
}

#[derive(FromRow)]
struct AuditRow {
    at_utc: String,
    username: String,
    action: String,
    site_id: Option<String>,
    detail: String,
}

/// The latest `limit` staff actions, newest first.
pub async fn latest(db: &Db, limit: i64) -> Result<Vec<AuditEntry>> {
    let rows: Vec<AuditRow> = sqlx::query_as(
        "SELECT a.at_utc, u.username, a.action, a.site_id, a.detail
         FROM audit_log a JOIN accounts u ON u.id = a.account_id
         ORDER BY a.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(AuditEntry {
                when: When::At(instant(&r.at_utc)?),
                count: 1,
                username: r.username,
                action: r.action,
                site_id: r.site_id,
                detail: r.detail,
            })
        })
        .collect()
}

/// The latest `limit` day counts, newest day first.
pub async fn latest_days(db: &Db, limit: i64) -> Result<Vec<AuditEntry>> {
    let rows: Vec<(String, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT a.day, u.username, a.action, a.site_id, a.detail, a.count
         FROM audit_day_counts a JOIN accounts u ON u.id = a.account_id
         ORDER BY a.day DESC, u.username, a.action, a.detail LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(day, username, action, site_id, detail, count)| {
            let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .map_err(|_| super::DbError::Unreadable(day.clone()))?;
            Ok(AuditEntry {
                when: When::Day(day),
                count: u32::try_from(count).unwrap_or(u32::MAX),
                username,
                action,
                site_id: (!site_id.is_empty()).then_some(site_id),
                detail,
            })
        })
        .collect()
}
