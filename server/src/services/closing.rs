//! Closing a site that has stopped working, and reopening it. A closed
//! site leaves search, the map, the API and open data at once (the
//! directory is rebuilt); its bookings and counts stay. Both are audited.

use super::{Actor, audit, directory, service_error};
use crate::db::sites::ClosedSite;
use crate::db::{self, DbError};
use crate::state::AppState;
use chrono::{DateTime, Utc};

#[derive(Debug, thiserror::Error)]
pub enum ClosingError {
    #[error("no such site, or it already is so")]
    Unchanged,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ClosingError {
    Unchanged => (NotFound, "not-found-title"),
    Internal(_) => (Internal, "error-internal"),
});

/// Closes a published site from today; returns the starts of its bookings
/// still to come, which the closing affects.
pub async fn close(
    app: &AppState,
    actor: Actor,
    site_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, ClosingError> {
    let site = app.directory().site(site_id).cloned();
    let site = site.ok_or(ClosingError::Unchanged)?;
    let day = now.with_timezone(&site.timezone).date_naive().to_string();
    let mut tx = app.db.begin().await?;
    // Site writers take the directory's lock first, in one order.
    db::sites::hold_directory(&mut tx).await?;
    if !db::sites::set_closed(&mut tx, site_id, Some(&day)).await? {
        return Err(ClosingError::Unchanged);
    }
    let detail = format!("closed_on: (open) → {day}");
    audit(&mut tx, actor, "site-closed", Some(site_id), &detail).await?;
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(db::bookings::upcoming_starts(&app.db, site_id, now).await?)
}

/// Reopens a closed site: it is published again.
pub async fn reopen(app: &AppState, actor: Actor, site_id: &str) -> Result<(), ClosingError> {
    let mut tx = app.db.begin().await?;
    db::sites::hold_directory(&mut tx).await?;
    let closed_on = db::sites::stored(&mut tx, site_id)
        .await?
        .and_then(|stored| stored.closed_on)
        .ok_or(ClosingError::Unchanged)?;
    if !db::sites::set_closed(&mut tx, site_id, None).await? {
        return Err(ClosingError::Unchanged);
    }
    let detail = format!("closed_on: {closed_on} → (open)");
    audit(&mut tx, actor, "site-reopened", Some(site_id), &detail).await?;
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(())
}

/// Every closed site, most recently closed first.
pub async fn closed(app: &AppState) -> Result<Vec<ClosedSite>, ClosingError> {
    Ok(db::sites::closed(&app.db).await?)
}
