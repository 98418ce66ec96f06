//! The one table from a use case's kind of error to an HTTP status, for
//! pages and the API alike, and the API's error body. While the database
//! is unreachable, whatever needs it answers `503`; a fault answers `500`:
//! a page in the language of its address, or the API's JSON error
//! ([`explain_failures`]).

use super::WebState;
use super::render::render;
use crate::services::{ErrorKind, ServiceError, is_unavailable};
use app::port::PortError;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
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
        ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// The API's sentence for [`ErrorKind::Unavailable`].
const UNAVAILABLE_SENTENCE: &str =
    "the database is unavailable just now: try again in a few minutes";

/// The API's sentence for [`ErrorKind::Internal`].
const FAULT_SENTENCE: &str = "something went wrong";

/// Logs an internal failure (without request data); returns its status.
pub fn status_logged(error: &(impl ServiceError + ?Sized)) -> StatusCode {
    log(error, error.kind());
    status(error.kind())
}

fn log(error: &(impl std::fmt::Display + ?Sized), kind: ErrorKind) {
    match kind {
        ErrorKind::Internal => tracing::error!(%error, "request failed"),
        ErrorKind::Unavailable => tracing::warn!(%error, "the database is unavailable"),
        _ => {}
    }
}

/// A 500 for a failure that has no page of its own; logged. When the
/// database is unreachable, a 503. Both explained by [`explain_failures`].
pub fn internal(error: impl std::error::Error + 'static) -> Response {
    if is_unavailable(&error) {
        log(&error, ErrorKind::Unavailable);
        return unavailable();
    }
    tracing::error!(%error, "request failed");
    fault()
}

/// Marks a `500` that [`explain_failures`] turns into a page in the
/// address's language, or JSON (a fault, already logged).
#[derive(Clone, Copy)]
pub struct Fault;

/// A `500` for a fault already logged, explained on its way out.
pub fn fault() -> Response {
    let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
    response.extensions_mut().insert(Fault);
    response
}

/// Marks a `503` that [`explain_failures`] turns into a page or JSON.
#[derive(Clone, Copy)]
struct Unavailable;

/// A `503` for "the database is unreachable", explained on its way out.
pub fn unavailable() -> Response {
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response.extensions_mut().insert(Unavailable);
    response
}

/// Turns a bare [`unavailable`] or [`fault`] answer into one the asker
/// can read: under `/{lang}/`, the page at that address saying so in that
/// language; under `/api/`, the API's JSON error; elsewhere, a short text.
/// While the database is unreachable it asks to be tried again in a few
/// minutes (`Retry-After`).
pub async fn explain_failures(
    State(state): State<WebState>,
    request: Request,
    next: Next,
) -> Response {
    let uri = request.uri().clone();
    let response = next.run(request).await;
    let Some(failure) = failure_of(&response) else {
        return response;
    };
    let status = StatusCode::from_u16(failure.status()).expect("a failure's status");
    let sentence = match failure {
        PortError::Unavailable => UNAVAILABLE_SENTENCE,
        PortError::Fault => FAULT_SENTENCE,
    };
    let path = uri.path();
    let lang = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(app::i18n::Lang::from_code);
    let mut answer = if lang.is_some() {
        let parts = axum::http::Request::builder()
            .uri(uri.clone())
            .body(())
            .expect("a request to the same address")
            .into_parts()
            .0;
        render(&state, parts, failure, status).await
    } else if path.starts_with("/api/") {
        ApiError(status, sentence.to_string()).into_response()
    } else {
        (status, sentence).into_response()
    };
    if failure == PortError::Unavailable {
        answer.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("120"),
        );
    }
    answer
}

/// The failure a bare answer was marked with, if any.
fn failure_of(response: &Response) -> Option<PortError> {
    let marked = response.extensions();
    if marked.get::<Unavailable>().is_some() {
        Some(PortError::Unavailable)
    } else if marked.get::<Fault>().is_some() {
        Some(PortError::Fault)
    } else {
        None
    }
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
            ErrorKind::Internal => FAULT_SENTENCE.to_string(),
            ErrorKind::Unavailable => UNAVAILABLE_SENTENCE.to_string(),
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

/// What a page shows of a refused action: its message id and status (for
/// an unreachable database, `error-unavailable` and 503: logged); or, for an
/// internal failure (logged), `None`: answer [`failed`] instead.
pub fn refusal<E: ServiceError>(error: &E) -> Option<(&'static str, StatusCode)> {
    let kind = error.kind();
    log(error, kind);
    match kind {
        ErrorKind::Internal => None,
        kind => Some((error.message_key(), status(kind))),
    }
}

/// The 500 of a failure already logged (explained by [`explain_failures`]).
pub fn failed() -> Response {
    fault()
}
