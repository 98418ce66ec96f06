//! The bookings migration (SQLite 0017, PostgreSQL 0010) rebuilds
//! `bookings` without an instant of its making: existing rows keep their
//! order as integer ids, lose `created_utc` and `request_hash`, and a
//! cancelled booking's code hash is replaced, on the database the test
//! runs on.

mod support;

use server::db::Db;
use sqlx::AnyPool;

#[tokio::test(flavor = "multi_thread")]
async fn bookings_keep_their_order_as_ids_and_lose_their_instants() {
    let dir = tempfile::tempdir().unwrap();
    let (url, pool) = support::database_before(dir.path(), 17, 10).await;
    let statements = [
        "INSERT INTO sites (id, name_ru, name_kk, name_en, kind, city, address, lat, lon,
            location_precision, services, requires_id, anonymous_testing, languages, phone,
            opening_hours, timezone, source_url, checked_on, demo)
         VALUES ('old-site', 'a', 'a', 'a', 'aids_centre', 'Almaty', '', 43.2, 76.9, 'city',
            '', '', '', '', '', '', 'Asia/Almaty', '', '2026-01-01', 'no')",
        "INSERT INTO bookings (request_hash, code_hash, site_id, start_utc, end_utc, nickname,
            service, status, created_utc) VALUES
            ('r-late', 'code-late', 'old-site', '2030-01-02T05:00:00Z', '2030-01-02T05:30:00Z',
             'Second', NULL, 'booked', '2029-12-01T10:00:05Z'),
            ('r-early', 'code-early', 'old-site', '2030-01-02T05:00:00Z', '2030-01-02T05:30:00Z',
             'First', NULL, 'booked', '2029-12-01T10:00:01Z'),
            ('r-gone', 'code-gone', 'old-site', '2030-01-02T05:00:00Z', '2030-01-02T05:30:00Z',
             NULL, NULL, 'cancelled', '2029-12-01T10:00:03Z')",
    ];
    for statement in statements {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool.close().await;

    // The new release migrates on start.
    let db = Db::connect(&url).await.unwrap();
    drop(db);
    let pool = AnyPool::connect(&url).await.unwrap();
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, code_hash, status FROM bookings ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let hashes: Vec<&str> = rows.iter().map(|(_, hash, _)| hash.as_str()).collect();
    assert_eq!(hashes[0], "code-early", "made first, numbered first");
    assert!(
        hashes[1].starts_with("retired:") && hashes[1].len() > 40,
        "{hashes:?}"
    );
    assert_eq!(hashes[2], "code-late");
    for gone in ["created_utc", "request_hash"] {
        let read = sqlx::query(&format!("SELECT {gone} FROM bookings"))
            .fetch_all(&pool)
            .await;
        assert!(read.is_err(), "{gone} is gone");
    }
    let guards: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM booking_requests")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(guards, 0);
    pool.close().await;
}
