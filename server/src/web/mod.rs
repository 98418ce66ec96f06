//! The web layer: the only place with axum. Thin handlers extract what a
//! request says, call one service and present its answer, as JSON (`api`),
//! as open data in HSDS and FHIR (`open_data`), as a public page (`pages`)
//! or as a portal page (`portal`). One gate refuses changes posted from
//! other sites (`cross_site`). One error
//! table (`error`), one form reader (`form`), one page renderer (`render`);
//! every request answered inside a span naming its route (`request_span`).
//! Quick exit (`quick_exit`) and `no-store` for searches beyond a place
//! name (`search_privacy`) keep the phone from holding a person's searches.

pub mod api;
mod assets;
mod booking_input;
mod canonical;
pub mod client;
pub mod cross_site;
pub mod error;
pub mod form;
pub mod limits;
mod open_data;
pub mod page_cache;
pub mod page_error;
pub mod pages;
pub mod portal;
pub mod present;
mod quick_exit;
pub mod render;
mod request_span;
mod search_privacy;
pub mod serve;

use crate::state::AppState;
use axum::Router;
use axum::extract::FromRef;
use axum::http::{HeaderValue, header};
use ipnet::IpNet;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

/// What every handler is given: the app and Leptos' options.
#[derive(Clone)]
pub struct WebState {
    pub leptos: LeptosOptions,
    pub app: Arc<AppState>,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Arc<[IpNet]>,
    /// The pages every visitor of a language gets alike, this minute.
    pub pages: Arc<page_cache::PageCache>,
}

impl FromRef<WebState> for LeptosOptions {
    fn from_ref(state: &WebState) -> LeptosOptions {
        state.leptos.clone()
    }
}

/// Over HTTPS, every response tells the browser to use nothing else for
/// two years, subdomains included, so a network cannot strip TLS from a
/// later visit or a bookmarked `http://` link. (Not `preload`: asking
/// browsers to build the domain in is the operator's decision, hard to
/// undo; the nginx site says how.)
pub const HSTS: &str = "max-age=63072000; includeSubDomains";

/// Every route, behind the cross-site gate, with compression and the
/// security headers (HSTS over HTTPS).
pub fn router(state: WebState) -> Router {
    let https = state.app.secure_cookies;
    let mut security_headers = vec![
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
    if https {
        security_headers.push((header::STRICT_TRANSPORT_SECURITY, HSTS));
    }
    let mut router = assets::routes(&state)
        .merge(api::routes())
        .merge(open_data::routes())
        .merge(pages::routes(&state))
        .merge(portal::routes())
        .merge(quick_exit::routes())
        .route("/", axum::routing::get(canonical::root))
        .layer(axum::middleware::from_fn(
            search_privacy::no_store_for_searches,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cross_site::refuse_cross_site,
        ))
        .with_state(state.clone())
        .layer(axum::middleware::from_fn_with_state(
            state,
            error::explain_failures,
        ))
        // Outside the explainer, so that what it logs names the route too.
        .layer(axum::middleware::from_fn(request_span::in_request_span))
        .layer(axum::middleware::from_fn(canonical::drop_trailing_slash))
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
