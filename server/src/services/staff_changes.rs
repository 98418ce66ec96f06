//! Reviewing what a site's own staff changed of its address, coordinates
//! or phone: the coordinators of its region and admins see each change,
//! and confirm it or undo it (its values before come back); both audited.

use super::site_editor::changes;
use super::{Actor, audit, directory, service_error};
use crate::db::staff_changes::Waiting;
use crate::db::{self, DbError};
use crate::domain::sites::site::Site;
use crate::domain::sites::site_fields::SiteProblem;
use crate::domain::sites::staff_change;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// No change of that site waits for review, or not in the reviewer's
    /// regions.
    #[error("no such change to review")]
    NotFound,
    /// The values before no longer make a valid site with the rest.
    #[error("the values before cannot be restored: {0:?}")]
    Unrestorable(Vec<SiteProblem>),
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ReviewError {
    NotFound => (NotFound, "not-found-title"),
    Unrestorable(_) => (Conflict, "portal-site-changes-unrestorable"),
    Internal(_) => (Internal, "error-internal"),
});

/// What a reviewer decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Confirm,
    Undo,
}

/// A change waiting for review: the site as it is now, the day of the
/// change and "column: before → now" for each field changed.
pub struct ToReview {
    pub site: Site,
    pub changed_on: String,
    pub lines: Vec<String>,
}

/// The changes waiting for review at published sites whose settlement
/// `allowed` says the reviewer keeps, oldest first.
pub async fn waiting(
    app: &AppState,
    allowed: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<ToReview>, DbError> {
    let directory = app.directory();
    Ok(db::staff_changes::all(&app.db)
        .await?
        .into_iter()
        .filter_map(
            |Waiting {
                 site_id,
                 changed_on,
                 previous,
             }| {
                let site = directory.site(&site_id)?;
                allowed(&site.city).then(|| ToReview {
                    lines: staff_change::lines(&site.to_record(), &previous),
                    site: site.clone(),
                    changed_on,
                })
            },
        )
        .collect())
}

/// Confirms or undoes the change waiting at `site_id`, checked against the
/// rows as they are inside the writing transaction.
pub async fn review(
    app: &AppState,
    actor: Actor,
    site_id: &str,
    verdict: Verdict,
    allowed: &(dyn Fn(&str) -> bool + Sync),
) -> Result<(), ReviewError> {
    let mut tx = app.db.begin().await?;
    db::sites::hold_directory(&mut tx).await?;
    let stored = db::sites::stored(&mut tx, site_id).await?;
    let stored = stored.filter(|s| s.closed_on.is_none() && allowed(&s.record.city));
    let stored = stored.ok_or(ReviewError::NotFound)?;
    let waiting = db::staff_changes::of_site(&mut tx, site_id).await?;
    let waiting = waiting.ok_or(ReviewError::NotFound)?;
    db::staff_changes::remove(&mut tx, site_id).await?;
    match verdict {
        Verdict::Confirm => {
            let lines = staff_change::lines(&stored.record, &waiting.previous);
            let detail = lines.join("\n");
            audit(
                &mut tx,
                actor,
                "staff-change-confirmed",
                Some(site_id),
                &detail,
            )
            .await?;
        }
        Verdict::Undo => {
            let restored = staff_change::restored(&stored.record, &waiting.previous);
            let site = restored.parse_stored().map_err(ReviewError::Unrestorable)?;
            db::sites::upsert(&mut tx, std::slice::from_ref(&site)).await?;
            let detail = changes(&stored.record, &restored).join("\n");
            audit(
                &mut tx,
                actor,
                "staff-change-undone",
                Some(site_id),
                &detail,
            )
            .await?;
        }
    }
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(())
}
