//! `/fhir/r4/…`: the directory as FHIR R4 JSON (`application/fhir+json`):
//! `Location`, `HealthcareService`, `Schedule` (read and search without
//! parameters) and `Slot` (search, optionally by `schedule`, the coming
//! 7 days), described by the CapabilityStatement at `/fhir/r4/metadata`.
//! Unknown resources and parameters get an `OperationOutcome`.

use super::english;
use crate::domain::formats::fhir;
use crate::domain::sites::site::Site;
use crate::services::booking;
use crate::web::WebState;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

/// How many days of slots a Slot search returns.
const SLOT_DAYS: u32 = 7;
/// When the CapabilityStatement last changed.
const CAPABILITIES_DATE: &str = "2026-11-24";

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/fhir/r4/metadata", get(metadata))
        .route("/fhir/r4/{kind}", get(search))
        .route("/fhir/r4/{kind}/{id}", get(read))
}

fn answer(status: StatusCode, body: Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/fhir+json")],
        body.to_string(),
    )
        .into_response()
}

fn problem(status: StatusCode, code: &str, text: &str) -> Response {
    answer(status, fhir::outcome(code, text))
}

/// The resource `kind` of `site`, if the site has one.
fn resource(kind: &str, site: &Site, bookable: &[String]) -> Option<Value> {
    let today = chrono::Utc::now().date_naive();
    match kind {
        "Location" => fhir::has_location(site).then(|| fhir::location(site, &english, today)),
        "HealthcareService" => Some(fhir::healthcare_service(site, &english, today)),
        "Schedule" => bookable.contains(&site.id).then(|| fhir::schedule(site)),
        _ => None,
    }
}

async fn search(
    State(state): State<WebState>,
    Path(kind): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let params: Vec<(String, String)> =
        form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let Ok(bookable) = booking::bookable_sites(&state.app).await else {
        return problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "exception",
            "the server failed",
        );
    };
    if kind == "Slot" {
        return slots(&state, &params, &bookable).await;
    }
    if !["Location", "HealthcareService", "Schedule"].contains(&kind.as_str()) {
        return problem(
            StatusCode::NOT_FOUND,
            "not-supported",
            "no such resource type here",
        );
    }
    if let Some((key, _)) = params.iter().find(|(k, _)| k != "_format") {
        return problem(
            StatusCode::BAD_REQUEST,
            "not-supported",
            &format!("search parameter {key} is not supported for {kind}"),
        );
    }
    let directory = state.app.directory();
    let found = directory
        .sites()
        .iter()
        .filter_map(|site| resource(&kind, site, &bookable))
        .collect();
    answer(StatusCode::OK, fhir::bundle(found))
}

async fn read(State(state): State<WebState>, Path((kind, id)): Path<(String, String)>) -> Response {
    let Ok(bookable) = booking::bookable_sites(&state.app).await else {
        return problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "exception",
            "the server failed",
        );
    };
    let site = state.app.directory().site(&id).cloned();
    match site {
        Some(site) => match resource(&kind, &site, &bookable) {
            Some(found) => answer(StatusCode::OK, found),
            None => problem(StatusCode::NOT_FOUND, "not-found", "no such resource"),
        },
        None => problem(StatusCode::NOT_FOUND, "not-found", "no such resource"),
    }
}

/// `Slot?schedule=Schedule/ID` (or `ID`): the coming days' slots of one
/// bookable site, or of every one without the parameter.
async fn slots(state: &WebState, params: &[(String, String)], bookable: &[String]) -> Response {
    let mut wanted: Vec<String> = bookable.to_vec();
    for (key, value) in params {
        match key.as_str() {
            "schedule" => {
                let id = value.strip_prefix("Schedule/").unwrap_or(value);
                wanted.retain(|site| site == id);
            }
            "_format" => {}
            other => {
                return problem(
                    StatusCode::BAD_REQUEST,
                    "not-supported",
                    &format!("search parameter {other} is not supported for Slot"),
                );
            }
        }
    }
    let now = state.app.now();
    let directory = state.app.directory();
    let mut found = vec![];
    for id in wanted {
        let Some(site) = directory.site(&id) else {
            continue;
        };
        let today = now.with_timezone(&site.timezone).date_naive();
        match booking::open_slots(&state.app, &id, today, SLOT_DAYS, now).await {
            Ok(open) => found.extend(open.iter().map(|s| fhir::slot(&id, s, site.timezone))),
            Err(_) => {
                return problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "exception",
                    "the server failed",
                );
            }
        }
    }
    answer(StatusCode::OK, fhir::bundle(found))
}

/// `GET /fhir/r4/metadata`: what this server does, as a CapabilityStatement.
async fn metadata() -> Response {
    let read_search = |kind: &str, documentation: &str| {
        json!({
            "type": kind,
            "documentation": documentation,
            "interaction": [{ "code": "read" }, { "code": "search-type" }],
        })
    };
    answer(
        StatusCode::OK,
        json!({
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": CAPABILITIES_DATE,
            "publisher": "Senim",
            "kind": "instance",
            "software": { "name": "Senim", "version": env!("CARGO_PKG_VERSION") },
            "implementation": { "description": "Senim: friendly HIV, STI and harm-reduction services in Kazakhstan" },
            "fhirVersion": "4.0.0",
            "format": ["application/fhir+json"],
            "rest": [{
                "mode": "server",
                "documentation": "Read-only. Nothing about the people who book is published.",
                "resource": [
                    read_search("Location", "Every published site at a place; city-only positions say so in description."),
                    read_search("HealthcareService", "Every published site, with its services, languages and availableTime."),
                    read_search("Schedule", "Every site that takes anonymous bookings."),
                    {
                        "type": "Slot",
                        "documentation": "The coming 7 days of a Schedule: free, or busy-unavailable when full.",
                        "interaction": [{ "code": "search-type" }],
                        "searchParam": [{ "name": "schedule", "type": "reference" }],
                    },
                ],
            }],
        }),
    )
}
