//! The JSON API (`/api/v1/…`, documented in the README) and `/healthz`.

mod bookings;
mod nearest;
mod sites;

use crate::startup::ServerState;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;

pub fn routes() -> Router<ServerState> {
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

/// An API error: a status and a sentence, as `{"error": "…"}`.
pub struct ApiError(pub StatusCode, pub String);

impl ApiError {
    pub fn not_found(message: impl ToString) -> ApiError {
        ApiError(StatusCode::NOT_FOUND, message.to_string())
    }

    /// Logged without request data; the client only learns that it failed.
    pub fn internal(error: impl std::fmt::Display) -> ApiError {
        tracing::error!(%error, "request failed");
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "something went wrong".into(),
        )
    }

    pub fn bad_request(message: impl ToString) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, message.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(json!({ "error": self.1 }))).into_response()
    }
}
