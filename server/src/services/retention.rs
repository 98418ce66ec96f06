//! What Senim forgets, and when: one sweep, run every hour by `startup`
//! and called directly by tests (after moving the clock).

use crate::services::{accounts, booking, limits, roll_up, site_reports, surge};
use crate::state::AppState;

/// Runs every forgetting step once. A step that fails is logged and the
/// others still run; the next sweep tries it again.
pub async fn sweep(app: &AppState) {
    let now = app.now();
    let retention = chrono::Duration::days(app.retention_days.into());
    match roll_up::ended_days(app).await {
        Ok(0) => {}
        Ok(rolled_up) => tracing::info!(rolled_up, "bookings of ended days counted and deleted"),
        Err(error) => tracing::error!(%error, "booking roll-up failed"),
    }
    match booking::erase_old_nicknames(app, now - retention).await {
        Ok(0) => {}
        Ok(erased) => tracing::info!(erased, "nicknames past retention erased"),
        Err(error) => tracing::error!(%error, "retention sweep failed"),
    }
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
}
