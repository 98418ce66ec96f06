//! "Something wrong here?": anyone may say a listed site is closed, has
//! moved, or has wrong hours or phone, with a short note. The report keeps
//! nothing about its sender (the client's address only counts against a
//! limit, as a keyed hash deleted with its window). Reports wait in the
//! coordinators' queue until resolved or dismissed (audited); an open
//! "closed" report is shown on the site's page.

use super::{Actor, audit, limits, service_error};
use crate::db::site_reports::OpenReport;
use crate::db::{self, DbError};
use crate::domain::try_limit::TryLimit;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use vocabulary::{REPORT_NOTE_MAX_CHARS, ReportProblem};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("no such site")]
    UnknownSite,
    #[error("choose what is wrong")]
    NoProblem,
    #[error("a note has at most 300 characters and no control characters")]
    BadNote,
    #[error("too many reports: wait an hour")]
    TooManyTries,
    #[error("no open report has this id")]
    UnknownReport,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ReportError {
    UnknownSite => (NotFound, "not-found-title"),
    NoProblem => (Invalid, "report-error-problem"),
    BadNote => (Invalid, "report-error-note"),
    TooManyTries => (TooManyTries, "report-error-too-many"),
    UnknownReport => (NotFound, "not-found-title"),
    Internal(_) => (Internal, "error-internal"),
});

/// The note as stored: trimmed; refused when too long or with control
/// characters other than line breaks.
fn checked_note(note: &str) -> Result<String, ReportError> {
    let note = note.trim();
    let control = note
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r');
    if note.chars().count() > REPORT_NOTE_MAX_CHARS || control {
        return Err(ReportError::BadNote);
    }
    Ok(note.to_string())
}

/// Stores a report on a published site, counted against `client`'s limit.
pub async fn submit(
    app: &AppState,
    client: &str,
    site_id: &str,
    problem: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<(), ReportError> {
    let site = app.directory().site(site_id).cloned();
    let site = site.ok_or(ReportError::UnknownSite)?;
    let problem = ReportProblem::from_code(problem).ok_or(ReportError::NoProblem)?;
    let note = checked_note(note)?;
    if !limits::allow(app, &TryLimit::REPORTS, client).await? {
        return Err(ReportError::TooManyTries);
    }
    let day = now.with_timezone(&site.timezone).date_naive();
    let mut tx = app.db.begin().await?;
    db::site_reports::insert(&mut tx, site_id, problem.code(), &note, day).await?;
    tx.commit().await?;
    Ok(())
}

/// Every open report, oldest first.
pub async fn open(app: &AppState) -> Result<Vec<OpenReport>, ReportError> {
    Ok(db::site_reports::open(&app.db).await?)
}

/// The day of a site's first open "closed" report (YYYY-MM-DD), if any.
pub async fn reported_closed_on(
    app: &AppState,
    site_id: &str,
) -> Result<Option<String>, ReportError> {
    Ok(db::site_reports::reported_closed_on(&app.db, site_id).await?)
}

/// Ends an open report, resolved (the listing was corrected) or dismissed.
pub async fn end(app: &AppState, actor: Actor, id: i64, resolved: bool) -> Result<(), ReportError> {
    let (status, action) = if resolved {
        ("resolved", "report-resolved")
    } else {
        ("dismissed", "report-dismissed")
    };
    let mut tx = app.db.begin().await?;
    let site = db::site_reports::end(&mut tx, id, status)
        .await?
        .ok_or(ReportError::UnknownReport)?;
    audit(&mut tx, actor, action, Some(&site), &format!("report {id}")).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_trimmed_and_limited() {
        assert_eq!(
            checked_note("  closed since May \n").unwrap(),
            "closed since May"
        );
        assert!(checked_note(&"я".repeat(300)).is_ok());
        assert!(matches!(
            checked_note(&"я".repeat(301)),
            Err(ReportError::BadNote)
        ));
        assert!(matches!(checked_note("a\u{0}b"), Err(ReportError::BadNote)));
    }
}
