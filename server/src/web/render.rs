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

/// A portal page: `page` shown as the page at `at` (its address in `lang`,
/// built from `vocabulary::paths`), with `status`. Never cached. The one
/// way a portal handler answers with a page.
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
    let mut parts = Request::new(()).into_parts().0;
    answer_at(&mut parts, &at);
    render(state, parts, app::pages::ChosenPage::new(page), status).await
}

/// Makes the answer the page at `path` (a form's action answered by the
/// page the form is on).
pub fn answer_at(parts: &mut Parts, path: &str) {
    if let Ok(uri) = path.parse() {
        parts.uri = uri;
    }
}

/// The page at the request's path, with `outcome` in its context.
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
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
