//! Building the app: the router, and a server bound to the configured
//! address (port 0 included, for tests).

use crate::config::Config;
use crate::state::{AppState, spawn_refresher};
use crate::{api, db, portal};
use app::port::SharedDirectory;
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::FromRef;
use axum::http::{HeaderValue, Request, header};
use axum::response::Redirect;
use axum::routing::{get, post};
use leptos::prelude::*;
use leptos_axum::{
    AxumRouteListing, LeptosRoutes, generate_route_list, handle_server_fns_with_context,
};
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::{SetResponseHeader, SetResponseHeaderLayer};

#[derive(Clone)]
pub struct ServerState {
    pub leptos: LeptosOptions,
    pub app: Arc<AppState>,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> LeptosOptions {
        state.leptos.clone()
    }
}

/// The files of `app/public` that pages link to.
const PUBLIC_FILES: [&str; 3] = ["quick-exit.js", "manifest.webmanifest", "icon.svg"];

pub fn router(state: ServerState) -> Router {
    let directory: SharedDirectory = state.app.clone();
    let site_root = state.leptos.site_root.to_string();
    let provide_directory = move || provide_context(directory.clone());
    let leptos_options = state.leptos.clone();
    let security_headers = [
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), payment=(), usb=()",
        ),
    ];
    let mut router = Router::new();
    // The files of app/public, copied to the site root by cargo-leptos.
    for file in PUBLIC_FILES {
        router = router.route_service(
            &format!("/{file}"),
            ServeFile::new(format!("{site_root}/{file}")),
        );
    }
    let mut router = router
        .route("/", get(|| async { Redirect::permanent("/ru") }))
        .merge(api::routes())
        .route(
            "/_sfn/{*fn_name}",
            post({
                let provide_directory = provide_directory.clone();
                move |request: Request<Body>| {
                    handle_server_fns_with_context(provide_directory.clone(), request)
                }
            }),
        )
        .nest_service(
            "/pkg",
            SetResponseHeader::overriding(
                ServeDir::new(format!("{site_root}/pkg")),
                header::CACHE_CONTROL,
                HeaderValue::from_static(if state.leptos.hash_files {
                    "public, max-age=31536000, immutable"
                } else {
                    "no-cache"
                }),
            ),
        )
        .leptos_routes_with_context(&state, route_list(), provide_directory, move || {
            shell(leptos_options.clone())
        })
        // After the pages' GET routes, so the two merge.
        .route(
            "/{lang}/book/{id}",
            post(crate::booking_pages::post_booking),
        )
        .route("/{lang}/booking", post(crate::booking_pages::post_find))
        .route("/{lang}/staff", get(portal::sign_in::home))
        .route(
            "/{lang}/staff/login",
            get(portal::sign_in::login_form).post(portal::sign_in::login),
        )
        .route("/{lang}/staff/logout", post(portal::sign_in::logout))
        .route("/{lang}/staff/site/{id}/bookings", get(portal::day::day))
        .route(
            "/{lang}/staff/site/{id}/bookings/status",
            post(portal::day::mark),
        )
        .route(
            "/{lang}/staff/site/{id}/bookings/code",
            post(portal::day::check_code),
        )
        .route("/{lang}/staff/site/{id}/slots", post(portal::day::block))
        .route(
            "/{lang}/staff/site/{id}/profile",
            get(portal::profile::form).post(portal::profile::save),
        )
        .route(
            "/{lang}/staff/site/{id}/closures",
            post(portal::hours::closures),
        )
        .route("/{lang}/staff/site/{id}/week", get(portal::day::week))
        .route(
            "/{lang}/staff/site/{id}/walk-ins",
            post(portal::day::walk_in),
        )
        .route("/{lang}/staff/indicators", get(portal::indicators::page))
        .route("/{lang}/staff/indicators.csv", get(portal::indicators::csv))
        .route("/{lang}/staff/referrals", get(portal::referrals::page))
        .route(
            "/{lang}/staff/password",
            get(portal::password::form).post(portal::password::change),
        )
        .route(
            "/{lang}/staff/accounts",
            get(portal::admin::accounts_page).post(portal::admin::create),
        )
        .route(
            "/{lang}/staff/accounts/{id}/access",
            post(portal::admin::set_access),
        )
        .route("/{lang}/staff/audit", get(portal::admin::audit_page))
        .route(
            "/{lang}/staff/site/{id}/hours",
            get(portal::hours::hours_form).post(portal::hours::save_hours),
        )
        .with_state(state)
        .layer(CompressionLayer::new());
    for (name, value) in security_headers {
        router = router.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ));
    }
    // Pages send their own policy with a nonce (app::security); every other
    // response gets the strictest one.
    router.layer(SetResponseHeaderLayer::if_not_present(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
    ))
}

/// The pages' routes, generated once per process. Generating them stops
/// resources from loading process-wide for a moment (leptos issue #4773), so
/// a page that another server in the same process (the tests run many) was
/// rendering just then would never finish.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES
        .get_or_init(|| {
            generate_route_list(App)
                .into_iter()
                // The portal's pages are served by crate::portal, which checks
                // the session before rendering them.
                .filter(|route| !route.path().contains("/staff"))
                .collect()
        })
        .clone()
}

/// Whether cargo-leptos built the assets with hashed names: it then writes
/// `hash.txt` beside the server binary. (Test binaries have none.)
fn hashed_assets() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join("hash.txt").exists()))
        .unwrap_or(false)
}

/// A server bound to its address, ready to run.
pub struct Server {
    listener: TcpListener,
    router: Router,
    pub state: Arc<AppState>,
}

impl Server {
    /// Opens and migrates the database (seeding an empty one from
    /// `data/sites.csv`), builds the index and binds the address.
    pub async fn build(config: &Config) -> anyhow::Result<Server> {
        let pool = db::connect(&config.database_url).await?;
        db::seed_if_empty(&pool).await?;
        let code_key = crate::config::load_or_create_key(&config.key_file)?;
        let mut app = AppState::load(pool, code_key).await?;
        app.secure_cookies = config.https;
        let app = Arc::new(app);
        spawn_refresher(app.clone(), config.refresh_every);
        crate::booking::spawn_retention(
            app.clone(),
            chrono::Duration::days(config.retention_days.into()),
        );
        let listener = TcpListener::bind(config.site_addr).await?;
        let leptos = LeptosOptions::builder()
            .output_name("senim")
            .site_root(config.site_root.as_str())
            .site_pkg_dir("pkg")
            .hash_files(hashed_assets())
            .site_addr(listener.local_addr()?)
            .build();
        let router = router(ServerState {
            leptos,
            app: app.clone(),
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
        // The peer address feeds the in-memory look-up limit only.
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
    }
}
