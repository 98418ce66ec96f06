//! The files pages link to: `app/public` (copied to the site root by
//! cargo-leptos) and the built CSS, JavaScript and WebAssembly in `/pkg`,
//! cached for a year when their names carry their content's hash.

use super::WebState;
use axum::Router;
use axum::http::{HeaderValue, header};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeader;

/// The files of `app/public` that pages link to.
const PUBLIC_FILES: [&str; 4] = [
    "quick-exit.js",
    "offline.js",
    "manifest.webmanifest",
    "icon.svg",
];

pub fn routes(state: &WebState) -> Router<WebState> {
    let site_root = state.leptos.site_root.to_string();
    let mut router = Router::new();
    for file in PUBLIC_FILES {
        router = router.route_service(
            &format!("/{file}"),
            ServeFile::new(format!("{site_root}/{file}")),
        );
    }
    // The service worker fetches pages from this site: its own policy must
    // let it connect here (and nowhere else).
    router = router.route_service(
        "/sw.js",
        SetResponseHeader::overriding(
            ServeFile::new(format!("{site_root}/sw.js")),
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; connect-src 'self'; frame-ancestors 'none'",
            ),
        ),
    );
    let cache = if state.leptos.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    router.nest_service(
        "/pkg",
        SetResponseHeader::overriding(
            ServeDir::new(format!("{site_root}/pkg")),
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache),
        ),
    )
}
