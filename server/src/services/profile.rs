//! A site's profile, edited by its staff: names, address, location,
//! services (free or paid), ID, anonymous testing, languages, phone and a
//! note. Checked by the same rules as every imported row
//! ([`SiteRecord::parse`]), saved with its audit row.

use super::{Actor, audit, directory, service_error};
use crate::db::{self, DbError};
use crate::domain::site::{MAX_NOTES_CHARS, Site, SiteRecord};
use crate::state::AppState;
use chrono::Utc;

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The names of the fields refused (`SiteRecord` columns, or `notes`).
    #[error("these fields are not valid: {0:?}")]
    Refused(Vec<String>),
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ProfileError {
    Refused(_) => (Invalid, "portal-profile-check"),
    Internal(_) => (Internal, "error-internal"),
});

/// The site `record` describes (the stored row with the staff's edits),
/// confirmed by its staff today, or the names of the fields refused.
fn edited(site: &Site, record: &SiteRecord, notes: &str) -> Result<Site, Vec<String>> {
    let notes_too_long = notes.chars().count() > MAX_NOTES_CHARS;
    match record.parse() {
        Ok(parsed) if !notes_too_long => Ok(Site {
            notes: Some(notes.to_string()).filter(|n| !n.is_empty()),
            staff_checked_on: Some(Utc::now().with_timezone(&site.timezone).date_naive()),
            ..parsed
        }),
        Ok(_) => Err(vec!["notes".to_string()]),
        Err(problems) => {
            // Only edited columns can be refused (the rest are the stored
            // row's).
            let mut fields = SiteRecord::refused_columns(&problems);
            if notes_too_long {
                fields.push("notes".into());
            }
            Err(fields)
        }
    }
}

/// Saves the edited profile; the public pages show it at once.
pub async fn save(
    app: &AppState,
    actor: Actor,
    site: &Site,
    record: &SiteRecord,
    notes: &str,
) -> Result<Site, ProfileError> {
    let updated = edited(site, record, notes).map_err(ProfileError::Refused)?;
    let services = updated.to_record().services;
    let mut tx = app.db.begin().await?;
    db::sites::save_profile(&mut tx, &updated).await?;
    audit(&mut tx, actor, "profile", Some(&site.id), &services).await?;
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(updated)
}
