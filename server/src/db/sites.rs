//! The directory's rows (`sites`) and its version, which every change bumps
//! so that every instance rebuilds its index.

use super::{Db, Result, Tx};
use crate::domain::sites::site::{Site, SiteRecord};
use sqlx::FromRow;
use vocabulary::forms::Column;

#[derive(FromRow)]
struct SiteRow {
    id: String,
    name_ru: String,
    name_kk: String,
    name_en: String,
    kind: String,
    city: String,
    address: String,
    lat: f64,
    lon: f64,
    location_precision: String,
    services: String,
    requires_id: String,
    anonymous_testing: String,
    languages: String,
    phone: String,
    opening_hours: String,
    timezone: String,
    source_url: String,
    checked_on: String,
    demo: String,
    notes: String,
    staff_checked_on: Option<String>,
    closed_on: Option<String>,
    /// Only where the query joins `staff_changes`.
    #[sqlx(default)]
    staff_changed_on: Option<String>,
}

impl From<SiteRow> for SiteRecord {
    fn from(row: SiteRow) -> SiteRecord {
        SiteRecord {
            id: row.id,
            name_ru: row.name_ru,
            name_kk: row.name_kk,
            name_en: row.name_en,
            kind: row.kind,
            city: row.city,
            address: row.address,
            lat: row.lat.to_string(),
            lon: row.lon.to_string(),
            precision: row.location_precision,
            services: row.services,
            requires_id: row.requires_id,
            anonymous_testing: row.anonymous_testing,
            languages: row.languages,
            phone: row.phone,
            opening_hours: row.opening_hours,
            timezone: row.timezone,
            source_url: row.source_url,
            checked_on: row.checked_on,
            demo: row.demo,
        }
    }
}

/// Every published site: all but the closed ones. A row that no longer
/// parses (written by a newer version, say) is left out and named in the
/// log, not fatal.
pub async fn load_all(db: &Db) -> Result<Vec<Site>> {
    let rows: Vec<SiteRow> = sqlx::query_as(
        "SELECT sites.*, staff_changes.changed_on AS staff_changed_on FROM sites
         LEFT JOIN staff_changes ON staff_changes.site_id = sites.id
         WHERE sites.closed_on IS NULL",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut sites = Vec::with_capacity(rows.len());
    for row in rows {
        let notes = Some(row.notes.clone()).filter(|n| !n.is_empty());
        let day = |d: &Option<String>| d.as_deref().and_then(|d| d.parse().ok());
        let staff_checked_on = day(&row.staff_checked_on);
        let staff_changed_on = day(&row.staff_changed_on);
        let record = SiteRecord::from(row);
        match record.parse_stored() {
            Ok(site) => sites.push(Site {
                notes,
                staff_checked_on,
                staff_changed_on,
                ..site
            }),
            Err(problems) => tracing::error!(site = %record.id, ?problems, "site row skipped"),
        }
    }
    Ok(sites)
}

/// The directory's version: bumped by every change to a site.
pub async fn version(db: &Db) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT version FROM directory_version WHERE id = 1")
            .fetch_one(&db.pool)
            .await?,
    )
}

/// How many sites there are, published or not.
pub async fn count(db: &Db) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM sites")
        .fetch_one(&db.pool)
        .await?)
}

/// Whether a site with this id exists.
pub async fn exists(db: &Db, id: &str) -> Result<bool> {
    let found: Option<String> = sqlx::query_scalar("SELECT id FROM sites WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(found.is_some())
}

/// A site's row as stored, published or closed.
pub struct StoredSite {
    pub record: SiteRecord,
    /// YYYY-MM-DD, when closed.
    pub closed_on: Option<String>,
}

/// The stored row of site `id`, if any, read inside `tx` (after
/// [`hold_directory`], as it stays until commit).
pub async fn stored(tx: &mut Tx, id: &str) -> Result<Option<StoredSite>> {
    let found: Option<SiteRow> = sqlx::query_as("SELECT * FROM sites WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx.0)
        .await?;
    Ok(found.map(|row| StoredSite {
        closed_on: row.closed_on.clone(),
        record: SiteRecord::from(row),
    }))
}

/// Takes the directory's write lock for the rest of `tx` (by marking it
/// changed first), so that the rows `tx` reads next are the latest and
/// no other change to a site can be written before `tx` ends: every
/// change to a site marks the directory changed.
pub async fn hold_directory(tx: &mut Tx) -> Result<()> {
    mark_changed(tx).await
}

/// The database column of a record's column.
fn db_column(column: Column) -> &'static str {
    match column {
        Column::Precision => "location_precision",
        other => other.code(),
    }
}

/// `$from, $from+1, …` for `count` values.
fn placeholders(from: usize, count: usize) -> Vec<String> {
    (from..from + count).map(|i| format!("${i}")).collect()
}

type SiteQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds `site`'s values of `columns`, in order: coordinates as numbers,
/// the rest as the record's text.
fn bind_columns<'q>(mut query: SiteQuery<'q>, site: &Site, columns: &[Column]) -> SiteQuery<'q> {
    let record = site.to_record();
    for column in columns {
        query = match column {
            Column::Lat => query.bind(site.location.lat()),
            Column::Lon => query.bind(site.location.lon()),
            _ => query.bind(record.value(*column).to_string()),
        };
    }
    query
}

