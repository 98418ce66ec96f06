//! The JSON API (`/api/v1/…`, documented in the README) and `/healthz`.
//! Errors are `{"error": "…"}` with the status of `web::error`'s table.

mod bookings;
mod nearest;
mod sites;

use super::WebState;
use axum::Router;
use axum::routing::{get, post};

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/api/v1/nearest", get(nearest::nearest))
        .route("/api/v1/sites", get(sites::all_sites))
        .route("/api/v1/sites/{id}/slots", get(bookings::slots))
        .route("/api/v1/bookings", post(bookings::book))
        .route("/api/v1/bookings/lookup", post(bookings::lookup))
        .route("/api/v1/bookings/cancel", post(bookings::cancel))
        .route("/api/v1/bookings/reschedule", post(bookings::reschedule))
        .route("/healthz", get(|| async { "ok" }))
}
