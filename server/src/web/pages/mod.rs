//! The public pages: Leptos renders them on the server (and their server
//! functions answer from `port`); the booking forms post back here as
//! plain HTML forms that work without JavaScript.

mod booking;
mod find;
pub mod outreach;
pub mod port;
mod report;

use super::{WebState, page_cache};
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::http::Request;
use axum::routing::post;
use leptos::prelude::provide_context;
use leptos_axum::{
    AxumRouteListing, LeptosRoutes, generate_route_list, handle_server_fns_with_context,
};
use std::sync::OnceLock;

pub fn routes(state: &WebState) -> Router<WebState> {
    let app = state.app.clone();
    // Made for each request, so what the port logs names its route.
    let provide_directory = move || {
        provide_context(port::shared_pages(&app));
        outreach::provide_signed_in();
    };
    let leptos_options = state.leptos.clone();
    Router::new()
        .route(
            "/_sfn/{*fn_name}",
            post({
                let provide_directory = provide_directory.clone();
                move |request: Request<Body>| {
                    handle_server_fns_with_context(provide_directory.clone(), request)
                }
            }),
        )
        .leptos_routes_with_context(state, route_list(), provide_directory, move || {
            shell(leptos_options.clone())
        })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page_cache::serve_cached,
        ))
        // After the pages' GET routes, so the two merge.
        .route("/{lang}/book/{id}", post(booking::post_booking))
        .route("/{lang}/booking", post(find::post_find))
        .route("/{lang}/site/{id}", post(report::post_report))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            outreach::recognise,
        ))
}

/// The pages' routes, generated once per process. Generating them stops
/// resources from loading process-wide for a moment (leptos issue #4773), so
/// a page that another server in the same process (the tests run many) was
/// rendering just then would never finish.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}
