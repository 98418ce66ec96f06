//! Quick exit: `GET /exit` tells the browser to forget what it keeps of
//! this site (`Clear-Site-Data: "cache", "storage"`: the HTTP cache, the
//! offline copies in Cache Storage, localStorage with the trusted number,
//! and the service worker's registration) and sends it on, with a 303, to
//! a neutral page. Every page's quick-exit control is a plain link here,
//! so it works without JavaScript; `quick-exit.js` comes here too, after
//! doing what it can itself. Browsers honour the header over HTTPS (and on
//! `localhost`). Browser history is the browser's: no site can clear it.

use super::WebState;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// What the browser is told to forget.
pub const CLEAR_SITE_DATA: &str = "\"cache\", \"storage\"";

pub fn routes() -> Router<WebState> {
    Router::new().route(app::pages::QUICK_EXIT_PATH, get(quick_exit))
}

async fn quick_exit() -> Response {
    let headers = [
        (
            header::HeaderName::from_static("clear-site-data"),
            HeaderValue::from_static(CLEAR_SITE_DATA),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        (
            header::LOCATION,
            HeaderValue::from_static(app::pages::NEUTRAL_PAGE),
        ),
    ];
    (StatusCode::SEE_OTHER, headers).into_response()
}
