use crate::domain::latlon::LatLon;
use crate::web::WebState;
use crate::web::error::ApiError;
use crate::web::present::site::card;
use app::i18n::Lang;
use app::model::SiteCard;
use app::model::{InputError, Origin, SearchRequest};
use axum::Json;
use axum::extract::{RawQuery, State};
use chrono::Utc;

/// The answer: typed, so it is serialized once, straight to bytes.
#[derive(serde::Serialize)]
pub struct Results {
    results: Vec<SiteCard>,
}

/// `GET /api/v1/nearest?lat=&lon=&limit=&service=…`: the nearest published
/// sites that pass the filters, nearest first. Names are in Russian unless
/// `ui=kk` or `ui=en`.
pub async fn nearest(
    State(state): State<WebState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Results>, ApiError> {
    let query = query.unwrap_or_default();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
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
            Lang::from_code(v).ok_or_else(|| ApiError::bad_request("ui must be ru, kk or en"))
        })
        .transpose()?
        .unwrap_or_default();
    let now = Utc::now();
    let directory = state.app.directory();
    let results = directory
        .nearest(origin, &request.filters, request.limit, now)
        .iter()
        .map(|hit| card(&state.app, &directory, hit, lang, now))
        .collect();
    Ok(Json(Results { results }))
}
