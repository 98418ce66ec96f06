//! "Something wrong here?": anyone may say a listed site is closed, has
//! moved, or has wrong hours or phone, with a short note. Of its sender a
//! report keeps, while it is open, only a keyed hash of the client and the
//! site that tells different senders apart (the client also counts against
//! a limit, as a keyed hash deleted with its window). A site takes
//! `REPORTS_PER_SITE_DAY` reports a day (reports sent at the same moment
//! may pass it by one or two); more are thanked for and not
//! stored. Reports wait in the coordinators' queue until resolved or
//! dismissed (audited). The site's page says "reported closed" only when
//! the open "closed" reports are enough (`domain::sites::closed_reports`) or a
//! coordinator confirmed one (audited).

use super::{Actor, audit, limits, service_error};
use crate::db::site_reports::OpenReport;
use crate::db::{self, DbError};
use crate::domain::access::try_limit::TryLimit;
use crate::domain::sites::closed_reports::takes_another;
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
    #[error("no open \"closed\" report has this id")]
    NotClosedReport,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ReportError {
    UnknownSite => (NotFound, "not-found-title"),
    NoProblem => (Invalid, "report-error-problem"),
    BadNote => (Invalid, "report-error-note"),
    TooManyTries => (TooManyTries, "report-error-too-many"),
    UnknownReport => (NotFound, "not-found-title"),
    NotClosedReport => (NotFound, "not-found-title"),
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

/// What became of a well-formed report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitted {
    Stored,
    /// The site already took its reports of the day: nothing was stored
    /// or counted.
    Enough,
}

/// Stores a report on a published site from `client` (a client key),
/// counted against its limit, unless the site took its day's share.
pub async fn submit(
    app: &AppState,
    client: &str,
    site_id: &str,
    problem: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<Submitted, ReportError> {
    let site = app.directory().site(site_id).cloned();
    let site = site.ok_or(ReportError::UnknownSite)?;
    let problem = ReportProblem::from_code(problem).ok_or(ReportError::NoProblem)?;
    let note = checked_note(note)?;
    let day = now.with_timezone(&site.timezone).date_naive();
    // A read: a report refused here writes nothing.
    if !takes_another(db::site_reports::count_on(&app.db, site_id, day).await?) {
        return Ok(Submitted::Enough);
    }
    if !limits::allow(app, &TryLimit::REPORTS, client).await? {
        return Err(ReportError::TooManyTries);
    }
    let sender = app.code_key.report_sender_hash(site_id, client);
    let mut tx = app.db.begin().await?;
    db::site_reports::insert(&mut tx, site_id, problem.code(), &note, day, &sender).await?;
    tx.commit().await?;
    Ok(Submitted::Stored)
}

/// Every open report, oldest first.
pub async fn open(app: &AppState) -> Result<Vec<OpenReport>, ReportError> {
    Ok(db::site_reports::open(&app.db).await?)
}

/// The day the site's page says it was reported closed on (YYYY-MM-DD):
/// its first open "closed" report, when they are enough or confirmed.
pub async fn reported_closed_on(
    app: &AppState,
    site_id: &str,
) -> Result<Option<String>, ReportError> {
    let reports = db::site_reports::closed_reports(&app.db, site_id).await?;
    Ok(reports.banner_since().map(str::to_string))
}

/// A coordinator confirms an open "closed" report: the site's page says
/// it was reported closed from now on, until the report is ended.
pub async fn confirm_closed(
    app: &AppState,
    actor: Actor,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), ReportError> {
    let mut tx = app.db.begin().await?;
    let site = db::site_reports::confirm(&mut tx, id, now.date_naive())
        .await?
        .ok_or(ReportError::NotClosedReport)?;
    audit(
        &mut tx,
        actor,
        "report-confirmed",
        Some(&site),
        &format!("report {id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(())
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

/// Days a report's note is kept at most, even while the report is open.
pub const NOTE_DAYS: i64 = 90;

/// What the sweep forgets of visitors' reports: notes older than
/// [`NOTE_DAYS`], and ended reports made before yesterday, which become
/// counts per month, site, problem and outcome. (An ended report stays a
/// row while its site's local day may still be running: the daily cap
/// counts it.) Returns how many rows changed.
pub async fn forget(app: &AppState) -> Result<u64, DbError> {
    let today = crate::domain::day_keys::senim_day(app.now());
    let mut tx = app.db.begin().await?;
    let erased =
        db::site_reports::erase_notes_before(&mut tx, today - chrono::Duration::days(NOTE_DAYS))
            .await?;
    let ended =
        db::site_reports::take_ended_before(&mut tx, today - chrono::Duration::days(1)).await?;
    let mut counts: std::collections::BTreeMap<(String, &str, &str, &str), u32> =
        std::collections::BTreeMap::new();
    for report in &ended {
        let month = report.reported_on.get(..7).unwrap_or(&report.reported_on);
        *counts
            .entry((
                month.to_string(),
                &report.site_id,
                &report.problem,
                &report.status,
            ))
            .or_default() += 1;
    }
    for ((month, site_id, problem, outcome), count) in counts {
        db::site_reports::add_counts(&mut tx, (&month, site_id, problem, outcome), count).await?;
    }
    tx.commit().await?;
    Ok(erased + ended.len() as u64)
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
