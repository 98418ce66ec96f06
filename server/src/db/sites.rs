//! The directory's rows (`sites`) and its version, which every change bumps
//! so that every instance rebuilds its index.

use super::{Db, Result, Tx};
use crate::domain::site::{Site, SiteRecord};
use sqlx::FromRow;

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

/// Every site in the database. A row that no longer parses (written by a
/// newer version, say) is left out and named in the log, not fatal.
pub async fn load_all(db: &Db) -> Result<Vec<Site>> {
    let rows: Vec<SiteRow> = sqlx::query_as("SELECT * FROM sites")
        .fetch_all(&db.pool)
        .await?;
    let mut sites = Vec::with_capacity(rows.len());
    for row in rows {
        let notes = Some(row.notes.clone()).filter(|n| !n.is_empty());
        let staff_checked_on = row.staff_checked_on.as_deref().and_then(|d| d.parse().ok());
        let record = SiteRecord::from(row);
        match record.parse() {
            Ok(site) => sites.push(Site {
                notes,
                staff_checked_on,
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

/// Inserts or updates `sites` and bumps the directory version.
pub async fn upsert(tx: &mut Tx, sites: &[Site]) -> Result<()> {
    for site in sites {
        let r = site.to_record();
        sqlx::query(
            "INSERT INTO sites (id, name_ru, name_kk, name_en, kind, city, address, lat, lon,
                location_precision, services, requires_id, anonymous_testing, languages, phone,
                opening_hours, timezone, source_url, checked_on, demo)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
             ON CONFLICT (id) DO UPDATE SET
                name_ru = excluded.name_ru, name_kk = excluded.name_kk, name_en = excluded.name_en,
                kind = excluded.kind, city = excluded.city, address = excluded.address,
                lat = excluded.lat, lon = excluded.lon, location_precision = excluded.location_precision,
                services = excluded.services, requires_id = excluded.requires_id,
                anonymous_testing = excluded.anonymous_testing, languages = excluded.languages,
                phone = excluded.phone, opening_hours = excluded.opening_hours,
                timezone = excluded.timezone, source_url = excluded.source_url,
                checked_on = excluded.checked_on, demo = excluded.demo",
        )
        .bind(&r.id)
        .bind(&r.name_ru)
        .bind(&r.name_kk)
        .bind(&r.name_en)
        .bind(&r.kind)
        .bind(&r.city)
        .bind(&r.address)
        .bind(site.location.lat())
        .bind(site.location.lon())
        .bind(&r.precision)
        .bind(&r.services)
        .bind(&r.requires_id)
        .bind(&r.anonymous_testing)
        .bind(&r.languages)
        .bind(&r.phone)
        .bind(&r.opening_hours)
        .bind(&r.timezone)
        .bind(&r.source_url)
        .bind(&r.checked_on)
        .bind(&r.demo)
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

/// Saves what a site's staff may change of its profile (names, address,
/// location, services, ID, anonymous testing, languages, phone, note, and
/// the day they confirmed it), and marks the directory changed.
pub async fn save_profile(tx: &mut Tx, site: &Site) -> Result<()> {
    let r = site.to_record();
    sqlx::query(
        "UPDATE sites SET name_ru = $1, name_kk = $2, name_en = $3, address = $4, lat = $5,
            lon = $6, location_precision = $7, services = $8, requires_id = $9,
            anonymous_testing = $10, languages = $11, phone = $12, notes = $13,
            staff_checked_on = $14
         WHERE id = $15",
    )
    .bind(&r.name_ru)
    .bind(&r.name_kk)
    .bind(&r.name_en)
    .bind(&r.address)
    .bind(site.location.lat())
    .bind(site.location.lon())
    .bind(&r.precision)
    .bind(&r.services)
    .bind(&r.requires_id)
    .bind(&r.anonymous_testing)
    .bind(&r.languages)
    .bind(&r.phone)
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
    Ok(())
}
