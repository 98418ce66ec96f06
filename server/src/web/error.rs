//! The one table from a use case's kind of error to an HTTP status, for
//! pages and the API alike, and the API's error body.

use crate::services::{ErrorKind, ServiceError};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The HTTP status of each kind of error.
pub fn status(kind: ErrorKind) -> StatusCode {
    match kind {
        ErrorKind::NotFound => StatusCode::NOT_FOUND,
        ErrorKind::Conflict => StatusCode::CONFLICT,
        ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
        ErrorKind::TooManyTries => StatusCode::TOO_MANY_REQUESTS,
        ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Logs an internal failure (without request data); returns its status.
pub fn status_logged(error: &(impl ServiceError + ?Sized)) -> StatusCode {
    if error.kind() == ErrorKind::Internal {
        tracing::error!(%error, "request failed");
    }
    status(error.kind())
}

/// A plain 500 for a failure that has no page of its own; logged.
pub fn internal(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "request failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// An API error: a status and a sentence, as `{"error": "…"}`.
#[derive(Debug)]
pub struct ApiError(pub StatusCode, pub String);

impl ApiError {
    /// A query string the API cannot read (400).
    pub fn bad_request(message: impl ToString) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, message.to_string())
    }

    /// A body that is not the JSON the operation takes (422).
    pub fn bad_body(message: impl ToString) -> ApiError {
        ApiError(StatusCode::UNPROCESSABLE_ENTITY, message.to_string())
    }
}

impl<E: ServiceError> From<E> for ApiError {
    fn from(error: E) -> ApiError {
        let status = status_logged(&error);
        let message = match error.kind() {
            ErrorKind::Internal => "something went wrong".to_string(),
            _ => error.to_string(),
        };
        ApiError(status, message)
    }
}

/// The one shape of every API error.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What was wrong, in English.
    #[schema(example = "lat must be a number")]
    pub error: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(ErrorBody { error: self.1 })).into_response()
    }
}

/// What a page shows of a refused action: its message id and status; or,
/// for an internal failure (logged), `None`: answer [`failed`] instead.
pub fn refusal<E: ServiceError>(error: &E) -> Option<(&'static str, StatusCode)> {
    match error.kind() {
        ErrorKind::Internal => {
            tracing::error!(%error, "request failed");
            None
        }
        kind => Some((error.message_key(), status(kind))),
    }
}

/// The plain 500 of a failure already logged.
pub fn failed() -> Response {
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
