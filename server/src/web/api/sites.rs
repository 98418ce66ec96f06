use crate::domain::formats::site_geojson::{SiteCollection, feature_collection};
use crate::web::WebState;
use axum::Json;
use axum::extract::State;

/// Every published site, as GeoJSON.
///
/// A FeatureCollection with each site's source and checked date; the same
/// format `server import` reads.
#[utoipa::path(
    get,
    path = "/api/v1/sites",
    tag = "directory",
    responses((status = 200, description = "Every published site", body = SiteCollection))
)]
pub async fn all_sites(State(state): State<WebState>) -> Json<SiteCollection> {
    Json(feature_collection(state.app.directory().sites()))
}
