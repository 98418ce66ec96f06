//! Running the real server binary on a database in a directory of the
//! test's, as an operator would. Each test binary uses a part of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The database a test keeps "in" `dir`: a SQLite file there, or, when
/// `SENIM_TEST_POSTGRES` names a PostgreSQL server (as the test command
/// sets it), a database on it named after `dir` (created on first start).
pub fn database_url(dir: &Path) -> String {
    match std::env::var("SENIM_TEST_POSTGRES") {
        Ok(server) if !server.is_empty() => {
            let name: String = dir
                .file_name()
                .unwrap()
                .to_string_lossy()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            format!(
                "{server}/senim_{}_{}",
                std::process::id(),
                name.to_lowercase()
            )
        }
        _ => format!("sqlite://{}?mode=rwc", dir.join("senim.db").display()),
    }
}

pub fn on_postgres(dir: &Path) -> bool {
    database_url(dir).starts_with("postgres")
}

/// Removes the test's database, as a wiped disk or server would.
pub fn wipe_database(dir: &Path) {
    if on_postgres(dir) {
        let url = database_url(dir);
        let (server, name) = url.rsplit_once('/').unwrap();
        let dropped = Command::new("dropdb")
            .args([
                "--force",
                &format!("--maintenance-db={server}/postgres"),
                name,
            ])
            .status()
            .expect("dropdb runs");
        assert!(dropped.success(), "dropdb {name}");
    } else {
        for file in ["senim.db", "senim.db-wal", "senim.db-shm"] {
            let _ = std::fs::remove_file(dir.join(file));
        }
    }
}

pub struct Running {
    pub child: Child,
    pub base: String,
}

/// What a stopped server printed.
pub fn read_log(child: &mut Child) -> String {
    use std::io::Read;
    child.wait().unwrap();
    let mut log = String::new();
    for stream in [
        child.stdout.take().map(|s| Box::new(s) as Box<dyn Read>),
        child.stderr.take().map(|s| Box::new(s) as Box<dyn Read>),
    ]
    .into_iter()
    .flatten()
    {
        let mut stream = stream;
        stream.read_to_string(&mut log).unwrap();
    }
    log
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub async fn start(dir: &Path, port: u16) -> Running {
    start_with(dir, port, &[]).await
}

/// `SENIM_LOAD_TEST=1`: for tests that book many times from one address
/// (no booking caps, no surge slow-down).
pub const LOAD_TEST: &[(&str, &str)] = &[("SENIM_LOAD_TEST", "1")];

/// [`start`], with more environment variables.
pub async fn start_with(dir: &Path, port: u16, env: &[(&str, &str)]) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .envs(env.iter().copied())
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", database_url(dir))
        .env("SENIM_KEY_FILE", dir.join("senim.key"))
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server binary starts");
    let base = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if reqwest::get(format!("{base}/healthz"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Running { child, base };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not start");
}

/// Asks the server to stop, as systemd does (SIGTERM), and waits for it.
pub fn terminate(running: &mut Running) -> std::process::ExitStatus {
    let pid = running.child.id().to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(sent.success(), "kill -TERM {pid}");
    running.child.wait().unwrap()
}

/// A database "in" `dir` migrated only up to, not including, the migration
/// numbered `sqlite` (or `postgres` on PostgreSQL): the schema of a
/// database of an earlier release, for a migration test to fill. Returns
/// its URL and a pool on it.
pub async fn database_before(dir: &Path, sqlite: u32, postgres: u32) -> (String, sqlx::AnyPool) {
    use sqlx::migrate::{MigrateDatabase, Migrator};
    let url = database_url(dir);
    let (folder, version) = if on_postgres(dir) {
        ("postgres", postgres)
    } else {
        ("sqlite", sqlite)
    };
    let before = dir.join("migrations-before");
    std::fs::create_dir(&before).unwrap();
    let from = format!("{}/migrations/{folder}", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().to_string();
        let number: u32 = name[..4].parse().unwrap();
        if number < version {
            std::fs::copy(entry.path(), before.join(&name)).unwrap();
        }
    }
    sqlx::any::install_default_drivers();
    sqlx::Any::create_database(&url).await.unwrap();
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    Migrator::new(before.as_path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    (url, pool)
}
