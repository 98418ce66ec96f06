use crate::domain::index::latlon::LatLon;
use crate::web::WebState;
use crate::web::error::{ApiError, ErrorBody};
use crate::web::present::site::card;
use app::i18n::Lang;
use app::model::SiteCard;
use app::model::{InputError, Kind, Origin, SearchRequest, Service, SpokenLang};
use axum::Json;
use axum::extract::{RawQuery, State};

/// The answer: typed, so it is serialized once, straight to bytes.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Results {
    results: Vec<SiteCard>,
}

/// The nearest published sites that pass the filters, nearest first.
///
/// Names are in Russian unless `ui` asks for Kazakh or English. Online
/// services are never "near" and are not listed.
#[utoipa::path(
    get,
    path = "/api/v1/nearest",
    tag = "directory",
    params(
        ("lat" = f64, Query, minimum = -90, maximum = 90, description = "Latitude of the search origin"),
        ("lon" = f64, Query, minimum = -180, maximum = 180, description = "Longitude of the search origin"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "How many sites, 1 to 100; 10 when left out"),
        ("service" = Option<Vec<Service>>, Query, explode = true, description = "Only sites offering every one of these services"),
        ("kind" = Option<Kind>, Query, description = "Only sites of this kind"),
        ("lang" = Option<SpokenLang>, Query, description = "Only sites whose staff speak this language"),
        ("open_now" = Option<bool>, Query, description = "Only sites open now"),
        ("evening" = Option<bool>, Query, description = "Only sites open after 18:00 on some day"),
        ("weekend" = Option<bool>, Query, description = "Only sites open on Saturday or Sunday"),
        ("no_id" = Option<bool>, Query, description = "Only sites that need no identity document"),
        ("free" = Option<bool>, Query, description = "Only sites where the chosen services are free"),
        ("ui" = Option<String>, Query, pattern = "^(ru|kk|en|uz|ky|tg)$", description = "Interface language: names are in Kazakh for kk, English for en, Russian otherwise"),
    ),
    responses(
        (status = 200, description = "The nearest sites", body = Results),
        (status = 400, description = "The query is not readable", body = ErrorBody),
    )
)]
pub async fn nearest(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Results>, ApiError> {
    let query = query.unwrap_or_default();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    // The pages' forms send empty fields for "any"; the API wants them left out.
    if let Some((key, _)) = pairs.iter().find(|(_, v)| v.trim().is_empty()) {
        return Err(ApiError::bad_request(format!("{key} must not be empty")));
    }
    let request = SearchRequest::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::bad_request)?;
    let Some(Origin::Coords { lat, lon }) = request.origin else {
        return Err(ApiError::bad_request(InputError::MissingCoordinates));
    };
    let origin = LatLon::new(lat, lon).map_err(ApiError::bad_request)?;
    let lang = pairs
        .iter()
        .find(|(k, _)| k == "ui")
        .map(|(_, v)| {
            Lang::from_code(v)
                .ok_or_else(|| ApiError::bad_request("ui must be ru, kk, en, uz, ky or tg"))
        })
        .transpose()?
        .unwrap_or_default();
    let now = state.app.now();
    let directory = state.app.directory();
    let results = directory
        .nearest(origin, &request.filters, request.limit, now)
        .iter()
        .map(|hit| card(&state.app, &directory, hit, lang, now))
        .collect();
    Ok(Json(Results { results }))
}
