//! Test helpers: the real server on a random port with a fresh database,
//! and a client that speaks to it. The database is a SQLite file, or, when
//! `SENIM_TEST_POSTGRES` names a PostgreSQL server (the test command's
//! second pass sets it), a new database on that server.

pub mod nginx;
pub mod portal;
pub mod postgres;

use server::config::Config;
use server::startup::Server;
use server::state::AppState;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;
use tempfile::TempDir;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub database_url: String,
    pub state: Arc<AppState>,
    config: Config,
    dir: TempDir,
}

/// A fresh database for one test: a SQLite file in `dir`, or a new
/// database (created when the server first connects) on the PostgreSQL
/// server named by `SENIM_TEST_POSTGRES`.
pub fn fresh_database_url(dir: &Path) -> String {
    static DATABASES: AtomicUsize = AtomicUsize::new(0);
    match std::env::var("SENIM_TEST_POSTGRES") {
        Ok(server) if !server.is_empty() => {
            let number = DATABASES.fetch_add(1, Ordering::Relaxed);
            format!("{server}/senim_{}_{number}", std::process::id())
        }
        _ => format!("sqlite://{}?mode=rwc", dir.join("senim.db").display()),
    }
}

/// A server on a free port of 127.0.0.1 that keeps its database (or, on
/// PostgreSQL, names a fresh one) and key in `dir`, and looks for
/// directory changes ten times a second.
pub fn config_in(dir: &Path) -> Config {
    Config {
        site_addr: "127.0.0.1:0".parse().expect("a valid address"),
        database_url: fresh_database_url(dir),
        site_root: concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site").to_string(),
        refresh_every: Duration::from_millis(100),
        key_file: dir.join("senim.key"),
        key_state_file: dir.join("senim.key.days"),
        retention_days: 0,
        audit_days: 365,
        stale_after_days: 180,
        https: false,
        plain_http: false,
        session_idle: Duration::from_secs(30 * 60),
        trusted_proxies: vec![],
        load_test: false,
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// The real server with `configure`'s changes to the test configuration.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    show_server_logs_if_asked();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut config = config_in(dir.path());
    configure(&mut config);
    let database_url = config.database_url.clone();
    let server = Server::build(&config).await.expect("the server starts");
    let address = format!("http://{}", server.local_addr());
    let state = server.state.clone();
    tokio::spawn(server.run());
    TestApp {
        address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A stalled answer fails the test instead of hanging the run.
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap(),
        database_url,
        state,
        config,
        dir,
    }
}

/// With `TEST_LOG=1` (or any value) the servers' log lines go to the
/// test's output (shown for a failing test, or all with `--nocapture`),
/// filtered by `RUST_LOG` (default `info`). Without it a run stays quiet.
fn show_server_logs_if_asked() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_none() {
            return;
        }
        let filter = tracing_subscriber::EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
        // Another subscriber already set (by a test of its own) wins.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_test_writer()
            .try_init();
    });
}

/// Gives every slot of `site` room for `capacity` people (the default
/// rules otherwise), as the hours form would.
pub async fn set_capacity(state: &AppState, site: &str, capacity: u32) {
    let rules = server::domain::bookings::slots::SlotRules {
        capacity,
        ..server::domain::bookings::slots::SlotRules::DEFAULT
    };
    let mut tx = state.db.begin().await.expect("a transaction");
    server::db::schedule::set_rules(&mut tx, site, &rules)
        .await
        .expect("the rules are written");
    tx.commit().await.expect("the rules are kept");
}

impl TestApp {
    /// Room for `capacity` people in every slot of `site`.
    pub async fn set_capacity(&self, site: &str, capacity: u32) {
        set_capacity(&self.state, site, capacity).await;
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("the server answers")
    }

    /// A second instance of the server on the same database and key, as a
    /// deployment with several instances runs: its base address.
    pub async fn another_instance(&self) -> String {
        let server = Server::build(&self.config)
            .await
            .expect("the second instance starts");
        let address = format!("http://{}", server.local_addr());
        tokio::spawn(server.run());
        address
    }

    /// A pool of one connection of the test's own to the server's
    /// database, for reading (or breaking) what the server stored.
    pub async fn own_pool(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::any::AnyPoolOptions::new()
            .max_connections(1)
            .connect(&self.database_url)
            .await
            .unwrap()
    }

    /// Everything the database keeps: the SQLite file and its write-ahead
    /// log, or a PostgreSQL database's data as `pg_dump` writes it.
    pub fn database_bytes(&self) -> Vec<u8> {
        if self.database_url.starts_with("postgres") {
            let dump = std::process::Command::new("pg_dump")
                .args(["--data-only", &self.database_url])
                .output()
                .expect("pg_dump runs");
            assert!(dump.status.success(), "{dump:?}");
            return dump.stdout;
        }
        // The log first: a checkpoint running meanwhile moves its pages into
        // the database before the log is reused, so what the log held then
        // is in the database read after it.
        ["senim.db-wal", "senim.db"]
            .iter()
            .flat_map(|file| std::fs::read(self.dir.path().join(file)).unwrap_or_default())
            .collect()
    }

    /// The directory this test's server keeps its files in (the SQLite
    /// database and its log, the key file and the key state).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The server's key file (`SENIM_KEY_FILE`).
    pub fn key_file(&self) -> &Path {
        &self.config.key_file
    }

    /// The server's key state file (`SENIM_KEY_STATE_FILE`).
    pub fn key_state_file(&self) -> &Path {
        &self.config.key_state_file
    }

    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.json().await.expect("a JSON body"))
    }

    /// POSTs `body` as JSON; the status and the JSON answer (`Null` when the
    /// body is not JSON).
    pub async fn post_json(&self, path: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
        let response = self
            .client
            .post(format!("{}{path}", self.address))
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or_default())
    }
}

/// The English sign-in page's pre-session cookie (`name=value`) and the
/// anti-forgery token of its form, as a browser gets them.
pub async fn sign_in_form(client: &reqwest::Client, base: &str) -> (String, String) {
    let page = client
        .get(format!("{base}/en/staff/login"))
        .send()
        .await
        .expect("the server answers");
    let cookie = page.headers()["set-cookie"]
        .to_str()
        .expect("a cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let html = page.text().await.expect("a page");
    let marker = "name=\"sign_in_token\" value=\"";
    let from = html.find(marker).expect("a sign-in token") + marker.len();
    let token = html[from..from + html[from..].find('"').unwrap()].to_string();
    (cookie, token)
}

/// Posts the sign-in form as a browser does, from the page it was given.
pub async fn post_sign_in(
    client: &reqwest::Client,
    base: &str,
    username: &str,
    password: &str,
) -> reqwest::Response {
    let (cookie, token) = sign_in_form(client, base).await;
    let form = [
        ("username", username),
        ("password", password),
        ("sign_in_token", token.as_str()),
    ];
    client
        .post(format!("{base}/en/staff/login"))
        .header("cookie", cookie)
        .form(&form)
        .send()
        .await
        .expect("the server answers")
}
