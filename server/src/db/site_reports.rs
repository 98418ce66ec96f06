//! "Something wrong here?" reports (`site_reports`): a site, a problem, an
//! optional note and the day; of the sender, while the report is open, a
//! keyed hash that only tells different senders apart.

use super::{Db, Result, Tx};
use crate::domain::sites::closed_reports::ClosedReports;
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
    /// The day a coordinator confirmed it (a "closed" report), if so.
    pub confirmed_on: Option<String>,
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub async fn insert(
    tx: &mut Tx,
    site_id: &str,
    problem: &str,
    note: &str,
    day: NaiveDate,
    sender_hash: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO site_reports (site_id, problem, note, reported_on, sender_hash)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(site_id)
    .bind(problem)
    .bind(note)
    .bind(day_text(day))
    .bind(sender_hash)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// The reports a site took on `day`, open or ended.
pub async fn count_on(db: &Db, site_id: &str, day: NaiveDate) -> Result<u32> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM site_reports WHERE site_id = $1 AND reported_on = $2")
            .bind(site_id)
            .bind(day_text(day))
            .fetch_one(&db.pool)
            .await?;
    Ok(u32::try_from(count).unwrap_or(u32::MAX))
}

/// Every open report, oldest first.
pub async fn open(db: &Db) -> Result<Vec<OpenReport>> {
    Ok(sqlx::query_as(
        "SELECT id, site_id, problem, note, reported_on, confirmed_on FROM site_reports
         WHERE status = 'open' ORDER BY reported_on, id",
    )
    .fetch_all(&db.pool)
    .await?)
}

/// What a site's open "closed" reports add up to.
pub async fn closed_reports(db: &Db, site_id: &str) -> Result<ClosedReports> {
    let (first_day, senders, days, confirmed): (Option<String>, i64, i64, i64) = sqlx::query_as(
        "SELECT MIN(reported_on), COUNT(DISTINCT sender_hash), COUNT(DISTINCT reported_on),
                COUNT(confirmed_on)
         FROM site_reports WHERE site_id = $1 AND problem = 'closed' AND status = 'open'",
    )
    .bind(site_id)
    .fetch_one(&db.pool)
    .await?;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(ClosedReports {
        first_day,
        senders: count(senders),
        days: count(days),
        confirmed: confirmed > 0,
    })
}

/// Confirms an open "closed" report on `day` and forgets its sender: its
/// site id, or `None` when no open "closed" report has this id.
pub async fn confirm(tx: &mut Tx, id: i64, day: NaiveDate) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE site_reports SET confirmed_on = $2, sender_hash = NULL
         WHERE id = $1 AND status = 'open' AND problem = 'closed' RETURNING site_id",
    )
    .bind(id)
    .bind(day_text(day))
    .fetch_optional(&mut *tx.0)
    .await?;
    Ok(row.map(|(site,)| site))
}

/// Ends an open report as `status` (`resolved` or `dismissed`) and
/// forgets its sender and its note: its site id, or `None` when no open
/// report has this id.
pub async fn end(tx: &mut Tx, id: i64, status: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE site_reports SET status = $2, sender_hash = NULL, note = ''
         WHERE id = $1 AND status = 'open' RETURNING site_id",
    )
    .bind(id)
    .bind(status)
    .fetch_optional(&mut *tx.0)
    .await?;
    Ok(row.map(|(site,)| site))
}

/// Erases the notes of reports made before `day`; returns how many.
pub async fn erase_notes_before(tx: &mut Tx, day: NaiveDate) -> Result<u64> {
    let erased =
        sqlx::query("UPDATE site_reports SET note = '' WHERE note <> '' AND reported_on < $1")
            .bind(day_text(day))
            .execute(&mut *tx.0)
            .await?;
    Ok(erased.rows_affected())
}

/// An ended report, as it is counted.
#[derive(Debug, FromRow)]
pub struct EndedReport {
    pub site_id: String,
    pub problem: String,
    /// `resolved` or `dismissed`.
    pub status: String,
    pub reported_on: String,
}

/// Deletes the ended reports made before `day`, and returns them (to be
/// counted in the same transaction).
pub async fn take_ended_before(tx: &mut Tx, day: NaiveDate) -> Result<Vec<EndedReport>> {
    Ok(sqlx::query_as(
        "DELETE FROM site_reports WHERE status <> 'open' AND reported_on < $1
         RETURNING site_id, problem, status, reported_on",
    )
    .bind(day_text(day))
    .fetch_all(&mut *tx.0)
    .await?)
}

/// Adds `count` ended reports to their month's count (`month`: YYYY-MM).
pub async fn add_counts(
    tx: &mut Tx,
    (month, site_id, problem, outcome): (&str, &str, &str, &str),
    count: u32,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO site_report_counts (month, site_id, problem, outcome, count)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (month, site_id, problem, outcome)
         DO UPDATE SET count = site_report_counts.count + excluded.count",
    )
    .bind(month)
    .bind(site_id)
    .bind(problem)
    .bind(outcome)
    .bind(i64::from(count))
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// The ended reports counted so far: (month, site, problem, outcome) and
/// how many.
pub async fn counts(db: &Db) -> Result<Vec<(String, String, String, String, u32)>> {
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT month, site_id, problem, outcome, count FROM site_report_counts
         ORDER BY month, site_id, problem, outcome",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(m, s, p, o, n)| (m, s, p, o, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}
