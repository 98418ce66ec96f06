//! What a page or portal handler returns when it cannot answer as asked,
//! so handlers read `Result<Response, PageError>` and use `?`. A fault is
//! logged (inside the request's span, which names its method and route;
//! never a code, nickname or address) and answered 500; an unreachable
//! database 503. Both become a page in the language of the address on
//! their way out ([`super::error::explain_failures`]).

use super::error::{status, unavailable};
use crate::db::DbError;
use crate::services::{ErrorKind, ServiceError, is_unavailable};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum PageError {
    /// Not the asker's fault: what went wrong, for the log only.
    Fault(String),
    /// The database cannot be reached just now.
    Unavailable,
    /// A refusal with no page of its own (404 for a site the account may
    /// not see, 422 for a form no page sends, …).
    Status(StatusCode),
    /// An answer already made (a redirect, a page saying what was wrong).
    Answer(Box<Response>),
}

impl<E: ServiceError> From<E> for PageError {
    fn from(error: E) -> PageError {
        match error.kind() {
            ErrorKind::Internal => PageError::Fault(error.to_string()),
            ErrorKind::Unavailable => PageError::Unavailable,
            kind => PageError::Status(status(kind)),
        }
    }
}

impl From<DbError> for PageError {
    fn from(error: DbError) -> PageError {
        if is_unavailable(&error) {
            PageError::Unavailable
        } else {
            PageError::Fault(error.to_string())
        }
    }
}

impl From<Response> for PageError {
    fn from(answer: Response) -> PageError {
        PageError::Answer(Box::new(answer))
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::Fault(error) => {
                tracing::error!(%error, "request failed");
                super::error::fault()
            }
            PageError::Unavailable => {
                tracing::warn!("the database is unavailable");
                unavailable()
            }
            PageError::Status(status) => status.into_response(),
            PageError::Answer(answer) => *answer,
        }
    }
}

/// What a page handler returns.
pub type PageResult = Result<Response, PageError>;

/// A use case's refusal as a page shows it again with a message: its
/// message key and status. A fault or an unreachable database is the
/// [`PageError`] to return instead, so callers write
/// `let (key, status) = refused(error)?;`.
pub fn refused<E: ServiceError>(error: E) -> Result<(&'static str, StatusCode), PageError> {
    match error.kind() {
        ErrorKind::Internal | ErrorKind::Unavailable => Err(PageError::from(error)),
        kind => Ok((error.message_key(), status(kind))),
    }
}
