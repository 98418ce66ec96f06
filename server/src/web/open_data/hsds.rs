//! `/api/hsds/…`: the directory in HSDS 3.0, lists paged as the
//! specification says (`page` from 1, `per_page`; every page carries
//! `total_items`, `total_pages`, `page_number`, `size`, `first_page`,
//! `last_page`, `empty` and `contents`).

use super::english;
use crate::domain::formats::hsds::{
    self, Location, Organization, Schedule, Service, ServiceAtLocation,
};
use crate::web::WebState;
use crate::web::error::ApiError;
use axum::extract::{Path, RawQuery, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{Value, json};

const DEFAULT_PER_PAGE: usize = 50;
const MAX_PER_PAGE: usize = 1000;

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/api/hsds", get(root))
        .route("/api/hsds/organizations", get(organizations))
        .route("/api/hsds/organizations/{id}", get(organization))
        .route("/api/hsds/services", get(services))
        .route("/api/hsds/services/{id}", get(service))
        .route("/api/hsds/locations", get(locations))
        .route("/api/hsds/locations/{id}", get(location))
        .route("/api/hsds/service_at_locations", get(service_at_locations))
        .route(
            "/api/hsds/service_at_locations/{id}",
            get(service_at_location),
        )
        .route("/api/hsds/schedules", get(schedules))
        .route("/api/hsds/taxonomies", get(taxonomies))
        .route("/api/hsds/taxonomy_terms", get(taxonomy_terms))
}

/// One page of a list.
#[derive(Serialize)]
struct Page<T> {
    total_items: usize,
    total_pages: usize,
    page_number: usize,
    size: usize,
    first_page: bool,
    last_page: bool,
    empty: bool,
    contents: Vec<T>,
}

fn page<T>(items: Vec<T>, query: Option<String>) -> Result<Json<Page<T>>, ApiError> {
    let (number, per_page) = paging(query.as_deref().unwrap_or(""))?;
    let total_items = items.len();
    let total_pages = total_items.div_ceil(per_page).max(1);
    let contents: Vec<T> = items
        .into_iter()
        .skip((number - 1).saturating_mul(per_page))
        .take(per_page)
        .collect();
    Ok(Json(Page {
        total_items,
        total_pages,
        page_number: number,
        size: contents.len(),
        first_page: number == 1,
        last_page: number >= total_pages,
        empty: contents.is_empty(),
        contents,
    }))
}

/// `page` (from 1) and `per_page` (1 to 1000, default 50); Senim serves
/// JSON only and no filters, so any other parameter is refused rather than
/// silently ignored.
fn paging(query: &str) -> Result<(usize, usize), ApiError> {
    let mut number = 1;
    let mut per_page = DEFAULT_PER_PAGE;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let whole = |low: usize, high: usize| {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| (low..=high).contains(n))
                .ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "{key} must be a whole number from {low} to {high}"
                    ))
                })
        };
        match &*key {
            "page" => number = whole(1, usize::MAX / MAX_PER_PAGE)?,
            "per_page" => per_page = whole(1, MAX_PER_PAGE)?,
            "format" if value == "json" => {}
            other => {
                return Err(ApiError::bad_request(format!(
                    "{other} is not supported here: only page, per_page and format=json"
                )));
            }
        }
    }
    Ok((number, per_page))
}

/// Every site as a full organization, in the directory's order.
fn all(state: &WebState) -> Vec<Organization> {
    let today = state.app.now().date_naive();
    state
        .app
        .directory()
        .sites()
        .iter()
        .map(|site| hsds::organization(site, &english, today))
        .collect()
}

fn not_found(what: &str) -> ApiError {
    ApiError(axum::http::StatusCode::NOT_FOUND, format!("no such {what}"))
}

/// The organization's own fields, without its lists.
fn bare(organization: &Organization) -> Organization {
    Organization {
        services: vec![],
        locations: vec![],
        ..organization.clone()
    }
}

/// A service's own fields and its organization's.
fn listed(service: &Service, organization: &Organization) -> Service {
    Service {
        organization: Some(Box::new(bare(organization))),
        service_at_locations: vec![],
        cost_options: vec![],
        languages: vec![],
        attributes: vec![],
        ..service.clone()
    }
}

