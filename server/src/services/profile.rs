//! A site's profile, edited by its staff: names, address, location,
//! services (free or paid), ID, anonymous testing, languages, phone and a
//! note. Checked by the same rules as every imported row
//! ([`SiteRecord::parse`]), saved with an audit row naming every field
//! changed, before and after.

use super::site_editor::changes;
use super::{Actor, audit, directory, service_error};
use crate::db::staff_changes::Waiting;
use crate::db::{self, DbError};
use crate::domain::sites::site::{MAX_NOTES_CHARS, Site, SiteRecord};
use crate::domain::sites::site_fields::SiteProblem;
use crate::domain::sites::staff_change;
use crate::state::AppState;
use chrono::Utc;

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The problems of the columns refused, and whether the note is too
    /// long.
    #[error("the profile is not valid: {problems:?}, note too long: {notes_too_long}")]
    Refused {
        problems: Vec<SiteProblem>,
        notes_too_long: bool,
    },
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ProfileError {
    Refused { .. } => (Invalid, "portal-profile-check"),
    Internal(_) => (Internal, "error-internal"),
});

/// The site `record` describes (the stored row with the edits), confirmed
/// today when `by_its_staff`, or why it is refused. Only edited columns
/// can be refused (the rest are the stored row's).
fn edited(
    site: &Site,
    record: &SiteRecord,
    notes: &str,
    by_its_staff: bool,
) -> Result<Site, ProfileError> {
    let notes_too_long = notes.chars().count() > MAX_NOTES_CHARS;
    let today = Utc::now().with_timezone(&site.timezone).date_naive();
    match record.parse() {
        Ok(parsed) if !notes_too_long => Ok(Site {
            notes: Some(notes.to_string()).filter(|n| !n.is_empty()),
            staff_checked_on: if by_its_staff {
                Some(today)
            } else {
                site.staff_checked_on
            },
            ..parsed
        }),
        parsed => Err(ProfileError::Refused {
            problems: parsed.err().unwrap_or_default(),
            notes_too_long,
        }),
    }
}

/// "column: before → after" for each field of the profile that differs,
/// the note included.
fn profile_changes(before: &Site, after: &Site) -> Vec<String> {
    let mut listed = changes(&before.to_record(), &after.to_record());
    if before.notes != after.notes {
        let note = |site: &Site| site.notes.clone().unwrap_or_default();
        listed.push(format!("notes: {} → {}", note(before), note(after)));
    }
    listed
}

/// Saves the edited profile, audited field by field; the public pages
/// show it at once. A change by the site's own staff (`by_its_staff`) to
/// its address, coordinates or phone waits for the region's coordinator
/// to confirm or undo it, and the page says so meanwhile.
pub async fn save(
    app: &AppState,
    actor: Actor,
    by_its_staff: bool,
    site: &Site,
    record: &SiteRecord,
    notes: &str,
) -> Result<Site, ProfileError> {
    let updated = edited(site, record, notes, by_its_staff)?;
    let mut tx = app.db.begin().await?;
    db::sites::hold_directory(&mut tx).await?;
    if by_its_staff {
        let before = match db::sites::stored(&mut tx, &site.id).await? {
            Some(stored) => stored.record,
            None => site.to_record(),
        };
        let waiting = db::staff_changes::of_site(&mut tx, &site.id).await?;
        let previous = waiting.map(|w| w.previous);
        if let Some(previous) = staff_change::merged(previous, &before, &updated.to_record()) {
            let changed_on = app.now().with_timezone(&site.timezone).date_naive();
            let waiting = Waiting {
                site_id: site.id.clone(),
                changed_on: changed_on.to_string(),
                previous,
            };
            db::staff_changes::save(&mut tx, &waiting).await?;
        }
    }
    db::sites::save_profile(&mut tx, &updated).await?;
    let detail = profile_changes(site, &updated).join("\n");
    audit(&mut tx, actor, "profile", Some(&site.id), &detail).await?;
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(updated)
}
