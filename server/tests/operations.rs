//! Running Senim as a small NGO would: SIGTERM stops it without losing an
//! answered booking; a backup taken while it runs is encrypted to the
//! operator's key and restores the bookings with the `age` CLI; the
//! database, its log and the key file are the owner's alone.

mod support;

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use support::{
    LOAD_TEST, Running, database_url, free_port, on_postgres, read_log, start, start_with,
    terminate, wipe_database,
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

/// A key pair made with the real `age-keygen`, as the operator would on a
/// machine of their own: the identity (private key) file and the public
/// key, which is all the server is given.
fn age_key_pair(operator: &Path) -> (PathBuf, String) {
    std::fs::create_dir_all(operator).unwrap();
    let identity = operator.join("senim-backup.key");
    let made = Command::new("age-keygen").arg("-o").arg(&identity).output();
    assert!(made.unwrap().status.success(), "age-keygen -o");
    let public = Command::new("age-keygen")
        .arg("-y")
        .arg(&identity)
        .output()
        .unwrap();
    assert!(public.status.success(), "age-keygen -y: {public:?}");
    let public = String::from_utf8(public.stdout).unwrap().trim().to_string();
    assert!(public.starts_with("age1"), "{public}");
    (identity, public)
}

/// `server backup FILE ARGS…`, the way the README says.
fn back_up(dir: &Path, backup: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("backup")
        .arg(backup)
        .args(args)
        .env("DATABASE_URL", database_url(dir))
        .output()
        .unwrap()
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program).args(args).status().unwrap();
    assert!(status.success(), "{program} {args:?}");
}

/// Restores the encrypted `backup` as the test's (wiped) database, the
/// way the README says: Debian's `age` decrypts it with the operator's
/// identity; on PostgreSQL straight into `pg_restore`.
fn restore(dir: &Path, backup: &Path, identity: &Path) {
    let mut age = Command::new("age");
    age.arg("--decrypt").arg("--identity").arg(identity);
    if on_postgres(dir) {
        let url = database_url(dir);
        let (server, name) = url.rsplit_once('/').unwrap();
        run(
            "createdb",
            &[&format!("--maintenance-db={server}/postgres"), name],
        );
        let mut decrypt = age.arg(backup).stdout(Stdio::piped()).spawn().unwrap();
        let restored = Command::new("pg_restore")
            .args(["--no-owner", &format!("--dbname={url}")])
            .stdin(decrypt.stdout.take().unwrap())
            .status()
            .unwrap();
        assert!(decrypt.wait().unwrap().success(), "age --decrypt");
        assert!(restored.success(), "pg_restore");
    } else {
        // The README's `(umask 077; age --decrypt … --output senim.db …)`.
        let database = dir.join("senim.db");
        let command = format!(
            "umask 077 && exec age --decrypt --identity '{}' --output '{}' '{}'",
            identity.display(),
            database.display(),
            backup.display()
        );
        run("sh", &["-c", &command]);
        assert_eq!(mode(&database), 0o600);
    }
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Whatever `server backup` may leave in the database's directory: no
/// plaintext copy stays behind.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".senim-backup"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_encrypted_backup_taken_while_running_restores_with_the_age_cli() {
    let dir = tempfile::tempdir().unwrap();
    let (identity, public) = age_key_pair(&dir.path().join("operator"));
    let port = free_port();
    let mut server = start(dir.path(), port).await;
    let client = reqwest::Client::new();
    let starts = slot_starts(&client, &server.base).await;
    let code = book(&client, &server.base, &starts[0]).await.unwrap();

    let backup = dir.path().join("senim-backup.age");
    let plain = back_up(dir.path(), &backup, &[]);
    assert!(!plain.status.success(), "{plain:?}");
    let refusal = String::from_utf8_lossy(&plain.stderr);
    assert!(refusal.contains("--recipient age1"), "{refusal}");
    assert!(!backup.exists(), "an unencrypted backup is never written");

    let made = back_up(dir.path(), &backup, &["--recipient", &public]);
    assert!(made.status.success(), "{made:?}");
    assert_eq!(mode(&backup), 0o600);
    let bytes = std::fs::read(&backup).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    for plaintext in [&b"SQLite format 3"[..], b"PGDMP", SITE.as_bytes()] {
        let seen = bytes.windows(plaintext.len()).any(|w| w == plaintext);
        assert!(
            !seen,
            "the backup shows {:?}",
            String::from_utf8_lossy(plaintext)
        );
    }
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
    let again = back_up(dir.path(), &backup, &["-r", &public]);
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    assert_eq!(std::fs::read(&backup).unwrap(), bytes);

    assert!(terminate(&mut server).success());
    wipe_database(dir.path());
    let mut wiped: Running = start(dir.path(), port).await;
    let gone = status_of(&client, &wiped.base, &code).await;
    assert_ne!(gone["status"], "booked", "a fresh database has no booking");
    assert!(terminate(&mut wiped).success());

    // The same key file and key state (beside it in `dir`) as before.
    wipe_database(dir.path());
    restore(dir.path(), &backup, &identity);
    let mut restored = start(dir.path(), port).await;
    let found = status_of(&client, &restored.base, &code).await;
    assert_eq!(found["status"], "booked", "{found}");
    assert!(terminate(&mut restored).success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_database_its_log_and_the_key_file_are_the_owners_alone() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start(dir.path(), port).await;
    let client = reqwest::Client::new();
    let starts = slot_starts(&client, &server.base).await;
    book(&client, &server.base, &starts[0]).await.unwrap();
    let mut files = vec!["senim.key"];
    if !on_postgres(dir.path()) {
        files.extend(["senim.db", "senim.db-wal", "senim.db-shm"]);
    }
    for file in files {
        assert_eq!(mode(&dir.path().join(file)), 0o600, "{file}");
    }
    assert!(terminate(&mut server).success());

    let key = dir.path().join("senim.key");
    run("chmod", &["640", key.to_str().unwrap()]);
    let mut refused = Command::new(env!("CARGO_BIN_EXE_server"))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", database_url(dir.path()))
        .env("SENIM_KEY_FILE", &key)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut waited = 0;
    while refused.try_wait().unwrap().is_none() && waited < 300 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        waited += 1;
    }
    if refused.try_wait().unwrap().is_none() {
        let _ = refused.kill();
        panic!("the server started with a key file others can read");
    }
    let exit = refused.wait().unwrap();
    let message = read_log(&mut refused);
    assert!(!exit.success(), "{message}");
    assert!(
        message.contains(&format!("chmod 600 {}", key.display())),
        "{message}"
    );
}
