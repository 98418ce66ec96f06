//! Running Senim as a small NGO would: SIGTERM stops it without losing an
//! answered booking, and a backup taken while it runs restores the bookings.

mod support;

use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;
use support::{
    LOAD_TEST, Running, database_url, free_port, on_postgres, start, start_with, terminate,
    wipe_database,
};

const SITE: &str = "demo-taraz-trust-point";

async fn slot_starts(client: &reqwest::Client, base: &str) -> Vec<String> {
    let url = format!("{base}/api/v1/sites/{SITE}/slots?days=7");
    let slots: Value = client.get(url).send().await.unwrap().json().await.unwrap();
    slots["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_str().unwrap().to_string())
        .collect()
}

/// Books `start` and returns the code, if the server answered 201.
async fn book(client: &reqwest::Client, base: &str, start: &str) -> Option<String> {
    let body = json!({ "site_id": SITE, "start": start, "nickname": "Operator test" });
    let url = format!("{base}/api/v1/bookings");
    let response = client.post(url).json(&body).send().await.ok()?;
    if response.status().as_u16() != 201 {
        return None;
    }
    let booked: Value = response.json().await.ok()?;
    Some(booked["code"].as_str()?.to_string())
}

async fn status_of(client: &reqwest::Client, base: &str, code: &str) -> Value {
    let url = format!("{base}/api/v1/bookings/lookup");
    let response = client.post(url).json(&json!({ "code": code })).send().await;
    response.unwrap().json().await.unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_lets_answered_bookings_finish_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    // 15 bookings at one site at once would be a surge, slowed for seconds.
    let mut server = start_with(dir.path(), port, LOAD_TEST).await;
    let client = reqwest::Client::new();
    let starts = slot_starts(&client, &server.base).await;
    let burst: Vec<_> = starts
        .iter()
        .take(15)
        .map(|start| {
            let (client, base, start) = (client.clone(), server.base.clone(), start.clone());
            tokio::spawn(async move { book(&client, &base, &start).await })
        })
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(3)).await;
    let exit = terminate(&mut server);
    assert!(exit.success(), "SIGTERM is a clean stop: {exit:?}");
    let mut confirmed = vec![];
    for booking in burst {
        confirmed.extend(booking.await.unwrap());
    }
    eprintln!(
        "{} of 15 bookings sent around the stop were answered",
        confirmed.len()
    );
    let server = start(dir.path(), port).await;
    for code in &confirmed {
        let found = status_of(&client, &server.base, code).await;
        assert_eq!(found["status"], "booked", "an answered booking was lost");
    }
    let mut server = server;
    assert!(terminate(&mut server).success());
}

/// Backs the database up the way the README says: `server backup FILE` on
/// SQLite; on PostgreSQL the server refuses and names `pg_dump`, which is
/// then used.
fn back_up(dir: &Path, backup: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("backup")
        .arg(backup)
        .env("DATABASE_URL", database_url(dir))
        .output()
        .unwrap()
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program).args(args).status().unwrap();
    assert!(status.success(), "{program} {args:?}");
}

/// Restores `backup` as the test's (wiped) database.
fn restore(dir: &Path, backup: &Path) {
    if on_postgres(dir) {
        let url = database_url(dir);
        let (server, name) = url.rsplit_once('/').unwrap();
        run(
            "createdb",
            &[&format!("--maintenance-db={server}/postgres"), name],
        );
        let file = backup.to_str().unwrap();
        run(
            "pg_restore",
            &["--no-owner", &format!("--dbname={url}"), file],
        );
    } else {
        std::fs::copy(backup, dir.join("senim.db")).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_running_restores_the_bookings() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start(dir.path(), port).await;
    let client = reqwest::Client::new();
    let starts = slot_starts(&client, &server.base).await;
    let code = book(&client, &server.base, &starts[0]).await.unwrap();

    let backup = dir.path().join("backup.db");
    let first = back_up(dir.path(), &backup);
    if on_postgres(dir.path()) {
        assert!(!first.status.success(), "{first:?}");
        assert!(String::from_utf8_lossy(&first.stderr).contains("pg_dump --format=custom"));
        let url = database_url(dir.path());
        run(
            "pg_dump",
            &[
                "--format=custom",
                &format!("--file={}", backup.display()),
                &url,
            ],
        );
    } else {
        assert!(first.status.success(), "{first:?}");
        let again = back_up(dir.path(), &backup);
        assert!(
            !again.status.success(),
            "an existing file is never overwritten"
        );
        assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    }

    assert!(terminate(&mut server).success());
    wipe_database(dir.path());
    let mut wiped: Running = start(dir.path(), port).await;
    let gone = status_of(&client, &wiped.base, &code).await;
    assert_ne!(gone["status"], "booked", "a fresh database has no booking");
    assert!(terminate(&mut wiped).success());

    wipe_database(dir.path());
    restore(dir.path(), &backup);
    let mut restored = start(dir.path(), port).await;
    let found = status_of(&client, &restored.base, &code).await;
    assert_eq!(found["status"], "booked", "{found}");
    assert!(terminate(&mut restored).success());
}
