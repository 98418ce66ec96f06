//! Senim's use cases. Each opens a transaction, writes, audits, commits and
//! returns a typed error; none knows about HTTP or pages. The web layer
//! gives each [`ErrorKind`] one HTTP status, for pages and API alike.

pub mod accounts;
pub mod backup;
pub mod booking;
pub mod closing;
pub mod day_keys;
pub mod directory;
pub mod import;
pub mod indicators;
pub mod limits;
pub mod nicknames;
pub mod passwords;
pub mod profile;
pub mod reception;
pub mod retention;
pub mod roll_up;
pub mod schedule;
pub mod site_editor;
pub mod site_reports;
pub mod staff_changes;
pub mod surge;

use crate::db::{self, DbError, Tx};
use chrono::Utc;

/// What kind of failure an error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Nothing (visible to the asker) has that id or code.
    NotFound,
    /// The input is well-formed but the state does not allow it (a full or
    /// blocked slot, a status that cannot change that way).
    Conflict,
    /// The input is wrong; a person can correct it.
    Invalid,
    /// Bad credentials.
    Unauthorized,
    /// Too many tries: wait.
    TooManyTries,
    /// Not the asker's fault; logged, never explained.
    Internal,
    /// The database cannot be reached just now: try again soon. (An
    /// `Internal` error whose cause is [`DbError::is_unavailable`].)
    Unavailable,
}

pub use crate::db::caused_by_unavailable as is_unavailable;

/// The message id of [`ErrorKind::Unavailable`], for every page.
pub const UNAVAILABLE_MESSAGE: &str = "error-unavailable";

/// A use case's error: its kind, a Fluent message id for the pages, and
/// an English sentence (`Display`) for the API. An `Internal` error's
/// sentence is for the log only.
pub trait ServiceError: std::fmt::Display {
    fn kind(&self) -> ErrorKind;
    fn message_key(&self) -> &'static str;
}

/// The signed-in account a staff change is recorded against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    pub account_id: i64,
}

/// Records a staff change in the audit log, in the change's own
/// transaction: both are written or neither.
async fn audit(
    tx: &mut Tx,
    actor: Actor,
    action: &str,
    site_id: Option<&str>,
    detail: &str,
) -> Result<(), DbError> {
    let entry = db::audit::Action {
        account_id: actor.account_id,
        action,
        site_id,
        detail,
    };
    db::audit::record(tx, &entry, Utc::now()).await
}

/// Records a reception action on a booking or a walk-in (`action`, and a
/// status as `detail`, never a service): only counted per Senim day of
/// `now`, account and site, so that no minute of anyone's visit is kept.
async fn audit_day(
    tx: &mut Tx,
    actor: Actor,
    action: &str,
    site_id: &str,
    detail: &str,
    now: chrono::DateTime<Utc>,
) -> Result<(), DbError> {
    let entry = db::audit::Action {
        account_id: actor.account_id,
        action,
        site_id: Some(site_id),
        detail,
    };
    let day = crate::domain::day_keys::senim_day(now);
    db::audit::count_on_day(tx, &entry, day).await
}

/// Implements [`ServiceError`] for an error enum from one table of
/// `variant => (kind, message id)`.
macro_rules! service_error {
    ($name:ident { $($pattern:pat => ($kind:ident, $key:expr)),+ $(,)? }) => {
        impl $crate::services::ServiceError for $name {
            #[allow(unused_variables)]
            fn kind(&self) -> $crate::services::ErrorKind {
                #[allow(unused_imports)]
                use $name::*;
                let kind = match self {
                    $($pattern => $crate::services::ErrorKind::$kind,)+
                };
                if kind == $crate::services::ErrorKind::Internal
                    && $crate::services::is_unavailable(self)
                {
                    return $crate::services::ErrorKind::Unavailable;
                }
                kind
            }

            fn message_key(&self) -> &'static str {
                #[allow(unused_imports)]
                use $name::*;
                if self.kind() == $crate::services::ErrorKind::Unavailable {
                    return $crate::services::UNAVAILABLE_MESSAGE;
                }
                match self {
                    $($pattern => $key,)+
                }
            }
        }
    };
}
use service_error;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::booking::BookingError;

    #[test]
    fn an_unreachable_database_is_unavailable_not_internal() {
        for error in [
            sqlx::Error::PoolTimedOut,
            sqlx::Error::PoolClosed,
            sqlx::Error::Io(std::io::ErrorKind::ConnectionReset.into()),
        ] {
            let error = BookingError::Internal(DbError::Sql(error));
            assert_eq!(error.kind(), ErrorKind::Unavailable, "{error}");
            assert_eq!(error.message_key(), UNAVAILABLE_MESSAGE);
        }
        let unreadable = BookingError::Internal(DbError::Unreadable("x".into()));
        assert_eq!(unreadable.kind(), ErrorKind::Internal);
        assert_eq!(unreadable.message_key(), "error-internal");
        assert_eq!(BookingError::Full.kind(), ErrorKind::Conflict);
        assert!(is_unavailable(&DbError::Sql(sqlx::Error::PoolTimedOut)));
    }
}
