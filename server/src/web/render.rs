//! Renders a Leptos page for a request the server has already acted on
//! (a posted form, a checked session), with the outcome in the page's
//! context. Such pages are never cached.

use super::WebState;
use super::pages::port::shared_pages;
use axum::body::Body;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use leptos::prelude::provide_context;
use vocabulary::Lang;

/// A portal page: `page` shown in the frame of `lang` at `at` (its
/// address in `lang`, built from `vocabulary::paths`, with any query; the
/// language switcher links to it in the other languages), with `status`.
/// Never cached. The one way a portal handler answers with a page: it is
/// rendered straight into the frame, not looked up by the router.
pub async fn portal(
    state: &WebState,
    lang: Lang,
    at: String,
    page: impl app::pages::PortalContent,
    status: StatusCode,
) -> Response {
    debug_assert!(
        at.starts_with(&format!("/{}/", lang.code())) || at == format!("/{}", lang.code())
    );
    let options = state.leptos.clone();
    let chosen = app::pages::ChosenPage::new(page);
    let handler = leptos_axum::render_app_async_with_context(
        || {},
        move || app::portal_shell(options.clone(), lang, at.clone(), chosen.clone()),
    );
    let response = handler(Request::new(Body::empty())).await;
    never_cached(response, status)
}

/// `at` with the query the request was sent with, for a page whose
/// address carries one (`?date=…`): the language switcher keeps it.
pub fn with_query(at: String, query: Option<&str>) -> String {
    match query {
        Some(query) if !query.is_empty() => format!("{at}?{query}"),
        _ => at,
    }
}

/// The public page at the request's path (found by the router), with
/// `outcome` in its context.
pub async fn render<T>(state: &WebState, parts: Parts, outcome: T, status: StatusCode) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    let directory = shared_pages(&state.app);
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(directory.clone());
            provide_context(outcome.clone());
            super::pages::outreach::provide_signed_in();
        },
        move || app::shell(options.clone()),
    );
    let response = handler(Request::from_parts(parts, Body::empty())).await;
    never_cached(response, status)
}

fn never_cached(mut response: Response, status: StatusCode) -> Response {
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