fn bare_location(location: &Location) -> Location {
    Location {
        languages: vec![],
        phones: vec![],
        schedules: vec![],
        attributes: vec![],
        ..location.clone()
    }
}

fn services_of(all: &[Organization]) -> impl Iterator<Item = (&Service, &Organization)> {
    all.iter()
        .flat_map(|o| o.services.iter().map(move |s| (s, o)))
}

fn location_of<'a>(organization: &'a Organization, id: &str) -> Option<&'a Location> {
    organization.locations.iter().find(|l| l.id == id)
}

/// `GET /api/hsds`: what this endpoint serves.
async fn root() -> Json<Value> {
    Json(json!({
        "version": hsds::VERSION,
        "profile": "https://docs.openreferral.org/en/latest/hsds/",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    }))
}

async fn organizations(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<Organization>>, ApiError> {
    page(all(&state).iter().map(bare).collect(), query)
}

async fn organization(
    State(state): State<WebState>,
    Path(id): Path<String>,
) -> Result<Json<Organization>, ApiError> {
    let found = all(&state).into_iter().find(|o| o.id == id);
    found.map(Json).ok_or_else(|| not_found("organization"))
}

async fn services(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<Service>>, ApiError> {
    let all = all(&state);
    page(
        services_of(&all).map(|(s, o)| listed(s, o)).collect(),
        query,
    )
}

/// A full service: its organization, and each place with its location.
async fn service(
    State(state): State<WebState>,
    Path(id): Path<String>,
) -> Result<Json<Service>, ApiError> {
    let all = all(&state);
    let (service, organization) = services_of(&all)
        .find(|(s, _)| s.id == id)
        .ok_or_else(|| not_found("service"))?;
    let mut full = service.clone();
    full.organization = Some(Box::new(bare(organization)));
    for at in &mut full.service_at_locations {
        at.location = location_of(organization, &at.location_id).cloned();
    }
    Ok(Json(full))
}

async fn locations(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<Location>>, ApiError> {
    page(
        all(&state).into_iter().flat_map(|o| o.locations).collect(),
        query,
    )
}

async fn location(
    State(state): State<WebState>,
    Path(id): Path<String>,
) -> Result<Json<Location>, ApiError> {
    let found = all(&state)
        .into_iter()
        .flat_map(|o| o.locations)
        .find(|l| l.id == id);
    found.map(Json).ok_or_else(|| not_found("location"))
}

/// Each service at its place, with the location's and the service's own fields.
fn places(all: &[Organization], full: bool) -> Vec<ServiceAtLocation> {
    services_of(all)
        .flat_map(|(service, organization)| {
            service.service_at_locations.iter().map(move |at| {
                let location = location_of(organization, &at.location_id);
                let mut service = service.clone();
                if full {
                    service.service_at_locations = vec![];
                    service.organization = Some(Box::new(bare(organization)));
                } else {
                    service = listed(&service, organization);
                }
                ServiceAtLocation {
                    location: if full {
                        location.cloned()
                    } else {
                        location.map(bare_location)
                    },
                    service: Some(Box::new(service)),
                    ..at.clone()
                }
            })
        })
        .collect()
}

async fn service_at_locations(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<ServiceAtLocation>>, ApiError> {
    page(places(&all(&state), false), query)
}

async fn service_at_location(
    State(state): State<WebState>,
    Path(id): Path<String>,
) -> Result<Json<ServiceAtLocation>, ApiError> {
    let found = places(&all(&state), true).into_iter().find(|p| p.id == id);
    found
        .map(Json)
        .ok_or_else(|| not_found("service_at_location"))
}

async fn schedules(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<Schedule>>, ApiError> {
    let schedules = all(&state)
        .into_iter()
        .flat_map(|o| o.locations)
        .flat_map(|l| l.schedules)
        .collect();
    page(schedules, query)
}

async fn taxonomies(RawQuery(query): RawQuery) -> Result<Json<Page<hsds::Taxonomy>>, ApiError> {
    page(vec![hsds::taxonomy()], query)
}

async fn taxonomy_terms(
    RawQuery(query): RawQuery,
) -> Result<Json<Page<hsds::TaxonomyTerm>>, ApiError> {
    page(hsds::terms(), query)
}
