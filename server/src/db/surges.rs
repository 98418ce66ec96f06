//! Days on which a site's bookings were slowed down by a surge
//! (`booking_surges`): the site, its local day and a count, nothing more.

use super::{Db, Result, Tx};
use chrono::NaiveDate;

/// Counts one booking slowed at `site_id` on its local `day`.
pub async fn count_slowed(tx: &mut Tx, site_id: &str, day: NaiveDate) -> Result<()> {
    sqlx::query(
        "INSERT INTO booking_surges (site_id, day, slowed) VALUES ($1, $2, 1)
         ON CONFLICT (site_id, day) DO UPDATE SET slowed = booking_surges.slowed + 1",
    )
    .bind(site_id)
    .bind(day.to_string())
    .execute(&mut *tx.0)
    .await?;
    Ok(())
}

/// How many bookings were slowed at `site_id` on `day`; 0 when none.
pub async fn slowed_on(db: &Db, site_id: &str, day: NaiveDate) -> Result<u32> {
    let slowed: Option<i64> =
        sqlx::query_scalar("SELECT slowed FROM booking_surges WHERE site_id = $1 AND day = $2")
            .bind(site_id)
            .bind(day.to_string())
            .fetch_optional(&db.pool)
            .await?;
    Ok(slowed.unwrap_or(0) as u32)
}

/// Deletes the records of days before `day`; returns how many.
pub async fn delete_before(tx: &mut Tx, day: NaiveDate) -> Result<u64> {
    let deleted = sqlx::query("DELETE FROM booking_surges WHERE day < $1")
        .bind(day.to_string())
        .execute(&mut *tx.0)
        .await?;
    Ok(deleted.rows_affected())
}
