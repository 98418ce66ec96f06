//! The JSON API (`/api/v1/…`, documented in the README) and `/healthz`.

mod nearest;
mod sites;

use crate::startup::ServerState;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

pub fn routes() -> Router<ServerState> {
    Router::new()
        .route("/api/v1/nearest", get(nearest::nearest))
        .route("/api/v1/sites", get(sites::all_sites))
        .route("/healthz", get(|| async { "ok" }))
}

/// An API error: a status and a sentence, as `{"error": "…"}`.
pub struct ApiError(StatusCode, String);

impl ApiError {
    pub fn bad_request(message: impl ToString) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, message.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(json!({ "error": self.1 }))).into_response()
    }
}
