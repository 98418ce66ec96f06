//! The counts migration (SQLite 0018, PostgreSQL 0011) converts what a
//! database already holds: walk-ins become daily counts per site and
//! service, reception's audit rows become day counts without service or
//! minute, and ended reports lose their note.

use senim_tests::fresh_database_url;
use sqlx::migrate::{MigrateDatabase, Migrator};
use sqlx::{Any, AnyPool};
use std::path::Path;

/// The migrations of `backend` numbered below `first_new`, copied to `to`.
fn migrations_before(backend: &str, first_new: u32, to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../server/migrations")
        .join(backend);
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let number: u32 = name[..4].parse().unwrap();
        if number < first_new {
            std::fs::copy(&path, to.join(&name)).unwrap();
        }
    }
}

async fn rows(pool: &AnyPool, query: &str) -> Vec<Vec<String>> {
    use sqlx::Row;
    sqlx::query(query)
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|row| (0..row.len()).map(|i| row.get::<String, _>(i)).collect())
        .collect()
}

#[tokio::test]
async fn the_counts_migration_turns_walk_ins_and_reception_audit_rows_into_day_counts() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let (backend, first_new) = if url.starts_with("postgres") {
        ("postgres", 11)
    } else {
        ("sqlite", 18)
    };
    sqlx::any::install_default_drivers();
    Any::create_database(&url).await.unwrap();
    let pool = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await
        .unwrap();
    let before = dir.path().join("before");
    std::fs::create_dir(&before).unwrap();
    migrations_before(backend, first_new, &before);
    Migrator::new(before.as_path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();

    // 18:30 UTC is 23:30 in Almaty; 19:30 UTC is the next day there.
    for statement in [
        "INSERT INTO sites (id, name_ru, name_kk, name_en, kind, city, address, lat, lon,
             location_precision, services, requires_id, anonymous_testing, languages, phone,
             opening_hours, timezone, source_url, checked_on, demo)
         VALUES ('s', 'a', 'a', 'a', 'k', 'c', 'x', 0, 0, 'city', '', '', '', '', '', '',
             'Asia/Almaty', '', '2026-01-01', '')",
        "INSERT INTO accounts (username, password_hash, role, created_utc)
         VALUES ('nurse', 'h', 'staff', '2026-01-01T00:00:00Z')",
        "INSERT INTO walk_ins (site_id, at_utc, service) VALUES
         ('s', '2026-12-07T18:30:00Z', 'pep'), ('s', '2026-12-07T19:30:00Z', 'pep'),
         ('s', '2026-12-07T20:00:00Z', NULL)",
        "INSERT INTO audit_log (at_utc, account_id, action, site_id, detail) VALUES
         ('2026-12-07T10:00:00Z', 1, 'walk-in', 's', 'pep'),
         ('2026-12-07T11:00:00Z', 1, 'walk-in', 's', ''),
         ('2026-12-07T11:05:00Z', 1, 'booking-status', 's', 'arrived'),
         ('2026-12-07T11:10:00Z', 1, 'hours', 's', 'opening_hours')",
        "INSERT INTO site_reports (site_id, problem, note, reported_on, status) VALUES
         ('s', 'phone', 'ended note', '2026-12-01', 'resolved'),
         ('s', 'hours', 'open note', '2026-12-01', 'open')",
    ] {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    let all = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../server/migrations")
        .join(backend);
    Migrator::new(all.as_path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();

    assert_eq!(
        rows(
            &pool,
            "SELECT day, service, CAST(count AS TEXT) FROM walk_in_counts ORDER BY day, service"
        )
        .await,
        [
            ["2026-12-07", "pep", "1"],
            ["2026-12-08", "", "1"],
            ["2026-12-08", "pep", "1"],
        ]
    );
    assert_eq!(
        rows(
            &pool,
            "SELECT day, action, detail, CAST(count AS TEXT) FROM audit_day_counts ORDER BY action"
        )
        .await,
        [
            ["2026-12-07", "booking-status", "arrived", "1"],
            ["2026-12-07", "walk-in", "", "2"],
        ]
    );
    assert_eq!(
        rows(&pool, "SELECT action FROM audit_log").await,
        [["hours"]],
        "only the timed row about the site stays"
    );
    assert_eq!(
        rows(
            &pool,
            "SELECT status, note FROM site_reports ORDER BY status"
        )
        .await,
        [["open", "open note"], ["resolved", ""]]
    );
}
