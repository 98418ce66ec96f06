//! Building and running the app: opens and migrates the database (seeding
//! an empty one), loads the index, binds the address (port 0 included, for
//! tests), and spawns the index refresher and the retention job.

use crate::config::{Config, load_or_create_key};
use crate::db::Db;
use crate::domain::clock::Clock;
use crate::domain::index::gazetteer::Gazetteer;
use crate::services::day_keys::DayKeys;
use crate::services::passwords::Passwords;
use crate::services::{directory, nicknames, retention};
use crate::state::AppState;
use crate::web::{WebState, router};
use anyhow::Context;
use axum::Router;
use leptos::prelude::LeptosOptions;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// A server bound to its address, ready to run.
pub struct Server {
    listener: TcpListener,
    router: Router,
    pub state: Arc<AppState>,
}

impl Server {
    /// Refuses plain HTTP on a network address unless told it is
    /// deliberate ([`Config::transport_check`]), and then warns.
    pub async fn build(config: &Config) -> anyhow::Result<Server> {
        match config.transport_check() {
            Ok(None) => {}
            Ok(Some(warning)) => tracing::warn!("{warning}"),
            Err(refusal) => anyhow::bail!(refusal),
        }
        // The secrets first: a key file or key state others can read stops
        // the start before the database is created or migrated.
        let clock = Clock::default();
        let code_key = load_or_create_key(&config.key_file)?;
        let day_keys = DayKeys::load_or_create(
            config.key_state_file.clone(),
            code_key.day_keys_salt(),
            clock.now(),
            config.retention_days,
        )?;
        let db = Db::connect(&config.database_url).await?;
        directory::seed_if_empty(&db)
            .await
            .context("cannot seed the directory from data/sites.csv")?;
        let gazetteer = gazetteer()?;
        let app = Arc::new(AppState {
            directory: directory::load(&db).await?,
            db,
            clock,
            gazetteer,
            code_key,
            day_keys,
            secure_cookies: config.https,
            passwords: tokio::task::spawn_blocking(Passwords::new).await?,
            session_idle: chrono::Duration::from_std(config.session_idle)
                .context("SENIM_SESSION_IDLE_MINUTES is too long")?,
            stale_after_days: config.stale_after_days,
            retention_days: config.retention_days,
            audit_days: config.audit_days,
            load_test: config.load_test,
            spent_keys: Default::default(),
            surges: Default::default(),
        });
        if config.load_test {
            tracing::warn!(
                "SENIM_LOAD_TEST=1: bookings are not capped nor slowed (load tests only)"
            );
        }
        let sealed = nicknames::seal_plain(&app)
            .await
            .context("cannot seal the nicknames stored in plain text")?;
        if sealed > 0 {
            tracing::info!(sealed, "nicknames stored in plain text sealed");
        }
        spawn_refresher(app.clone(), config.refresh_every);
        spawn_retention(app.clone());
        let listener = TcpListener::bind(config.site_addr).await?;
        let leptos = LeptosOptions::builder()
            .output_name("senim")
            .site_root(config.site_root.as_str())
            .site_pkg_dir("pkg")
            .hash_files(hashed_assets())
            .site_addr(listener.local_addr()?)
            .build();
        let router = router(WebState {
            leptos,
            app: app.clone(),
            trusted_proxies: config.trusted_proxies.clone().into(),
            pages: Default::default(),
        });
        Ok(Server {
            listener,
            router,
            state: app,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub async fn run(self) -> std::io::Result<()> {
        self.run_until(std::future::pending()).await
    }

    /// Serves until `shutdown` completes, then lets the requests under way
    /// finish (every answered booking is committed) before returning. Slow
    /// clients and slow requests are cut off (`web::serve`).
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        crate::web::serve::serve(self.listener, self.router, shutdown).await
    }
}

/// Whether cargo-leptos built the assets with hashed names: it then writes
/// `hash.txt` beside the server binary. (Test binaries have none.)
fn hashed_assets() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join("hash.txt").exists()))
        .unwrap_or(false)
}

/// Rebuilds the index when the directory changed: at once when the
/// database announces a change (PostgreSQL), and in any case every `every`
/// (SQLite's only way; on PostgreSQL a safety net for a lost connection).
fn spawn_refresher(app: Arc<AppState>, every: Duration) {
    tokio::spawn(async move {
        let mut changes = match app.db.directory_changes().await {
            Ok(changes) => Some(changes),
            Err(error) => {
                tracing::error!(%error, "cannot listen for directory changes; polling only");
                None
            }
        };
        let mut ticker = tokio::time::interval(every);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                Some(heard) = next_change(&mut changes) => {
                    if let Err(error) = heard {
                        tracing::warn!(%error, "lost the directory-change channel; listening again");
                    }
                }
            }
            if let Err(error) = directory::refresh(&app).await {
                tracing::error!(%error, "directory refresh failed");
            }
        }
    });
}

async fn next_change(
    changes: &mut Option<crate::db::changes::DirectoryChanges>,
) -> Option<crate::db::Result<()>> {
    match changes {
        Some(changes) => Some(changes.next().await),
        None => std::future::pending().await,
    }
}

/// Every hour: what Senim no longer needs is forgotten
/// ([`retention::sweep`]).
fn spawn_retention(app: Arc<AppState>) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(Duration::from_secs(3600));
        loop {
            ticker.tick().await;
            retention::sweep(&app).await;
        }
    });
}

/// The settlements people search from (`data/kz_places.csv`, built in).
pub fn gazetteer() -> anyhow::Result<Gazetteer> {
    Gazetteer::from_csv(include_str!("../../data/kz_places.csv")).map_err(anyhow::Error::msg)
}
