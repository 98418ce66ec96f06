//! The organisations migration (SQLite 0014, PostgreSQL 0007) turns the
//! free-text organisation names that accounts and referrals carried into
//! records that both point at by id, on the database the test runs on.

mod support;

use server::db::{self, Db};

#[tokio::test(flavor = "multi_thread")]
async fn free_text_organisations_become_records_that_accounts_and_referrals_point_at() {
    let dir = tempfile::tempdir().unwrap();
    let (url, pool) = support::database_before(dir.path(), 14, 7).await;

    let statements = [
        "INSERT INTO sites (id, name_ru, name_kk, name_en, kind, city, address, lat, lon,
            location_precision, services, requires_id, anonymous_testing, languages, phone,
            opening_hours, timezone, source_url, checked_on, demo)
         VALUES ('old-site', 'a', 'a', 'a', 'aids_centre', 'Almaty', '', 43.2, 76.9, 'city',
            '', '', '', '', '', '', 'Asia/Almaty', '', '2026-01-01', 'no')",
        "INSERT INTO accounts (username, password_hash, role, organisation, created_utc) VALUES
            ('walker.one', 'x', 'outreach', ' Amelia ', '2026-01-01T00:00:00Z'),
            ('walker.two', 'x', 'outreach', 'Amelia', '2026-01-01T00:00:00Z'),
            ('nurse.one', 'x', 'staff', NULL, '2026-01-01T00:00:00Z')",
        "INSERT INTO bookings (request_hash, code_hash, site_id, start_utc, end_utc, nickname,
            service, status, created_utc, referral_org) VALUES
            ('r1', 'c1', 'old-site', '2026-01-02T05:00:00Z', '2026-01-02T05:30:00Z', NULL, NULL,
             'fulfilled', '2026-01-01T00:00:00Z', 'Amelia'),
            ('r2', 'c2', 'old-site', '2026-01-02T05:00:00Z', '2026-01-02T05:30:00Z', NULL, NULL,
             'noshow', '2026-01-01T00:00:00Z', 'Closed NGO'),
            ('r3', 'c3', 'old-site', '2026-01-02T05:00:00Z', '2026-01-02T05:30:00Z', NULL, NULL,
             'fulfilled', '2026-01-01T00:00:00Z', NULL)",
    ];
    for statement in statements {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool.close().await;

    // The new release migrates on start.
    let db = Db::connect(&url).await.unwrap();
    let organisations = db::organisations::list(&db).await.unwrap();
    let names: Vec<&str> = organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Amelia", "Closed NGO"]);
    let (amelia, closed) = (organisations[0].id, organisations[1].id);
    for walker in ["walker.one", "walker.two"] {
        let account = db::accounts::by_username(&db, walker)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(account.organisation.map(|o| o.id), Some(amelia), "{walker}");
    }
    let nurse = db::accounts::by_username(&db, "nurse.one")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(nurse.organisation, None);
    for (organisation, status) in [(amelia, "fulfilled"), (closed, "noshow")] {
        let counts = db::reports::referral_counts(&db, organisation)
            .await
            .unwrap();
        assert_eq!(counts.len(), 1, "{status}");
        assert_eq!(counts[0].2.code(), status);
        assert_eq!(counts[0].3, 1);
    }
}
