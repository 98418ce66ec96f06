//! Importing a directory file in the portal: a preview first (every row
//! new, changed field by field, unchanged, or refused with its line and
//! reason), then, once confirmed, all or nothing, each new or changed
//! site audited with its fields before and after. A coordinator changes
//! only sites whose settlement, before and after, is in their regions;
//! this is checked in the preview and again in the writing transaction.

use super::site_editor::changes;
use super::{Actor, audit, directory, service_error};
use crate::db::{self, DbError};
use crate::domain::formats::site_csv::RowError;
use crate::domain::formats::{hsds, site_csv, site_geojson};
use crate::domain::sites::site::{Site, SiteRecord};
use crate::domain::sites::site_fields::SiteProblem;
use crate::state::AppState;
use chrono::NaiveDate;
use vocabulary::forms::Column;

/// What importing would do to one row.
#[derive(Clone, Debug, PartialEq)]
pub enum RowOutcome {
    New,
    /// "column: before → after" for each field that differs.
    Changed(Vec<String>),
    Unchanged,
    /// Why, as the file's reader or [`SiteProblem`] says it.
    Refused(String),
}

/// One row of the preview, by its line in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewRow {
    pub line: u64,
    pub id: String,
    pub outcome: RowOutcome,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("some rows are refused")]
    Refused,
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(ImportError {
    Refused => (Invalid, "portal-import-refused"),
    Internal(_) => (Internal, "error-internal"),
});

/// The directory file formats: each is read and written here, for the
/// command line and the portal alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    GeoJson,
    Hsds,
}

impl Format {
    /// The sites as a file of this format; HSDS schedules show the week
    /// from `today`.
    pub fn write(self, sites: &[Site], today: NaiveDate) -> String {
        match self {
            Format::Hsds => {
                let english = |key: &str| app::i18n::tr(app::i18n::Lang::En, key);
                let organizations: Vec<_> = sites
                    .iter()
                    .map(|site| hsds::organization(site, &english, today))
                    .collect();
                serde_json::to_string_pretty(&organizations).expect("HSDS is JSON")
            }
            Format::GeoJson => {
                let collection = site_geojson::feature_collection(sites);
                serde_json::to_string_pretty(&collection).expect("GeoJSON is JSON")
            }
            Format::Csv => site_csv::write_sites(sites),
        }
    }

    /// Every site of a file of this format, or every reason it is refused.
    pub fn read(self, text: &str) -> Result<Vec<Site>, Vec<RowError>> {
        match self {
            Format::Hsds => hsds::read_sites(text),
            Format::GeoJson => site_geojson::read_sites(text),
            Format::Csv => site_csv::read_sites(text),
        }
    }

    /// The `Content-Type` of a file of this format.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::GeoJson => "application/geo+json",
            Format::Hsds => "application/json",
        }
    }

    /// A file name of this format, which [`format_of`] tells back.
    pub fn file_name(self, stem: &str) -> String {
        let extension = match self {
            Format::Csv => "csv",
            Format::GeoJson => "geojson",
            Format::Hsds => "hsds.json",
        };
        format!("{stem}.{extension}")
    }
}

/// HSDS for `.hsds.json`, GeoJSON for `.geojson` and `.json`, CSV otherwise.
pub fn format_of(name: &str) -> Format {
    let lower = name.to_lowercase();
    if lower.ends_with(".hsds.json") {
        Format::Hsds
    } else if lower.ends_with(".geojson") || lower.ends_with(".json") {
        Format::GeoJson
    } else {
        Format::Csv
    }
}

/// Every site of a file in the format its name ends with, or every reason
/// it is refused.
pub fn read_file(name: &str, text: &str) -> Result<Vec<Site>, Vec<RowError>> {
    format_of(name).read(text)
}

/// The line of the `index`th site of a file named `name`: CSV rows start
/// on line 2, GeoJSON features and HSDS organizations count from 1.
fn line_of(name: &str, index: usize) -> u64 {
    let first = match format_of(name) {
        Format::Csv => 2,
        Format::GeoJson | Format::Hsds => 1,
    };
    index as u64 + first
}

/// What importing the file would do, row by row; `allowed` says whether a
/// site's settlement is one the importer keeps.
pub async fn preview(
    app: &AppState,
    name: &str,
    text: &str,
    allowed: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<PreviewRow>, DbError> {
    let sites = match read_file(name, text) {
        Ok(sites) => sites,
        Err(errors) => {
            return Ok(errors
                .into_iter()
                .map(|e| PreviewRow {
                    line: e.line,
                    id: String::new(),
                    outcome: RowOutcome::Refused(e.reason),
                })
                .collect());
        }
    };
    let published = app.directory();
    let mut rows = vec![];
    for (index, site) in sites.iter().enumerate() {
        let outcome = if !allowed(&site.city) {
            let reason = format!("{} is not in your regions", site.city);
            RowOutcome::Refused(SiteProblem::new(Column::City, reason).to_string())
        } else if let Some(existing) = published.site(&site.id) {
            let changed = changes(&existing.to_record(), &site.to_record());
            if changed.is_empty() {
                RowOutcome::Unchanged
            } else if !allowed(&existing.city) {
                RowOutcome::Refused(not_yours(&site.id, &existing.city))
            } else {
                RowOutcome::Changed(changed)
            }
        } else if db::sites::exists(&app.db, &site.id).await? {
            let reason = format!("{} is a closed site: reopen it first", site.id);
            RowOutcome::Refused(SiteProblem::new(Column::Id, reason).to_string())
        } else {
            RowOutcome::New
        };
        rows.push(PreviewRow {
            line: line_of(name, index),
            id: site.id.clone(),
            outcome,
        });
    }
    Ok(rows)
}

/// Why a row that changes site `id`, now in `city`, is refused.
fn not_yours(id: &str, city: &str) -> String {
    let reason = format!("{id} is a site in {city}, which is not in your regions");
    SiteProblem::new(Column::Id, reason).to_string()
}

/// Imports the whole file, or nothing when a row is refused. Returns how
/// many sites were added or changed.
pub async fn apply(
    app: &AppState,
    actor: Actor,
    name: &str,
    text: &str,
    allowed: &(dyn Fn(&str) -> bool + Sync),
) -> Result<usize, ImportError> {
    let rows = preview(app, name, text, allowed).await?;
    if rows
        .iter()
        .any(|r| matches!(r.outcome, RowOutcome::Refused(_)))
    {
        return Err(ImportError::Refused);
    }
    let sites = read_file(name, text).map_err(|_| ImportError::Refused)?;
    let mut tx = app.db.begin().await?;
    // Checked again on the rows as they are now: no edit can slip in
    // between this check and the write.
    db::sites::hold_directory(&mut tx).await?;
    let mut written = 0;
    for site in &sites {
        let (action, fields) = match db::sites::stored(&mut tx, &site.id).await? {
            None => (
                "site-added",
                changes(&SiteRecord::default(), &site.to_record()),
            ),
            Some(stored) if stored.closed_on.is_some() || !allowed(&stored.record.city) => {
                return Err(ImportError::Refused);
            }
            Some(stored) => ("site-edited", changes(&stored.record, &site.to_record())),
        };
        if fields.is_empty() {
            continue;
        }
        db::sites::upsert(&mut tx, std::slice::from_ref(site)).await?;
        audit(&mut tx, actor, action, Some(&site.id), &fields.join("\n")).await?;
        written += 1;
    }
    tx.commit().await?;
    directory::refresh_after_change(app).await;
    Ok(written)
}
