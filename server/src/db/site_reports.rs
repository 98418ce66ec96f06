//! "Something wrong here?" reports (`site_reports`): a site, a problem, an
//! optional note and the day; nothing about who sent it.

use super::{Db, Result, Tx};
use chrono::NaiveDate;
use sqlx::FromRow;

/// An open report, as the coordinators' queue lists it.
#[derive(Debug, PartialEq, FromRow)]
pub struct OpenReport {
    pub id: i64,
    pub site_id: String,
    pub problem: String,
    pub note: String,
    pub reported_on: String,
}

pub async fn insert(
    tx: &mut Tx,
    site_id: &str,
    problem: &str,
    note: &str,
    day: NaiveDate,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO site_reports (site_id, problem, note, reported_on) VALUES ($1, $2, $3, $4)",
    )
    .bind(site_id)
    .bind(problem)
    .bind(note)
    .bind(day.format("%Y-%m-%d").to_string())
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Every open report, oldest first.
pub async fn open(db: &Db) -> Result<Vec<OpenReport>> {
    Ok(sqlx::query_as(
        "SELECT id, site_id, problem, note, reported_on FROM site_reports
         WHERE status = 'open' ORDER BY reported_on, id",
    )
    .fetch_all(&db.pool)
    .await?)
}

/// The day of the first open "closed" report of a site, if any.
pub async fn reported_closed_on(db: &Db, site_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT MIN(reported_on) FROM site_reports
         WHERE site_id = $1 AND problem = 'closed' AND status = 'open'
         HAVING COUNT(*) > 0",
    )
    .bind(site_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(day,)| day))
}

/// Ends an open report as `status` (`resolved` or `dismissed`): its site
/// id, or `None` when no open report has this id.
pub async fn end(tx: &mut Tx, id: i64, status: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE site_reports SET status = $2 WHERE id = $1 AND status = 'open' RETURNING site_id",
    )
    .bind(id)
    .bind(status)
    .fetch_optional(&mut *tx.0)
    .await?;
    Ok(row.map(|(site,)| site))
}
