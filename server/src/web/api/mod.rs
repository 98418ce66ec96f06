//! The JSON API (`/api/v1/…`) and `/healthz`. Every operation is declared
//! with its OpenAPI description beside its handler; the router and the
//! document served at `/api/v1/openapi.json` are made from the same list,
//! so an operation cannot exist undocumented. Errors are one shape,
//! [`ErrorBody`], with the status of `web::error`'s table.

mod bookings;
mod nearest;
mod sites;

use super::WebState;
use crate::web::error::ErrorBody;
use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use std::sync::Arc;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Senim API",
        description = "Friendly HIV, STI and harm-reduction services in Kazakhstan, and anonymous \
                       booking under a nickname. Booking codes travel only in request and response \
                       bodies, never in a URL. Open data in other standards: Open Referral HSDS 3.0 \
                       under /api/hsds, FHIR R4 under /fhir/r4. A request that changes something \
                       is refused with 403 when a browser marks it as sent by another site \
                       (Sec-Fetch-Site: cross-site or same-site); clients that send no such header \
                       are not affected.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    components(schemas(ErrorBody))
)]
struct ApiDoc;

/// The API's routes and their OpenAPI document.
fn documented() -> (Router<WebState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(nearest::nearest))
        .routes(routes!(sites::all_sites))
        .routes(routes!(bookings::slots))
        .routes(routes!(bookings::book))
        .routes(routes!(bookings::lookup))
        .routes(routes!(bookings::cancel))
        .routes(routes!(bookings::reschedule))
        .routes(routes!(openapi_json))
        .split_for_parts()
}

/// The OpenAPI 3.1 document, as served.
pub fn openapi() -> utoipa::openapi::OpenApi {
    documented().1
}

pub fn routes() -> Router<WebState> {
    let (router, _) = documented();
    router.route("/healthz", get(|| async { "ok" }))
}

/// `GET /api/v1/openapi.json`
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "api",
    responses((status = 200, description = "This document (OpenAPI 3.1)", body = Object))
)]
async fn openapi_json() -> impl IntoResponse {
    static DOCUMENT: std::sync::OnceLock<Arc<str>> = std::sync::OnceLock::new();
    let text = DOCUMENT.get_or_init(|| {
        openapi()
            .to_pretty_json()
            .expect("the OpenAPI document is JSON")
            .into()
    });
    (
        [(header::CONTENT_TYPE, "application/json")],
        text.to_string(),
    )
}

#[cfg(test)]
mod tests {
    use vocabulary::{MAX_LIMIT, NICKNAME_MAX_CHARS, NICKNAME_MIN_CHARS};

    #[test]
    fn the_document_states_the_limits_the_server_checks() {
        let document = serde_json::to_value(super::openapi()).unwrap();
        let nickname = &document["components"]["schemas"]["BookBody"]["properties"]["nickname"];
        assert_eq!(nickname["minLength"], NICKNAME_MIN_CHARS);
        assert_eq!(nickname["maxLength"], NICKNAME_MAX_CHARS);
        let parameters = document["paths"]["/api/v1/nearest"]["get"]["parameters"]
            .as_array()
            .unwrap();
        let limit = parameters.iter().find(|p| p["name"] == "limit").unwrap();
        assert_eq!(limit["schema"]["maximum"], MAX_LIMIT);
    }
}
