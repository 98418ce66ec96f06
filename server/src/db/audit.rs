//! What staff changed, and when (`audit_log`), for the admins.

use super::{Db, Result, Tx, instant};
use crate::domain::instant::format;
use chrono::{DateTime, Utc};
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

/// One recorded action, as the audit page lists it.
#[derive(Debug, PartialEq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
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
                at: instant(&r.at_utc)?,
                username: r.username,
                action: r.action,
                site_id: r.site_id,
                detail: r.detail,
            })
        })
        .collect()
}
