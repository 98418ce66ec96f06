//! What Senim forgets, and when: one sweep, run every hour by `startup`
//! and called directly by tests (after moving the clock).

use crate::services::{accounts, booking, limits, nicknames, roll_up, site_reports, surge};
use crate::state::AppState;

/// Runs every forgetting step once, in order: codes of ended bookings
/// retired, bookings of days that are over counted and deleted, those
/// days' keys destroyed, then the purges, and last SQLite's log cut to
/// nothing. A step that fails is logged and the others still run; the next
/// sweep tries it again.
pub async fn sweep(app: &AppState) {
    let now = app.now();
    let retention = chrono::Duration::days(app.retention_days.into());
    // (1) Codes of ended bookings match nothing any more.
    match booking::retire_ended_codes(app).await {
        Ok(0) => {}
        Ok(retired) => tracing::info!(retired, "codes of ended bookings retired"),
        Err(error) => tracing::error!(%error, "retiring ended codes failed"),
    }
    // (2) Bookings of days that are over become counts.
    match roll_up::ended_days(app).await {
        Ok(0) => {}
        Ok(rolled_up) => tracing::info!(rolled_up, "bookings of ended days counted and deleted"),
        Err(error) => tracing::error!(%error, "booking roll-up failed"),
    }
    // (3) The day keys of the days that are over.
    match nicknames::destroy_over_days(app).await {
        Ok(0) => {}
        Ok(erased) => tracing::info!(erased, "nicknames of days that are over erased"),
        Err(error) => tracing::error!(%error, "destroying the keys of past days failed"),
    }
    // (4) Purges.
    match accounts::purge_expired_sessions(app).await {
        Ok(0) => {}
        Ok(purged) => tracing::info!(purged, "expired sign-ins removed"),
        Err(error) => tracing::error!(%error, "session purge failed"),
    }
    if let Err(error) = limits::purge_ended(app).await {
        tracing::error!(%error, "try-count purge failed");
    }
    if let Err(error) = surge::forget_before(app, now.date_naive() - retention).await {
        tracing::error!(%error, "surge purge failed");
    }
    if let Err(error) = booking::forget_request_guards(app).await {
        tracing::error!(%error, "booking request guard purge failed");
    }
    match accounts::forget_old_audit(app).await {
        Ok(0) => {}
        Ok(forgotten) => tracing::info!(forgotten, "audit rows past their lifetime deleted"),
        Err(error) => tracing::error!(%error, "audit purge failed"),
    }
    match site_reports::forget(app).await {
        Ok(0) => {}
        Ok(changed) => tracing::info!(changed, "report notes erased and ended reports counted"),
        Err(error) => tracing::error!(%error, "report purge failed"),
    }
    // (5) SQLite: the write-ahead log copied into the database and cut to
    // nothing, so what the steps above erased leaves the log too.
    if let Err(error) = app.db.truncate_log().await {
        tracing::error!(%error, "write-ahead log truncation failed");
    }
}
