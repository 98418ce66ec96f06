//! Staff changes waiting for review (`staff_changes`): per site, the day
//! of the latest and each reviewed column's value before the first.

use super::{Db, DbError, Result, Tx};
use crate::domain::sites::staff_change::Previous;
use sqlx::FromRow;

/// A site's change waiting for review.
#[derive(Debug, PartialEq)]
pub struct Waiting {
    pub site_id: String,
    /// YYYY-MM-DD.
    pub changed_on: String,
    pub previous: Previous,
}

#[derive(FromRow)]
struct Row {
    site_id: String,
    changed_on: String,
    previous: String,
}

impl TryFrom<Row> for Waiting {
    type Error = DbError;

    fn try_from(row: Row) -> Result<Waiting> {
        let previous = serde_json::from_str(&row.previous)
            .map_err(|_| DbError::Unreadable(format!("staff change of {}", row.site_id)))?;
        Ok(Waiting {
            site_id: row.site_id,
            changed_on: row.changed_on,
            previous,
        })
    }
}

/// The change of `site_id` waiting for review, read inside `tx`.
pub async fn of_site(tx: &mut Tx, site_id: &str) -> Result<Option<Waiting>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT site_id, changed_on, previous FROM staff_changes WHERE site_id = $1",
    )
    .bind(site_id)
    .fetch_optional(&mut *tx.0)
    .await?;
    row.map(Waiting::try_from).transpose()
}

/// Every change waiting for review, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Waiting>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT site_id, changed_on, previous FROM staff_changes ORDER BY changed_on, site_id",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(Waiting::try_from).collect()
}

/// Stores (or replaces) the change of a site waiting for review.
pub async fn save(tx: &mut Tx, waiting: &Waiting) -> Result<()> {
    let previous = serde_json::to_string(&waiting.previous).expect("a map of text is JSON");
    sqlx::query(
        "INSERT INTO staff_changes (site_id, changed_on, previous) VALUES ($1, $2, $3)
         ON CONFLICT (site_id) DO UPDATE SET changed_on = excluded.changed_on,
         previous = excluded.previous",
    )
    .bind(&waiting.site_id)
    .bind(&waiting.changed_on)
    .bind(previous)
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// Ends the review of a site's change; `false` when none was waiting.
pub async fn remove(tx: &mut Tx, site_id: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM staff_changes WHERE site_id = $1")
        .bind(site_id)
        .execute(&mut *tx.0)
        .await?
        .rows_affected();
    Ok(done > 0)
}
