//! Coordinators and admins add a site or correct any field of one: the
//! same checks as an imported row ([`SiteRecord::parse`]), saved with an
//! audit row that names every field changed, before and after.

use super::{Actor, audit, directory, service_error};
use crate::db::{self, DbError};
use crate::domain::sites::site::{Site, SiteRecord};
use crate::domain::sites::site_fields::SiteProblem;
use crate::state::AppState;
use vocabulary::forms::Column;

#[derive(Debug, thiserror::Error)]
pub enum SiteEditError {
    #[error("the site is not valid: {0:?}")]
    Refused(Vec<SiteProblem>),
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(SiteEditError {
    Refused(_) => (Invalid, "portal-profile-check"),
    Internal(_) => (Internal, "error-internal"),
});

/// "column: before → after" for each column that differs.
pub fn changes(before: &SiteRecord, after: &SiteRecord) -> Vec<String> {
    Column::ALL
        .iter()
        .filter_map(|column| {
            let (old, new) = (before.value(*column), after.value(*column));
            (old != new).then(|| format!("{column}: {old} → {new}"))
        })
        .collect()
}

/// Adds a new site (`existing` is `None`; its id must be free, closed
/// sites included) or saves a corrected one; the public pages show it at
/// once. `allowed` says whether a settlement is one the editor keeps: the
/// site's, before (as stored when writing) and after, must be. Returns the
/// site as saved.
pub async fn save(
    app: &AppState,
    actor: Actor,
    record: &SiteRecord,
    existing: Option<&Site>,
    allowed: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Site, SiteEditError> {
    let site = record.parse().map_err(SiteEditError::Refused)?;
    let refused =
        |column, reason: String| SiteEditError::Refused(vec![SiteProblem::new(column, reason)]);
    let not_yours = || refused(Column::City, "not in your regions".into());
    if !allowed(&site.city) {
        return Err(not_yours());
    }
    if let Some(existing) = existing
        && existing.id != site.id
    {
        return Err(refused(Column::Id, "the id of a site cannot change".into()));
    }
    let mut tx = app.db.begin().await?;
    db::sites::hold_directory(&mut tx).await?;
    let stored = db::sites::stored(&mut tx, &site.id).await?;
    let (action, detail) = match (existing, stored) {
        (None, None) => (
            "site-added",
            changes(&SiteRecord::default(), &site.to_record()),
        ),
        (None, Some(_)) => {
            return Err(refused(Column::Id, format!("{} is taken", site.id)));
        }
        (Some(_), Some(stored)) if stored.closed_on.is_none() => {
            if !allowed(&stored.record.city) {
                return Err(not_yours());
            }
            ("site-edited", changes(&stored.record, &site.to_record()))
        }
        (Some(_), _) => {
            let reason = format!("{} is a closed site: reopen it first", site.id);
            return Err(refused(Column::Id, reason));
        }
    };
    db::sites::upsert(&mut tx, std::slice::from_ref(&site)).await?;
    audit(&mut tx, actor, action, Some(&site.id), &detail.join("\n")).await?;
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(site)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sites::site_record::tests::record;

    #[test]
    fn changes_name_each_field_before_and_after() {
        let before = record();
        let mut after = before.clone();
        after.phone = "+7 700 000 00 00".into();
        after.city = "Almaty".into();
        let listed = changes(&before, &after);
        assert_eq!(listed.len(), 2, "{listed:?}");
        assert!(
            listed
                .iter()
                .any(|c| c.starts_with("city: ") && c.ends_with("→ Almaty"))
        );
        assert!(changes(&before, &before).is_empty());
    }
}
