//! `server import FILE` against a real database (SQLite, or PostgreSQL in
//! the test command's second pass), with a running server that must pick up
//! the change without a restart.

mod support;

use server::config::Config;
use server::db::{self, Db};
use server::services::directory;
use server::startup::Server;
use std::process::Command;
use std::time::Duration;

const HEADER: &str = "id,name_ru,name_kk,name_en,kind,city,address,lat,lon,precision,services,requires_id,anonymous_testing,languages,phone,opening_hours,timezone,source_url,checked_on,demo";

fn row(id: &str, kind: &str, lat: &str, hours: &str) -> String {
    format!(
        "{id},Тест,Тест,Test,{kind},Taraz,,{lat},71.36667,city,hiv_rapid_test:free,no,yes,ru|kk,,{hours},Asia/Almaty,https://example.org/source,2026-11-22,no"
    )
}

fn import(database_url: &str, file: &std::path::Path) -> std::process::Output {
    run("import", database_url, file)
}

fn run(command: &str, database_url: &str, file: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args([command, file.to_str().unwrap()])
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the server binary runs")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_file_changes_nothing_and_a_good_one_reaches_the_running_index() {
    let dir = tempfile::tempdir().unwrap();
    let dir_path = dir.path();
    // A server on a free port that looks for directory changes ten times a second.
    let config = Config {
        site_addr: "127.0.0.1:0".parse().unwrap(),
        database_url: support::database_url(dir_path),
        site_root: concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site").to_string(),
        refresh_every: std::time::Duration::from_millis(100),
        key_file: dir_path.join("senim.key"),
        key_state_file: dir_path.join("senim.key.days"),
        retention_days: 0,
        audit_days: 365,
        stale_after_days: 180,
        https: false,
        plain_http: false,
        session_idle: std::time::Duration::from_secs(30 * 60),
        trusted_proxies: vec![],
        load_test: false,
    };
    let database_url = config.database_url.clone();
    let server = Server::build(&config).await.unwrap();
    let state = server.state.clone();
    tokio::spawn(server.run());
    let db = Db::connect(&database_url).await.unwrap();
    let before = db::sites::load_all(&db).await.unwrap();

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        [
            HEADER.to_string(),
            row("new-good-row", "ngo", "42.9", "Mo-Fr 09:00-18:00"),
            row("bad-kind", "hospital", "42.9", ""),
            row("bad-lat", "ngo", "ninety", ""),
            row("bad-hours", "ngo", "42.9", "whenever"),
        ]
        .join("\n"),
    )
    .unwrap();
    let output = import(&database_url, &bad);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for expected in ["line 3: kind", "line 4: lat", "line 5: opening_hours"] {
        assert!(stderr.contains(expected), "{expected} not in {stderr}");
    }
    assert!(!stderr.contains("line 2"), "{stderr}");
    assert_eq!(
        db::sites::load_all(&db).await.unwrap(),
        before,
        "nothing of the bad file is applied"
    );

    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        [HEADER.to_string(), row("new-good-row", "ngo", "42.9", "")].join("\n"),
    )
    .unwrap();
    let output = import(&database_url, &good);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        db::sites::load_all(&db).await.unwrap().len(),
        before.len() + 1
    );

    let mut seen = false;
    for _ in 0..50 {
        if state.directory().site("new-good-row").is_some() {
            seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(seen, "the running server rebuilt its index");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_geojson_export_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = support::database_url(dir.path());
    let db = Db::connect(&database_url).await.unwrap();
    directory::seed_if_empty(&db).await.unwrap();
    let sites = db::sites::load_all(&db).await.unwrap();
    let file = dir.path().join("sites.geojson");
    std::fs::write(
        &file,
        serde_json::to_string(&server::domain::formats::site_geojson::feature_collection(
            &sites,
        ))
        .unwrap(),
    )
    .unwrap();
    let output = import(&database_url, &file);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut after = db::sites::load_all(&db).await.unwrap();
    let mut sites = sites;
    after.sort_by(|a, b| a.id.cmp(&b.id));
    sites.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(after, sites);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_hsds_export_imports_back_into_a_new_database_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let first = support::database_url(dir.path());
    let db = Db::connect(&first).await.unwrap();
    directory::seed_if_empty(&db).await.unwrap();
    let mut sites = db::sites::load_all(&db).await.unwrap();
    let file = dir.path().join("sites.hsds.json");
    let exported = run("export", &first, &file);
    assert!(exported.status.success(), "{exported:?}");
    assert!(
        run("export", &first, &file).status.code() != Some(0),
        "an existing file is kept"
    );

    let other = tempfile::tempdir().unwrap();
    let second = support::database_url(other.path());
    let imported = import(&second, &file);
    assert!(imported.status.success(), "{imported:?}");
    let db = Db::connect(&second).await.unwrap();
    let mut after = db::sites::load_all(&db).await.unwrap();
    after.sort_by(|a, b| a.id.cmp(&b.id));
    sites.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(after, sites);
}