/// Inserts or updates `sites` and bumps the directory version.
pub async fn upsert(tx: &mut Tx, sites: &[Site]) -> Result<()> {
    let columns = Column::ALL;
    let names: Vec<&str> = columns.iter().map(|c| db_column(*c)).collect();
    let updates: Vec<String> = names[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    let sql = format!(
        "INSERT INTO sites ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        names.join(", "),
        placeholders(1, columns.len()).join(", "),
        updates.join(", ")
    );
    for site in sites {
        bind_columns(sqlx::query(&sql), site, columns)
            .execute(&mut *tx.0)
            .await?;
    }
    mark_changed(tx).await
}

/// Replaces a site's opening hours (already checked) and marks the
/// directory changed, so every instance rebuilds its index.
pub async fn set_opening_hours(tx: &mut Tx, site_id: &str, opening_hours: &str) -> Result<()> {
    sqlx::query("UPDATE sites SET opening_hours = $1 WHERE id = $2")
        .bind(opening_hours)
        .bind(site_id)
        .execute(&mut *tx.0)
        .await?;
    mark_changed(tx).await
}

/// Saves what a site's staff may change of its profile, their note and the
/// day they confirmed it, and marks the directory changed.
pub async fn save_profile(tx: &mut Tx, site: &Site) -> Result<()> {
    let columns: Vec<Column> = Column::ALL
        .iter()
        .copied()
        .filter(|c| c.staff_may_edit())
        .collect();
    let count = columns.len();
    let sets: Vec<String> = columns
        .iter()
        .zip(placeholders(1, count))
        .map(|(column, value)| format!("{} = {value}", db_column(*column)))
        .collect();
    let sql = format!(
        "UPDATE sites SET {}, notes = ${}, staff_checked_on = ${} WHERE id = ${}",
        sets.join(", "),
        count + 1,
        count + 2,
        count + 3
    );
    bind_columns(sqlx::query(&sql), site, &columns)
        .bind(site.notes.as_deref().unwrap_or(""))
        .bind(site.staff_checked_on.map(|d| d.to_string()))
        .bind(&site.id)
        .execute(&mut *tx.0)
        .await?;
    mark_changed(tx).await
}

/// Bumps the directory version, so every instance rebuilds its index.
async fn mark_changed(tx: &mut Tx) -> Result<()> {
    sqlx::query("UPDATE directory_version SET version = version + 1 WHERE id = 1")
        .execute(&mut *tx.0)
        .await?;
    super::changes::announce(tx).await
}

/// A closed site, as the directory page lists it.
#[derive(Debug, PartialEq, FromRow)]
pub struct ClosedSite {
    pub id: String,
    pub name_ru: String,
    pub name_kk: String,
    pub name_en: String,
    pub city: String,
    /// YYYY-MM-DD.
    pub closed_on: String,
}

/// Every closed site, most recently closed first.
pub async fn closed(db: &Db) -> Result<Vec<ClosedSite>> {
    Ok(sqlx::query_as(
        "SELECT id, name_ru, name_kk, name_en, city, closed_on FROM sites
         WHERE closed_on IS NOT NULL ORDER BY closed_on DESC, id",
    )
    .fetch_all(&db.pool)
    .await?)
}

/// Closes (`Some(day)`) or reopens (`None`) a site; `false` when there is
/// no such site or it already is so. Marks the directory changed.
pub async fn set_closed(tx: &mut Tx, site_id: &str, day: Option<&str>) -> Result<bool> {
    let query = match day {
        Some(day) => {
            sqlx::query("UPDATE sites SET closed_on = $1 WHERE id = $2 AND closed_on IS NULL")
                .bind(day)
                .bind(site_id)
        }
        None => {
            sqlx::query("UPDATE sites SET closed_on = NULL WHERE id = $1 AND closed_on IS NOT NULL")
                .bind(site_id)
        }
    };
    let done = query.execute(&mut *tx.0).await?.rows_affected();
    if done > 0 {
        mark_changed(tx).await?;
    }
    Ok(done > 0)
}
